import type { CollectionAfterDeleteHook } from 'payload'

import { queueWebhooks } from '../../../jobs/queue'

type Doc = { id: string | number; slug?: string | null; _status?: string | null }

/** A deleted live document disappears from the site too: the frontends' webhooks hear of it. */
export const announceDelete: CollectionAfterDeleteHook = async ({ doc, req, collection }) => {
  if (req.context.disableWebhooks || (doc as Doc)._status !== 'published') return doc
  await queueWebhooks(req, 'delete', collection.slug, doc as Doc)
  return doc
}
