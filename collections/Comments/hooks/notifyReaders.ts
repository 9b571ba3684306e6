import type { CollectionAfterChangeHook, PayloadRequest } from 'payload'

import type { ReaderEmailMessage } from '../../../src/jobs/sendReaderEmail'
import { heldCommentEmail, replyEmail } from '../../../src/lib/mail/readerEmails'
import { runtimeSettings } from '../../../src/lib/runtimeSettings'
import { issueUnsubscribeToken } from '../../../src/lib/unsubscribeToken'
import { relationshipId } from '../../fields/relationshipIds'
import { normaliseEmail } from './context'

type CommentDoc = {
  id: string
  post: unknown
  parent?: unknown
  name: string
  email?: string | null
  body: string
  status?: string | null
  visibility?: string | null
  notifyReplies?: boolean | null
  verdict?: { messages?: string[] } | null
}
type PostDoc = {
  id: string
  title?: string | null
  slug?: string | null
  authors?: ({ user?: unknown } | string)[] | null
}

const queue = (req: PayloadRequest, message: ReaderEmailMessage) =>
  req.payload.jobs.queue({ task: 'sendReaderEmail', input: { message }, req })

async function postOf(req: PayloadRequest, id: string): Promise<PostDoc | null> {
  return (await req.payload.findByID({
    collection: 'posts',
    id,
    depth: 1,
    overrideAccess: true,
    disableErrors: true,
    req,
  })) as unknown as PostDoc | null
}

/** A reply became readable: its parent's writer hears of it, if they asked to. */
async function announceReply(req: PayloadRequest, reply: CommentDoc) {
  const parentId = relationshipId(reply.parent)
  if (!parentId) return
  const parent = (await req.payload.findByID({
    collection: 'comments',
    id: parentId,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
    req,
  })) as unknown as CommentDoc | null
  if (!parent?.notifyReplies || !parent.email || parent.status !== 'approved') return
  // Nobody is told of their own reply.
  if (reply.email && normaliseEmail(reply.email) === normaliseEmail(parent.email)) return
  const post = await postOf(req, relationshipId(reply.post)!)
  if (!post) return
  const { serverURL } = req.payload.config
  const site = runtimeSettings(req.payload).frontendUrl
  const email = replyEmail({
    postTitle: post.title ?? '',
    replyUrl: `${site}/posts/${post.slug}#comment-${reply.id}`,
    replierName: reply.name,
    replyBody: reply.body,
    unsubscribeUrl: `${serverURL}/unsubscribe?token=${issueUnsubscribeToken(req.payload.secret, parent.id)}`,
  })
  await queue(req, { to: parent.email, ...email })
}

/** A comment the policy held: each of the post's authors with a login hears of it. */
async function announceHeld(req: PayloadRequest, comment: CommentDoc) {
  const post = await postOf(req, relationshipId(comment.post)!)
  if (!post) return
  const authorIds = (post.authors ?? [])
    .map((author) => relationshipId(author))
    .filter((id): id is string => Boolean(id))
  if (authorIds.length === 0) return
  // Read in full: populated authors are cards (defaultPopulate), without their login.
  const { docs: authors } = await req.payload.find({
    collection: 'authors',
    where: { id: { in: authorIds } },
    depth: 0,
    limit: authorIds.length,
    overrideAccess: true,
    req,
  })
  const userIds = [
    ...new Set(
      (authors as { user?: unknown }[])
        .map((author) => relationshipId(author.user))
        .filter((id): id is string => Boolean(id)),
    ),
  ]
  if (userIds.length === 0) return
  const { docs: users } = await req.payload.find({
    collection: 'users',
    where: { id: { in: userIds } },
    depth: 0,
    limit: userIds.length,
    overrideAccess: true,
    req,
  })
  const email = heldCommentEmail({
    postTitle: post.title ?? '',
    commenterName: comment.name,
    body: comment.body,
    // The verdict field is staff-only, so an anonymous request's doc lacks it; the judge's outcome has it.
    reasons:
      comment.verdict?.messages ??
      (req.context.commentOutcome as { messages?: string[] } | undefined)?.messages ??
      [],
    adminUrl: `${req.payload.config.serverURL}/admin/collections/comments/${comment.id}`,
  })
  for (const user of users as { email?: string | null }[]) {
    if (user.email) await queue(req, { to: user.email, ...email })
  }
}

/**
 * Emails about comments, through the jobs queue (committed with the save): a reader who asked
 * for replies hears of each approved reply to their comment, when it is published at once or
 * when a moderator approves it; a post's authors hear of each comment held on their post. Seeds
 * and restores (`context.demoSeed`, `context.disableNotifications`) send nothing.
 */
export const notifyReaders: CollectionAfterChangeHook = async ({
  doc,
  previousDoc,
  operation,
  req,
}) => {
  if (req.context.demoSeed || req.context.disableNotifications) return doc
  const comment = doc as CommentDoc
  const becameApproved =
    comment.status === 'approved' &&
    (operation === 'create' || (previousDoc as CommentDoc | undefined)?.status !== 'approved')
  if (becameApproved && comment.visibility !== 'private') await announceReply(req, comment)
  if (operation === 'create' && comment.status === 'pending') await announceHeld(req, comment)
  return doc
}
