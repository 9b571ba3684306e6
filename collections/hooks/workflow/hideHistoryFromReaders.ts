import type { CollectionAfterReadHook } from 'payload'

/**
 * The history is staff material (field access hides its rows), but Payload still answers an
 * empty array to readers, which reads as "never reviewed". Leave the field out for them.
 */
export const hideHistoryFromReaders: CollectionAfterReadHook = ({ doc, req }) => {
  if (!req.user && doc && typeof doc === 'object') delete (doc as { history?: unknown }).history
  return doc
}
