import crypto from 'node:crypto'

import { APIError, ValidationError, type CollectionBeforeChangeHook } from 'payload'

import { explainVerdict, judgeComment, toPlainText } from '../../../src/lib/commentPolicy'
import { relationshipId } from '../../fields/relationshipIds'
import { fieldError } from '../../hooks/fieldError'
import { messages } from '../messages'
import { effectivePolicy } from '../policy'
import { clientIp, hashIp, hashToken, normaliseEmail } from './context'

/** Replies nest at most this deep (a reply to a reply to a comment). */
export const MAX_THREAD_DEPTH = 3

const invalid = (message: string) => fieldError('comments', message)

type PostDoc = {
  id: string
  _status?: string
  publishedAt?: string | null
  commentsOpen?: boolean | null
  commentPolicy?: unknown
}
type CommentDoc = {
  id: string
  post: unknown
  parent?: unknown
  status?: string
  depth?: number | null
}

const idOf = (value: unknown) => relationshipId(value) ?? ''

/**
 * A new comment, from anyone: plain text only, on a published post that takes comments, judged
 * by the post's policy. The verdict decides its status; the client decides none of the
 * server's fields. A rejection is a 400 quoting the owner's rules; nothing is stored.
 */
export const judgeSubmission: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  // A reply from the admin was checked by the reply endpoint and is approved as written.
  if (operation !== 'create' || req.context.staffReply) return data
  const { payload } = req
  const body = toPlainText(String(data.body ?? ''))
  if (!body) throw invalid(messages.emptyBody)

  const postId = idOf(data.post)
  const post = (await payload.findByID({
    collection: 'posts',
    id: postId,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
    req,
  })) as unknown as PostDoc | null
  if (!post) throw invalid(messages.noSuchPost)
  if (post._status !== 'published') throw invalid(messages.draftPost)
  if (post.commentsOpen === false) throw new APIError(messages.closed, 403, undefined, true)

  let depth = 0
  const parentId = idOf(data.parent)
  if (parentId) {
    const parent = (await payload.findByID({
      collection: 'comments',
      id: parentId,
      depth: 0,
      overrideAccess: true,
      disableErrors: true,
      req,
    })) as unknown as CommentDoc | null
    if (!parent || idOf(parent.post) !== post.id || parent.status !== 'approved')
      throw invalid(messages.noSuchParent)
    depth = (parent.depth ?? 0) + 1
    if (depth >= MAX_THREAD_DEPTH) throw invalid(messages.tooDeep(MAX_THREAD_DEPTH))
  }

  const email = normaliseEmail(String(data.email ?? ''))
  const approved = await payload.count({
    collection: 'comments',
    where: { and: [{ email: { equals: email } }, { status: { equals: 'approved' } }] },
    overrideAccess: true,
    req,
  })
  const policy = await effectivePolicy(req, post)
  const kind = data.kind === 'correction' ? 'correction' : 'comment'
  const verdict = judgeComment(
    policy.compiled,
    { body, name: String(data.name ?? ''), email, kind },
    {
      now: new Date(),
      postPublishedAt: post.publishedAt ? new Date(post.publishedAt) : null,
      trustedCommenter: approved.totalDocs > 0,
      approvedCount: approved.totalDocs,
    },
  )
  const explanation = explainVerdict(verdict)
  if (verdict.action === 'reject') {
    throw new ValidationError({
      collection: 'comments',
      errors: (verdict.messages.length > 0 ? verdict.messages : [explanation]).map((message) => ({
        path: 'body',
        message,
      })),
    })
  }

  // A held, heated comment may be withdrawn or rewritten during its cool-off, with this key.
  const editToken = verdict.coolOffUntil ? crypto.randomBytes(24).toString('base64url') : undefined
  // On req.context itself: the nested reads above may have given the request a fresh context object.
  req.context.commentOutcome = {
    result: verdict.action === 'allow' ? 'published' : 'held',
    messages: verdict.messages,
    explanation,
    ...(verdict.coolOffUntil ? { coolOffUntil: verdict.coolOffUntil, editToken } : {}),
  }
  return {
    ...data,
    post: post.id,
    parent: parentId || null,
    depth,
    body,
    email,
    kind,
    user: req.user?.id ?? null,
    status: verdict.action === 'allow' ? 'approved' : 'pending',
    visibility: verdict.visibility,
    verdict: { action: verdict.action, fired: verdict.fired, messages: verdict.messages },
    firedRules: verdict.fired.map((rule) => String(rule.ruleId)),
    policy: policy.doc?.id ?? null,
    policyRevision: policy.revision,
    ipHash: hashIp(req, clientIp(req)),
    coolOffUntil: verdict.coolOffUntil ?? null,
    editTokenHash: editToken ? hashToken(editToken) : null,
  }
}
