import { APIError, type CollectionBeforeOperationHook } from 'payload'

import { checkFormToken, honeypotFilled } from '../../../src/lib/formToken'
import { fieldError } from '../../hooks/fieldError'
import { messages } from '../messages'

/** Fields only the server sets on a submission: the id and timestamps (no backdating). */
export const SERVER_OWNED_FIELDS = ['id', '_id', 'createdAt', 'updatedAt'] as const

/**
 * What a public submission's form must show, over REST and GraphQL alike: no server-owned field
 * or `_status` (400 naming it), an empty honeypot (`website`, empty whatever its type), and a form
 * token from POST /api/comments/form-token (or /api/reader-questions/form-token) that this server
 * signed at least a few seconds and at most a day ago. Signed-in staff and server code (the Local
 * API: seeds, imports, restores) are not filling in a form.
 */
export function checkSubmissionForm(collection: string): CollectionBeforeOperationHook {
  return ({ args, operation, req }) => {
    if (operation !== 'create' || req.payloadAPI === 'local') return args
    const data = ((args as { data?: unknown }).data ?? {}) as Record<string, unknown>
    // Submissions have no drafts, whoever sends one (access would call it a refused publication).
    if (data._status !== undefined) throw fieldError(collection, messages.serverOwned('_status'))
    if (req.user) return args
    for (const field of SERVER_OWNED_FIELDS) {
      if (data[field] !== undefined) throw fieldError(collection, messages.serverOwned(field))
    }
    if (honeypotFilled(data.website)) throw new APIError(messages.honeypot, 400, undefined, true)
    const check = checkFormToken(req.payload.secret, data.formToken)
    if (!check.ok) {
      const message =
        check.reason === 'missing'
          ? messages.formTokenMissing
          : check.reason === 'forged'
            ? messages.formTokenForged
            : check.reason === 'tooQuick'
              ? messages.tooQuick(check.seconds)
              : messages.formTokenExpired
      throw fieldError(collection, message)
    }
    return args
  }
}
