import { APIError, type Endpoint, type PayloadRequest } from 'payload'

import { issueFormToken, MAX_FORM_SECONDS, MIN_FORM_SECONDS } from '../../src/lib/formToken'
import { readUnsubscribeToken } from '../../src/lib/unsubscribeToken'
import { relationshipId } from '../fields/relationshipIds'
import { MAX_THREAD_DEPTH } from './hooks/judgeSubmission'
import { hashToken, normaliseEmail } from './hooks/context'
import { messages } from './messages'
import { effectivePolicy } from './policy'
import { replyEndpoint } from './reply'

type PublicComment = {
  id: string
  name: string
  body: string
  createdAt: string
  parent?: unknown
  /** A reply the post's author wrote from the admin. */
  fromAuthor: boolean
  replies: PublicComment[]
}

const idOf = (value: unknown) => relationshipId(value) ?? null

async function publishedPost(req: PayloadRequest, id: string) {
  const post = await req.payload.findByID({
    collection: 'posts',
    id,
    depth: 0,
    overrideAccess: false,
    disableErrors: true,
    req,
  })
  if (!post) throw new APIError('There is no such post.', 404, undefined, true)
  return post as unknown as { id: string; commentsOpen?: boolean | null; commentPolicy?: unknown }
}

/** Approved, public comments of a post as a tree, read with the caller's own access. */
export async function commentThread(req: PayloadRequest, postId: string): Promise<PublicComment[]> {
  const { docs } = await req.payload.find({
    collection: 'comments',
    where: {
      and: [
        { post: { equals: postId } },
        { status: { equals: 'approved' } },
        { visibility: { equals: 'public' } },
      ],
    },
    sort: 'createdAt',
    limit: 1000,
    depth: 0,
    overrideAccess: false,
    req,
  })
  const nodes = new Map<string, PublicComment>()
  for (const doc of docs) {
    nodes.set(String(doc.id), {
      id: String(doc.id),
      name: doc.name,
      body: doc.body,
      createdAt: doc.createdAt,
      fromAuthor: Boolean(doc.fromAuthor),
      replies: [],
    })
  }
  const roots: PublicComment[] = []
  for (const doc of docs) {
    const node = nodes.get(String(doc.id))!
    const parent = nodes.get(idOf(doc.parent) ?? '')
    if (parent) parent.replies.push(node)
    else roots.push(node)
  }
  return roots
}

/** The policy a post's comment form should show: the owner's introduction and wording. */
export async function policyForPost(req: PayloadRequest, postId: string) {
  const post = await publishedPost(req, postId)
  const { doc, revision } = await effectivePolicy(req, post)
  return {
    commentsOpen: post.commentsOpen !== false,
    maxThreadDepth: MAX_THREAD_DEPTH,
    policy: doc
      ? {
          id: doc.id,
          name: doc.name,
          revision,
          introduction: doc.introduction ?? null,
          rules: (
            (doc.rules ?? []) as {
              title?: string
              message?: string
              blockType?: string
              action?: string | null
            }[]
          ).map((rule) => ({
            title: rule.title,
            message: rule.message,
            kind: rule.blockType,
            action: rule.action ?? null,
          })),
        }
      : null,
  }
}

async function withToken(req: PayloadRequest) {
  const id = String(req.routeParams?.id ?? '')
  const body = req.json
    ? ((await req.json().catch(() => ({}))) as { token?: unknown; body?: unknown })
    : {}
  const comment = (await req.payload.findByID({
    collection: 'comments',
    id,
    depth: 0,
    overrideAccess: true,
    showHiddenFields: true,
    disableErrors: true,
    req,
  })) as {
    id: string
    status: string
    coolOffUntil?: string | null
    editTokenHash?: string | null
    post: unknown
    parent?: unknown
    name: string
    email: string
    kind: string
    body: string
    createdAt: string
  } | null
  // No such comment (never written, or already withdrawn or rewritten): 404. A comment that is
  // there but the key is wrong, or its time has passed: 403.
  if (!comment) throw new APIError(messages.noCommentToChange, 404, undefined, true)
  const valid =
    typeof body.token === 'string' &&
    comment.editTokenHash === hashToken(body.token) &&
    comment.status === 'pending' &&
    comment.coolOffUntil &&
    new Date(comment.coolOffUntil).getTime() > Date.now()
  if (!valid) throw new APIError(messages.badEditToken, 403, undefined, true)
  return { comment, body }
}

/**
 * A signed token of when the form opened; the form sends it back with the submission
 * (hooks/checkSubmissionForm.ts). A POST, so no cache (ours, a CDN's, a browser's) ever hands
 * one visitor's token, and its age, to another.
 */
