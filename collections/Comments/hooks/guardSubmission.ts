import type { CollectionBeforeOperationHook, Field } from 'payload'

import { fieldError } from '../../hooks/fieldError'
import { messages } from '../messages'
import { limitSubmission } from './limitSubmission'

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
  return async ({ args, operation, req }) => {
    if (operation !== 'create' || req.user || req.context.demoSeed) return args
    const data = (args.data ?? {}) as Record<string, unknown>
    const body = data[options.bodyField]
    if (typeof body === 'string' && body.length > MAX_BODY_CHARACTERS) {
      throw fieldError(
        options.collection,
        messages.tooLarge(MAX_BODY_CHARACTERS).replace(/^body/, options.bodyField),
      )
    }
    await limitSubmission(req, options.collection, data)
    return args
  }
}
