import { APIError, type CollectionBeforeOperationHook, type Field } from 'payload'

import { runtimeSettings } from '../../../src/lib/runtimeSettings'
import { rateLimiter } from '../../../src/lib/rateLimit'
import { IP_COUNTED_HEADER } from '../../../src/lib/http/commentDefence'
import { fieldError } from '../../hooks/fieldError'
import { messages } from '../messages'
import { clientIp, normaliseEmail } from './context'

/** Bodies past this are refused before any rule runs (the engine's own bound is the policy's). */
export const MAX_BODY_CHARACTERS = 5000
/**
 * Admin settings for fields people never handle: the form-only ones (the honeypot, when the form
 * opened, the outcome told to the submitter) and bookkeeping such as thread depth. Never shown,
 * listed as a column, filtered on or offered in bulk edit.
 */
export const NOT_IN_ADMIN = {
  hidden: true,
  disableListColumn: true,
  disableListFilter: true,
  disableBulkEdit: true,
} as const

/**
 * The form-only fields every public submission carries: the honeypot and the signed token of
 * when the form opened (checkSubmissionForm.ts).
 */
export const submissionFormFields = (): Field[] => [
  { name: 'website', type: 'text', virtual: true, admin: NOT_IN_ADMIN },
  { name: 'formToken', type: 'text', virtual: true, admin: NOT_IN_ADMIN },
]

/**
 * Flood defences for public submissions, on every path (REST and GraphQL): the size of the body,
 * and per-address and per-email rate limits (429). Signed-in staff are exempt. The form itself
 * (honeypot, form token, server-owned fields) is checked before, by checkSubmissionForm.
 */
export function guardSubmission(options: {
  collection: string
  emailField?: string
  bodyField: string
}): CollectionBeforeOperationHook {
  return ({ args, operation, req }) => {
    if (operation !== 'create' || req.user) return args
    const data = (args.data ?? {}) as Record<string, unknown>
    const body = data[options.bodyField]
    if (typeof body === 'string' && body.length > MAX_BODY_CHARACTERS) {
      throw fieldError(
        options.collection,
        messages.tooLarge(MAX_BODY_CHARACTERS).replace(/^body/, options.bodyField),
      )
    }
    const limits = runtimeSettings(req.payload)
    const perIp = rateLimiter('submissions:ip', {
      limit: limits.submissionsPerMinutePerIp,
      windowMs: 60_000,
    })
    const perEmail = rateLimiter('submissions:email', {
      limit: limits.submissionsPerMinutePerEmail,
      windowMs: 60_000,
    })
    // REST submissions were counted in front of Payload (with Retry-After); GraphQL ones are counted here.
    const byIp = req.headers?.get(IP_COUNTED_HEADER)
      ? { allowed: true as const }
      : perIp.hit(clientIp(req))
    if (!byIp.allowed)
      throw new APIError(
        messages.rateLimited(byIp.retryAfterSeconds),
        429,
        { retryAfter: byIp.retryAfterSeconds },
        true,
      )
    const email = typeof data.email === 'string' ? normaliseEmail(data.email) : ''
    if (email) {
      const byEmail = perEmail.hit(`${options.collection}:${email}`)
      if (!byEmail.allowed) {
        throw new APIError(
          messages.rateLimited(byEmail.retryAfterSeconds),
          429,
          { retryAfter: byEmail.retryAfterSeconds },
          true,
        )
      }
    }
    return args
  }
}
