import { APIError, type PayloadRequest } from 'payload'

import { limitStoreOf } from '../../../src/lib/database'
import { countSubmission } from '../../../src/lib/limits/submissions'
import { runtimeSettings } from '../../../src/lib/runtimeSettings'
import { clientIp, normaliseEmail } from './context'

/**
 * Counts a public submission against the per-address and per-email limits, here in the create
 * hook because every submission passes it once: REST on any spelling of the path, GraphQL (two
 * aliased mutations are two submissions), the Local API. A refusal is a 429 with Retry-After
 * (REST and GraphQL answers both carry `req.responseHeaders`) and a message naming the limit.
 */
export async function limitSubmission(
  req: PayloadRequest,
  collection: string,
  data: Record<string, unknown>,
): Promise<void> {
  const refusal = await countSubmission(
    runtimeSettings(req.payload),
    {
      collection,
      ip: clientIp(req),
      email: typeof data.email === 'string' ? normaliseEmail(data.email) : undefined,
    },
    // In the database on Postgres, where several processes must count together.
    limitStoreOf(req.payload),
  )
  if (!refusal) return
  req.responseHeaders ??= new Headers()
  req.responseHeaders.set('Retry-After', String(refusal.retryAfterSeconds))
  throw new APIError(refusal.message, 429, { retryAfter: refusal.retryAfterSeconds }, true)
}
