import type { CollectionAfterReadHook } from 'payload'

import { hasCapability } from '../../../../access/derive'

/**
 * The history is staff material (field access hides its rows), but Payload still answers an
 * empty array to readers, which reads as "never reviewed". Leave the field out for them.
 */
export const hideHistoryFromReaders: CollectionAfterReadHook = ({ doc, req }) => {
  if (!hasCapability(req.user, 'readWorkflowHistory') && doc && typeof doc === 'object')
    delete (doc as { history?: unknown }).history
  return doc
}