export const formTokenEndpoint: Endpoint = {
  path: '/form-token',
  method: 'post',
  handler: (req) => {
    const openedAt = Date.now()
    return Response.json(
      {
        formToken: issueFormToken(req.payload.secret, openedAt),
        openedAt: new Date(openedAt).toISOString(),
        minSeconds: MIN_FORM_SECONDS,
        maxSeconds: MAX_FORM_SECONDS,
      },
      { headers: { 'Cache-Control': 'private, no-store' } },
    )
  },
}

/**
 * The one-click unsubscribe of reply emails (`{"token"}` from the link in the email): every
 * comment of the address that wrote the token's comment stops sending replies. Idempotent.
 */
export const unsubscribeEndpoint: Endpoint = {
  path: '/unsubscribe',
  method: 'post',
  handler: async (req) => {
    const sent = req.json ? ((await req.json().catch(() => ({}))) as { token?: unknown }) : {}
    const commentId = readUnsubscribeToken(req.payload.secret, sent.token)
    const comment = commentId
      ? ((await req.payload.findByID({
          collection: 'comments',
          id: commentId,
          depth: 0,
          overrideAccess: true,
          disableErrors: true,
          req,
        })) as { email?: string | null } | null)
      : null
    if (!comment?.email) throw new APIError(messages.badUnsubscribeToken, 400, undefined, true)
    await req.payload.update({
      collection: 'comments',
      where: {
        and: [
          { email: { equals: normaliseEmail(comment.email) } },
          { notifyReplies: { equals: true } },
        ],
      },
      data: { notifyReplies: false },
      overrideAccess: true,
      depth: 0,
      req,
    })
    return Response.json(
      { unsubscribed: true },
      { headers: { 'Cache-Control': 'private, no-store' } },
    )
  },
}

export const commentEndpoints: Endpoint[] = [
  formTokenEndpoint,
  replyEndpoint,
  unsubscribeEndpoint,
  {
    // The held comment as its writer may still change it: with its key, during the cool-off.
    path: '/:id/cool-off',
    method: 'post',
    handler: async (req) => {
      const { comment } = await withToken(req)
      const post = (await req.payload.findByID({
        collection: 'posts',
        id: idOf(comment.post)!,
        depth: 0,
        overrideAccess: true,
        disableErrors: true,
        req,
      })) as { slug?: string | null; title?: string | null } | null
      return Response.json(
        {
          id: comment.id,
          body: comment.body,
          coolOffUntil: comment.coolOffUntil,
          post: { slug: post?.slug ?? null, title: post?.title ?? null },
        },
        { headers: { 'Cache-Control': 'private, no-store' } },
      )
    },
  },
  {
    path: '/thread/:post',
    method: 'get',
    handler: async (req) => {
      await publishedPost(req, String(req.routeParams?.post ?? ''))
      return Response.json({ comments: await commentThread(req, String(req.routeParams?.post)) })
    },
  },
  {
    path: '/policy/:post',
    method: 'get',
    handler: async (req) =>
      Response.json(await policyForPost(req, String(req.routeParams?.post ?? ''))),
  },
  {
    // During the cool-off a held, heated comment can be taken back with the key it was given.
    path: '/:id/withdraw',
    method: 'post',
    handler: async (req) => {
      const { comment } = await withToken(req)
      await req.payload.delete({
        collection: 'comments',
        id: comment.id,
        overrideAccess: true,
        req,
      })
      return Response.json({ withdrawn: true })
    },
  },
  {
    // Or rewritten: the new text is judged afresh as a new comment, and only once it is accepted
    // does the old one go, so a refused rewrite loses nothing.
    path: '/:id/revise',
    method: 'post',
    handler: async (req) => {
      const { comment, body } = await withToken(req)
      if (typeof body.body !== 'string' || !body.body.trim()) {
        throw new APIError('body: send the rewritten comment as "body".', 400, undefined, true)
      }
      const revised = await req.payload.create({
        collection: 'comments',
        data: {
          post: idOf(comment.post)!,
          parent: idOf(comment.parent),
          name: comment.name,
          email: comment.email,
          kind: comment.kind as 'comment' | 'correction',
          body: body.body,
          // The key shows a person already passed the form's checks with the first version,
          // whose form was open at least the minimum time before it was sent.
          formToken: issueFormToken(
            req.payload.secret,
            new Date(comment.createdAt).getTime() - MIN_FORM_SECONDS * 1000,
          ),
        },
        overrideAccess: false,
        req,
      })
      await req.payload.delete({
        collection: 'comments',
        id: comment.id,
        overrideAccess: true,
        req,
      })
      return Response.json({ doc: revised }, { status: 201 })
    },
  },
]
