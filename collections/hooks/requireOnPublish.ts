import { ValidationError, type CollectionBeforeChangeHook } from 'payload'

const isEmpty = (value: unknown) =>
  value === undefined ||
  value === null ||
  value === '' ||
  (Array.isArray(value) && value.length === 0)

/**
 * Drafts may be incomplete, but what readers see may not. Payload validates only the fields a
 * request submits, so `PATCH { _status: 'published' }` alone would publish a half-written draft;
 * this checks the whole document (stored values plus the change) whenever it is published.
 */
export function requireOnPublish(fields: Record<string, string>): CollectionBeforeChangeHook {
  return ({ data, originalDoc, collection, req }) => {
    if (data._status !== 'published') return data
    const merged: Record<string, unknown> = { ...(originalDoc ?? {}), ...data }
    const errors = Object.entries(fields)
      .filter(([path]) => isEmpty(merged[path]))
      .map(([path, label]) => ({ path, message: `${label} is required before publishing.` }))
    if (errors.length > 0) throw new ValidationError({ collection: collection.slug, errors, req })
    return data
  }
}
