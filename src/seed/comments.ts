import type { Payload } from 'payload'

import { DEMO_COMMENTS, DEMO_READER_QUESTION } from './content/comments'
import type { SeedCounts } from './demoContent'

type Req = NonNullable<Parameters<Payload['create']>[0]['req']>

/**
 * The demo's comments and reader question, judged by the house rules like any other (so the
 * held ones carry their verdicts), then approved where the demo says a moderator did, with the
 * author's reply under one of them. Matched by post and email, so a second run adds nothing.
 */
export async function seedComments(
  payload: Payload,
  req: Req,
  counts: SeedCounts,
  log: (line: string) => void,
) {
  log('seed: comments and a reader question')
  // One visitor's budget would not cover the whole demo; the seed is not a visitor.
  const seeding = { ...req, context: { ...req.context, demoSeed: true } }
  const comments = (counts.comments ??= { created: 0, existing: 0 })
  const postIds = new Map<string, string>()
  const postId = async (slug: string) => {
    if (!postIds.has(slug)) {
      const { docs } = await payload.find({
        collection: 'posts',
        where: { slug: { equals: slug } },
        limit: 1,
        depth: 0,
        req,
      })
      if (docs[0]) postIds.set(slug, String(docs[0].id))
    }
    return postIds.get(slug)
  }

  for (const comment of DEMO_COMMENTS) {
    const post = await postId(comment.post)
    if (!post) continue
    const found = await payload.find({
      collection: 'comments',
      where: { and: [{ post: { equals: post } }, { email: { equals: comment.email } }] },
      limit: 1,
      depth: 0,
      req,
    })
    if (found.docs[0]) {
      comments.existing++
      continue
    }
    const created = await payload.create({
      collection: 'comments',
      data: { post, name: comment.name, email: comment.email, body: comment.body },
      req: seeding,
    })
    comments.created++
    if (!comment.approve) continue
    await payload.update({
      collection: 'comments',
      id: created.id,
      data: { status: 'approved' },
      req,
    })
    if (comment.reply) {
      const author = await payload.find({
        collection: 'users',
        where: { email: { equals: 'author@example.com' } },
        limit: 1,
        depth: 0,
        req,
      })
      const { docs } = await payload.find({
        collection: 'posts',
        where: { id: { equals: post } },
        depth: 1,
        limit: 1,
        req,
      })
      const byline = docs[0]?.authors?.find((entry) => typeof entry === 'object')
      await payload.create({
        collection: 'comments',
        data: {
          post,
          parent: created.id,
          depth: 1,
          name: typeof byline === 'object' && byline ? byline.name : 'The author',
          email: author.docs[0]?.email ?? 'author@example.com',
          body: comment.reply,
          status: 'approved',
          fromAuthor: true,
          user: author.docs[0]?.id ?? null,
        },
        req: { ...req, context: { ...req.context, staffReply: true } },
      })
      comments.created++
    }
  }

  const questions = (counts['reader-questions'] ??= { created: 0, existing: 0 })
  const asked = await payload.count({
    collection: 'reader-questions',
    where: { email: { equals: DEMO_READER_QUESTION.email } },
    req,
  })
  if (asked.totalDocs > 0) questions.existing++
  else {
    await payload.create({
      collection: 'reader-questions',
      data: DEMO_READER_QUESTION,
      req: seeding,
    })
    questions.created++
  }
}
