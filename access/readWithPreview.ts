import type { Access, PayloadRequest, Where } from 'payload'

import { PREVIEW_TOKEN_HEADER, verifyPreviewToken } from '../src/lib/previewToken'
import { can } from './derive'
import type { Governed } from './permissions'

/** The document a preview token in this request opens, if the token is genuine and current. */
export function previewedId(req: PayloadRequest, collection: string): string | undefined {
  const token =
    req.headers?.get(PREVIEW_TOKEN_HEADER) ?? req.searchParams?.get('preview') ?? undefined
  if (!token) return undefined
  const claims = verifyPreviewToken(req.payload.secret, token)
  return claims && claims.collection === collection ? claims.id : undefined
}

/**
 * Read access from the table, widened by a preview token to the one draft it names: a frontend
 * holding the token reads that document (with `draft=true`), and nothing else.
 */
export function readWithPreview(target: Governed): Access {
  const read = can(target, 'read')
  return (args) => {
    const base = read(args)
    const id = previewedId(args.req, target)
    if (!id || base === true) return base
    const byToken: Where = { id: { equals: id } }
    return base === false ? byToken : { or: [base as Where, byToken] }
  }
}
