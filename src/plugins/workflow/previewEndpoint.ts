import { APIError, type Endpoint, type PayloadRequest } from 'payload'

import { signPreviewToken } from '../../lib/previewToken'
import { runtimeSettings } from '../../lib/runtimeSettings'

const MAX_TTL_SECONDS = 24 * 60 * 60

/** Where the frontend shows a draft: `<FRONTEND_URL>/preview/<collection>/<id>?token=…`. */
export function previewUrl(
  req: PayloadRequest,
  collection: string,
  id: string | number,
  token: string,
): string {
  const base = runtimeSettings(req.payload).frontendUrl
  return `${base}/preview/${collection}/${encodeURIComponent(String(id))}?token=${encodeURIComponent(token)}`
}

/**
 * `POST /api/<collection>/:id/preview` — for staff who may read the draft: a token that lets a
 * frontend read this one draft (header `X-Preview-Token`, or `?preview=`) until it expires.
 * Body (optional): `{ "ttlSeconds": 600 }`, at most a day.
 */
export const previewEndpoint: Endpoint = {
  path: '/:id/preview',
  method: 'post',
  handler: async (req) => {
    const collection = req.routeParams?.collection as string | undefined
    const slug = collection ?? ''
    const id = String(req.routeParams?.id ?? '')
    if (!req.user) throw new APIError('Sign in to create a preview link.', 401, undefined, true)
    let ttlSeconds = 60 * 60
    const body = req.json ? ((await req.json().catch(() => ({}))) as { ttlSeconds?: unknown }) : {}
    if (body.ttlSeconds !== undefined) {
      const ttl = Number(body.ttlSeconds)
      if (!Number.isInteger(ttl) || ttl < 1 || ttl > MAX_TTL_SECONDS) {
        throw new APIError(
          `ttlSeconds must be a whole number from 1 to ${MAX_TTL_SECONDS}.`,
          400,
          undefined,
          true,
        )
      }
      ttlSeconds = ttl
    }
    // Only someone who may read the draft may hand it out: the read runs with their access.
    await req.payload.findByID({
      collection: slug as 'posts',
      id,
      draft: true,
      depth: 0,
      overrideAccess: false,
      req,
    })
    const { token, expiresAt } = signPreviewToken(
      req.payload.secret,
      { collection: slug, id },
      { ttlSeconds },
    )
    return Response.json({ token, expiresAt, url: previewUrl(req, slug, id, token) })
  },
}
