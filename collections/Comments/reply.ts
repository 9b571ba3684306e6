import { APIError, Forbidden, type Endpoint, type PayloadRequest, type Where } from 'payload'

import { can, hasCapability } from '../../access/derive'
import { toPlainText } from '../../src/lib/commentPolicy'
import { relationshipId } from '../fields/relationshipIds'
import { MAX_BODY_CHARACTERS } from './hooks/guardSubmission'
import { MAX_THREAD_DEPTH } from './hooks/judgeSubmission'
import { messages } from './messages'

const mayUpdate = can('comments', 'update')

type Parent = { id: string; post: unknown; status?: string; depth?: number | null }

/** The comment, if the signed-in person moderates it (`moderateComments` and its row). */
async function moderatedComment(req: PayloadRequest, id: string): Promise<Parent> {
  if (!req.user) throw new APIError(messages.replySignIn, 401, undefined, true)
  if (!hasCapability(req.user, 'moderateComments')) throw new Forbidden(req.t)
  const rows = await mayUpdate({ req, id })
  const where: Where = rows === true || rows === false ? { id: { equals: id } } : rows
  const found =
    rows === false
      ? null
      : await req.payload.find({
          collection: 'comments',
          where: { and: [{ id: { equals: id } }, where] },
          limit: 1,
          depth: 0,
          overrideAccess: true,
          req,
        })
  const doc = found?.docs[0] as unknown as Parent | undefined
  if (!doc) throw new APIError(messages.replyNotYours, 404, undefined, true)
  return doc
}

/** The name the reply is shown under: the post's first author, else the person replying. */
async function authorName(req: PayloadRequest, postId: string): Promise<string> {
  const post = (await req.payload.findByID({
    collection: 'posts',
    id: postId,
    depth: 1,
    overrideAccess: true,
    disableErrors: true,
    req,
  })) as unknown as { authors?: ({ name?: string } | string)[] | null } | null
  const first = post?.authors?.find((author) => typeof author === 'object' && author?.name)
  const own = (req.user as { name?: string | null } | null)?.name
  return (typeof first === 'object' && first?.name) || own || 'The author'
}

/**
 * A reply from the admin: whoever moderates a comment may answer it as the post's author. The
 * reply is approved at once, sits under the comment in the thread and is marked `fromAuthor`.
 * Only an approved comment can be answered, so no reply stands under a comment readers cannot see.
 */
export const replyEndpoint: Endpoint = {
  path: '/:id/reply',
  method: 'post',
  handler: async (req) => {
    const parent = await moderatedComment(req, String(req.routeParams?.id ?? ''))
    const sent = req.json ? ((await req.json().catch(() => ({}))) as { body?: unknown }) : {}
    const body = typeof sent.body === 'string' ? toPlainText(sent.body) : ''
    if (!body) throw new APIError(messages.emptyBody, 400, undefined, true)
    if (body.length > MAX_BODY_CHARACTERS) {
      throw new APIError(messages.tooLarge(MAX_BODY_CHARACTERS), 400, undefined, true)
    }
    if (parent.status !== 'approved') throw new APIError(messages.replyToHeld, 400, undefined, true)
    const depth = (parent.depth ?? 0) + 1
    if (depth >= MAX_THREAD_DEPTH) {
      throw new APIError(messages.tooDeep(MAX_THREAD_DEPTH), 400, undefined, true)
    }
    const postId = relationshipId(parent.post)!
    const now = new Date().toISOString()
    req.context.staffReply = true
    const created = await req.payload.create({
      collection: 'comments',
      data: {
        post: postId,
        parent: parent.id,
        depth,
        name: await authorName(req, postId),
        email: String((req.user as { email?: string }).email ?? ''),
        body,
        kind: 'comment',
        status: 'approved',
        visibility: 'public',
        fromAuthor: true,
        user: req.user!.id,
        moderatedAt: now,
        moderatedBy: req.user!.id,
      } as never,
      overrideAccess: true,
      depth: 0,
      req,
    })
    // Answered as the replier may read it (an author does not see commenters' details).
    const doc = await req.payload.findByID({
      collection: 'comments',
      id: created.id,
      depth: 0,
      overrideAccess: false,
      req,
    })
    return Response.json({ doc }, { status: 201 })
  },
}
