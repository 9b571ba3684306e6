import type { CollectionAfterChangeHook, PayloadRequest } from 'payload'

import {
  cancelScheduledPublish,
  queueNotification,
  queueScheduledPublish,
} from '../../../src/jobs/queue'
import type { NotificationMessage } from '../../../src/jobs/sendNotification'
import type { NotificationKind } from '../../../src/lib/mail/notifications'
import { displayNameAtStart } from '../../../src/lib/people'
import type { Stage } from '../../../src/lib/workflow'
import { relationshipId as idOf } from '../../fields/relationshipIds'
import { takeTransition } from './context'

const NOTIFY: Partial<Record<Stage, NotificationKind>> = {
  in_review: 'submitted',
  changes_requested: 'changes_requested',
  approved: 'approved',
  scheduled: 'scheduled',
  published: 'published',
}

const LABELS: Record<string, 'post' | 'gallery' | 'artwork'> = {
  posts: 'post',
  galleries: 'gallery',
  artworks: 'artwork',
}

type WorkflowDoc = {
  id: string | number
  title?: string | null
  publishAt?: string | null
  owner?: unknown
  authors?: unknown[] | null
  artist?: unknown
}

/** Editors hear about submissions; the owner and the credited people hear about everything else. */
async function recipients(
  req: PayloadRequest,
  doc: WorkflowDoc,
  kind: NotificationKind,
): Promise<string[]> {
  const { payload } = req
  let userIds: string[] = []
  if (kind === 'submitted') {
    const editors = await payload.find({
      collection: 'users',
      where: { roles: { in: ['editor'] } },
      depth: 0,
      limit: 100,
      overrideAccess: true,
      req,
    })
    return editors.docs.map((user) => user.email).filter((email) => email !== req.user?.email)
  }
  const profileIds = [...(doc.authors ?? []), doc.artist]
    .map(idOf)
    .filter((id): id is string => Boolean(id))
  if (profileIds.length > 0) {
    const profiles = await payload.find({
      collection: 'authors',
      where: { id: { in: profileIds } },
      depth: 0,
      limit: profileIds.length,
      overrideAccess: true,
      req,
    })
    userIds = profiles.docs
      .map((profile) => idOf((profile as { user?: unknown }).user))
      .filter((id): id is string => Boolean(id))
  }
  const owner = idOf(doc.owner)
  if (owner) userIds.push(owner)
  if (userIds.length === 0) return []
  const users = await payload.find({
    collection: 'users',
    where: { id: { in: [...new Set(userIds)] } },
    depth: 0,
    limit: userIds.length,
    overrideAccess: true,
    req,
  })
  return users.docs.map((user) => user.email).filter((email) => email !== req.user?.email)
}

/**
 * After a transition: keep the scheduled publication in the queue in step with the stage, and
 * tell the people who need to act or know.
 */
export const followTransition: CollectionAfterChangeHook = async ({
  doc,
  operation,
  req,
  collection,
}) => {
  const slug = collection.slug
  const transition = takeTransition(req.context, slug, [
    operation === 'create' ? undefined : doc.id,
  ])
  if (!transition) return doc
  const { from, to, note, rescheduled } = transition
  const post = doc as WorkflowDoc

  if (from === 'scheduled' && (to !== 'scheduled' || rescheduled))
    await cancelScheduledPublish(req, slug, post.id)
  if (to === 'scheduled' && post.publishAt)
    await queueScheduledPublish(req, slug, post.id, post.publishAt)

  const kind = NOTIFY[to]
  if (!kind || req.context.disableNotifications || to === from) return doc
  const message: Omit<NotificationMessage, 'to'> = {
    kind,
    title: post.title ?? String(post.id),
    collectionLabel: LABELS[slug] ?? 'post',
    // Recipients include writers, who may not see an editor's email.
    actorName: req.user ? displayNameAtStart(req.user) : 'The scheduler',
    note: note ?? null,
    adminUrl: `${req.payload.config.serverURL}/admin/collections/${slug}/${post.id}`,
    publishAt: post.publishAt ?? null,
  }
  // One email per person: a shared To line would show each recipient everyone else's address.
  for (const address of await recipients(req, post, kind))
    await queueNotification(req, { ...message, to: [address] })
  return doc
}
