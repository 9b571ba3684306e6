/**
 * What waits for whom. Every count runs with the signed-in user's access (overrideAccess false),
 * or is limited to the user's own documents, so a queue shows exactly the documents that person
 * can open: an author's pending comments are
 * those under their own posts, a contributor sees no comment queue at all.
 */
import type { CollectionSlug, DataFromCollectionSlug, Payload, TypedUser, Where } from 'payload'

import type { Comment, ReaderQuestion } from '../../../payload-types'

import { hasCapability } from '../../../access/derive'
import { WORKFLOW_COLLECTIONS } from '../../plugins/workflow/collections'
import { firedRuleTitles } from '../comments/verdict'

export type QueueItem = { href: string; title: string; kind: string; since: string; note?: string }
export type Queue = {
  key: string
  heading: string
  empty: string
  count: number
  listHref: string
  items: QueueItem[]
}

const SHOWN = 10

/** `?where[a][equals]=b` for a list link, so the queue's "see all" opens the filtered list. */
function listHref(collection: string, field: string, value: string): string {
  return `/admin/collections/${collection}?${new URLSearchParams({ [`where[${field}][equals]`]: value })}`
}

type HistoryEntry = { to?: string; note?: string }
const lastNote = (history: unknown): string | undefined => {
  const entries = Array.isArray(history) ? (history as HistoryEntry[]) : []
  return entries.at(-1)?.note || undefined
}

/** Documents whose latest version sits at `stage`, newest last-change first, across collections. */
async function atStage(payload: Payload, user: TypedUser, stage: string, mine: boolean) {
  const perCollection = await Promise.all(
    WORKFLOW_COLLECTIONS.map(async ({ slug, label }) => {
      const where: Where = {
        and: [{ stage: { equals: stage } }, ...(mine ? [{ owner: { equals: user.id } }] : [])],
      }
      const found = await payload.find({
        collection: slug as CollectionSlug,
        where,
        draft: true,
        sort: '-updatedAt',
        limit: SHOWN,
        depth: 0,
        user,
        // One's own work is always one's own to read; filtering by owner is the team's alone
        // (`readOwners`), so "mine" is asked for with the filter as the only constraint.
        overrideAccess: mine,
      })
      const items = found.docs.map((doc) => {
        const row = doc as unknown as Record<string, unknown>
        return {
          href: `/admin/collections/${slug}/${String(row.id)}`,
          title: String(row.title ?? '(untitled)'),
          kind: label,
          since: String(row.updatedAt),
          note: lastNote(row.history),
        }
      })
      return { count: found.totalDocs, items }
    }),
  )
  return {
    count: perCollection.reduce((sum, list) => sum + list.count, 0),
    items: perCollection
      .flatMap((list) => list.items)
      .sort((a, b) => b.since.localeCompare(a.since))
      .slice(0, SHOWN),
  }
}

/** The oldest documents of `collection` whose `status` is `status`, as queue items. */
async function waitingWithStatus<Slug extends 'comments' | 'reader-questions'>(
  payload: Payload,
  user: TypedUser,
  collection: Slug,
  status: string,
  describe: (doc: DataFromCollectionSlug<Slug>) => Pick<QueueItem, 'title' | 'kind'>,
) {
  const found = await payload.find({
    collection,
    where: { status: { equals: status } },
    sort: 'createdAt',
    limit: SHOWN,
    depth: 0,
    user,
    overrideAccess: false,
  })
  return {
    count: found.totalDocs,
    items: found.docs.map((doc) => ({
      href: `/admin/collections/${collection}/${String(doc.id)}`,
      since: String(doc.createdAt),
      ...describe(doc as DataFromCollectionSlug<Slug>),
    })),
  }
}

const describeComment = (comment: Comment) => ({
  title: `${comment.name}: ${comment.excerpt ?? ''}`,
  kind: comment.firedRules?.length
    ? `held by ${firedRuleTitles(comment.verdict, comment.firedRules).join(', ')}`
    : 'Comment',
})

const describeQuestion = (question: ReaderQuestion) => ({
  title: question.question.length > 100 ? `${question.question.slice(0, 100)}…` : question.question,
  kind: 'Question',
})

/** The queues this user works from, in the order a working day takes them. */
export async function queuesFor(payload: Payload, user: TypedUser): Promise<Queue[]> {
  const queues: Queue[] = []
  if (hasCapability(user, 'reviewQueue')) {
    queues.push({
      key: 'review',
      heading: 'Waiting for your review',
      empty: 'Nothing waits for review.',
      listHref: listHref('posts', 'stage', 'in_review'),
      ...(await atStage(payload, user, 'in_review', false)),
    })
  }
  if (hasCapability(user, 'changesRequestedQueue')) {
    queues.push({
      key: 'changes',
      heading: 'Changes requested on your work',
      empty: 'No changes requested.',
      listHref: listHref('posts', 'stage', 'changes_requested'),
      ...(await atStage(payload, user, 'changes_requested', true)),
    })
  }
  if (hasCapability(user, 'approvedQueue')) {
    queues.push({
      key: 'approved',
      heading: 'Approved, ready for you to publish',
      empty: 'Nothing approved and waiting.',
      listHref: listHref('posts', 'stage', 'approved'),
      ...(await atStage(payload, user, 'approved', true)),
    })
  }
  if (hasCapability(user, 'commentQueue')) {
    queues.push({
      key: 'comments',
      heading: 'Comments waiting for moderation',
      empty: 'No comment waits.',
      listHref: listHref('comments', 'status', 'pending'),
      ...(await waitingWithStatus(payload, user, 'comments', 'pending', describeComment)),
    })
  }
  if (hasCapability(user, 'questionQueue')) {
    queues.push({
      key: 'questions',
      heading: 'Reader questions waiting for an answer',
      empty: 'No question waits.',
      listHref: listHref('reader-questions', 'status', 'waiting'),
      ...(await waitingWithStatus(payload, user, 'reader-questions', 'waiting', describeQuestion)),
    })
  }
  return queues
}
