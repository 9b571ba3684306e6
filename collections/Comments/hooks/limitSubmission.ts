import { APIError, type PayloadRequest } from 'payload'

import { limitStoreOf } from '../../../src/lib/database'
import { LimitStoreUnavailable, type LimitStore } from '../../../src/lib/limits'
import {
  countSubmission,
  limitMessages,
  UNAVAILABLE_RETRY_SECONDS,
  type SubmissionRefusal,
} from '../../../src/lib/limits/submissions'
import { runtimeSettings } from '../../../src/lib/runtimeSettings'
import { clientIp, normaliseEmail } from './context'

/**
 * Counts a public submission against the per-address and per-email limits, here in the create
 * hook because every submission passes it once: REST on any spelling of the path, GraphQL (two
 * aliased mutations are two submissions), the Local API. A refusal is a 429 with Retry-After
 * (REST and GraphQL answers both carry `req.responseHeaders`) and a message naming the limit.
 * When the counts cannot be reached (Redis or the database down) the submission is refused with
 * a 503 and Retry-After: it is neither let through uncounted nor left waiting.
 */
export async function limitSubmission(
  req: PayloadRequest,
  collection: string,
  data: Record<string, unknown>,
): Promise<void> {
  const settings = runtimeSettings(req.payload)
  // Redis when REDIS_URL is set; otherwise the database on Postgres, where several processes
  // must count together, or memory.
  const store: LimitStore = settings.redisUrl
    ? { kind: 'redis', url: settings.redisUrl, log: (line) => req.payload.logger.error(line) }
    : limitStoreOf(req.payload)
  let refusal: SubmissionRefusal | undefined
  try {
    refusal = await countSubmission(
      settings,
      {
        collection,
        ip: clientIp(req),
        email: typeof data.email === 'string' ? normaliseEmail(data.email) : undefined,
      },
      store,
    )
  } catch (error) {
    if (!(error instanceof LimitStoreUnavailable)) throw error
    req.payload.logger.error(`limits: ${error.message}`)
    refuse(
      req,
      503,
      limitMessages.unavailable(UNAVAILABLE_RETRY_SECONDS),
      UNAVAILABLE_RETRY_SECONDS,
    )
  }
  if (refusal) refuse(req, 429, refusal.message, refusal.retryAfterSeconds)
}

function refuse(req: PayloadRequest, status: number, message: string, retryAfter: number): never {
  req.responseHeaders ??= new Headers()
  req.responseHeaders.set('Retry-After', String(retryAfter))
  throw new APIError(message, status, { retryAfter }, true)
}
