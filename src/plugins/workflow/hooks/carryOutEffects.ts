import type { CollectionAfterChangeHook, PayloadRequest } from 'payload'

import {
  cancelScheduledPublish,
  queueNotification,
  queueScheduledPublish,
  queueWebhooks,
} from '../../../jobs/queue'
import type { NotificationMessage } from '../../../jobs/sendNotification'
import { displayNameAtStart } from '../../../lib/people'
import { effectsOf, type Effect } from '../../../lib/workflow'
import { workflowCollection } from '../collections'
import { takeOutcome } from '../context'
import { recipients, type RecipientDoc } from '../recipients'

type WorkflowDoc = RecipientDoc & {
  id: string | number
  title?: string | null
  slug?: string | null
  publishAt?: string | null
}

/**
 * After a save: carries out what the machine says follows from it (`effectsOf`), in its order:
 * the queued publication follows the stage, people hear of the move, frontends of what readers
 * can now see. Everything goes through `req`, so it commits or rolls back with the save.
 */
async function carryOutOne(
  req: PayloadRequest,
  slug: string,
  post: WorkflowDoc,
  effect: Effect,
): Promise<void> {
  switch (effect.kind) {
    case 'cancelSchedule':
      return cancelScheduledPublish(req, slug, post.id)
    case 'queuePublish':
      return queueScheduledPublish(req, slug, post.id, effect.at)
    case 'webhook':
      return queueWebhooks(req, effect.event, slug, post)
    case 'notify': {
      const message: Omit<NotificationMessage, 'to'> = {
        kind: effect.notice,
        title: post.title ?? String(post.id),
        collectionLabel: workflowCollection(slug)?.noun ?? 'post',
        // Recipients include writers, who may not see an editor's email.
        actorName: req.user ? displayNameAtStart(req.user) : 'The scheduler',
        note: effect.note ?? null,
        adminUrl: `${req.payload.config.serverURL}/admin/collections/${slug}/${post.id}`,
        publishAt: post.publishAt ?? null,
      }
      // One email per person: a shared To line would show each recipient everyone else's address.
      for (const address of await recipients(req, post, effect.audience))
        await queueNotification(req, { ...message, to: [address] })
    }
  }
}

export const carryOutEffects: CollectionAfterChangeHook = async ({
  doc,
  operation,
  req,
  collection,
}) => {
  const slug = collection.slug
  const outcome = takeOutcome(req.context, slug, operation === 'create' ? undefined : doc.id)
  if (!outcome) return doc
  const post = doc as WorkflowDoc
  for (const effect of effectsOf(outcome)) await carryOutOne(req, slug, post, effect)
  return doc
}
