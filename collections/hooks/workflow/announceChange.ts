import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { queueWebhooks } from '../../../src/jobs/queue'
import { eventTypeForChange } from '../../../src/lib/webhooks'
import { saveModeOf } from './context'

type Doc = { id: string | number; slug?: string | null; _status?: string | null }

/**
 * Tells the frontends' webhooks what readers can now see: a publication, an unpublication, or
 * a change to a live document. Draft saves change nothing readers see and stay quiet.
 */
export const announceChange: CollectionAfterChangeHook = async ({
  doc,
  operation,
  req,
  collection,
}) => {
  if (req.context.disableWebhooks) return doc
  const mode = saveModeOf(req.context, collection.slug, operation === 'create' ? undefined : doc.id)
  if (!mode || mode.draft) return doc
  const type = eventTypeForChange(mode.wasLive ? 'published' : 'draft', (doc as Doc)._status)
  if (type) await queueWebhooks(req, type, collection.slug, doc as Doc)
  return doc
}

/** A deleted live document disappears from the site too. */
export const announceDelete: CollectionAfterDeleteHook = async ({ doc, req, collection }) => {
  if (req.context.disableWebhooks || (doc as Doc)._status !== 'published') return doc
  await queueWebhooks(req, 'delete', collection.slug, doc as Doc)
  return doc
}
