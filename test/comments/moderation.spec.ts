/**
 * Moderation changes a comment's status and note, never what the reader wrote: no role may
 * rewrite a reader's name, email or words by any path (REST, bulk PATCH, GraphQL, the Local API
 * with a user). And whoever moderates a thread may reply from the admin as the post's author.
 */
import type { Payload } from 'payload'

import { seed } from '../../src/seed'
import { apiClient, type ApiClient } from '../helpers/client'
import { openedFormToken } from '../helpers/formToken'
import { bootPayload, type TestPayload } from '../helpers/payload'
import { DEMO_PASSWORD, startSeededServer, type SeededServer } from '../helpers/seededServer'

const READER = { name: 'Morag Finlay', email: 'morag.finlay@example.net' }
const WORDS = 'The chapter on the Hebrides brought my grandmother’s stories back to me.'
const REWRITE = {
  name: 'Someone Else',
  email: 'someone@example.com',
  body: 'Words put in her mouth.',
}

describe('moderation over HTTP', () => {
  let ctx: SeededServer
  let moderator: ApiClient
  let editor: ApiClient
  let contributor: ApiClient
  let postId: string

  beforeAll(async () => {
    ctx = await startSeededServer('moderation', { SUBMISSIONS_PER_MINUTE_PER_IP: '1000' })
    const login = async (role: string) => {
      const client = apiClient(ctx.server.url)
      await client.login(`${role}@example.com`, DEMO_PASSWORD)
      return client
    }
    moderator = await login('moderator')
    editor = await login('editor')
    contributor = await login('contributor')
    postId = (
      await ctx.anonymous.rest(
        'GET',
        '/api/posts?where[slug][equals]=the-revival-in-the-hebrides&depth=0',
      )
    ).body.docs[0].id
  })
  afterAll(() => ctx?.stop())

  let serial = 0
  /** A reader's comment, posted as a frontend would; held as a first comment. */
  const readerComment = async () => {
    const { status, body } = await ctx.anonymous.rest('POST', '/api/comments', {
      post: postId,
      name: READER.name,
      email: `${++serial}-${READER.email}`,
      body: WORDS,
      formToken: openedFormToken(),
    })
    expect(status).toBe(201)
    return body.doc.id as string
  }
  const stored = async (id: string) => (await ctx.admin.rest('GET', `/api/comments/${id}`)).body

  it('should let a moderator set the status and note but not the reader’s words (REST)', async () => {
    const id = await readerComment()
    const answer = await moderator.rest('PATCH', `/api/comments/${id}`, {
      ...REWRITE,
      status: 'approved',
      moderationNote: 'Kind and on topic.',
    })
    expect(answer.status).toBe(200)
    expect(await stored(id)).toMatchObject({
      name: READER.name,
      email: `${serial}-${READER.email}`,
      body: WORDS,
      status: 'approved',
      moderationNote: 'Kind and on topic.',
    })
  })

  it('should keep every reader’s words in a bulk PATCH, editors’ and admins’ too', async () => {
    const ids = [await readerComment(), await readerComment()]
    for (const client of [moderator, editor, ctx.admin]) {
      const where = ids.map((id, index) => `where[id][in][${index}]=${id}`).join('&')
      const answer = await client.rest('PATCH', `/api/comments?${where}`, {
        ...REWRITE,
        status: 'spam',
      })
      expect(answer.status).toBe(200)
    }
    for (const id of ids) {
      expect(await stored(id)).toMatchObject({ name: READER.name, body: WORDS, status: 'spam' })
    }
  })

  it('should keep the reader’s words in a GraphQL update', async () => {
    const id = await readerComment()
    const { body } = await moderator.graphql(
      `mutation($id: String!) {
        updateComment(id: $id, data: { name: "Someone Else", email: "someone@example.com", body: "Words put in her mouth.", status: approved }) { status body }
      }`,
      { id },
    )
    expect(body.errors).toBeUndefined()
    expect(body.data.updateComment).toEqual({ status: 'approved', body: WORDS })
    expect(await stored(id)).toMatchObject({ name: READER.name, body: WORDS })
  })

  describe('a reply from the admin', () => {
    it('should publish the moderator’s reply under the comment as the post’s author’s', async () => {
      const id = await readerComment()
      await moderator.rest('PATCH', `/api/comments/${id}`, { status: 'approved' })
      const { status, body } = await moderator.rest('POST', `/api/comments/${id}/reply`, {
        body: 'Thank you for telling us about her.',
      })
      expect(status).toBe(201)
      expect(body.doc).toMatchObject({ status: 'approved', fromAuthor: true, parent: id })
      const thread = (await ctx.anonymous.rest('GET', `/api/comments/thread/${postId}`)).body
        .comments as {
        id: string
        replies: { name: string; body: string; fromAuthor: boolean }[]
      }[]
      expect(thread.find((comment) => comment.id === id)?.replies).toEqual([
        expect.objectContaining({
          name: 'Douglas M Webb',
          body: 'Thank you for telling us about her.',
          fromAuthor: true,
        }),
      ])
    })

    it('should refuse a reply to a held comment, and from those who do not moderate', async () => {
      const id = await readerComment()
      const held = await moderator.rest('POST', `/api/comments/${id}/reply`, { body: 'Hello.' })
      expect(held.status).toBe(400)
      expect(held.body.errors[0].message).toMatch(/approve the comment before replying/)
      expect(
        (await contributor.rest('POST', `/api/comments/${id}/reply`, { body: 'Hello.' })).status,
      ).toBe(403)
      expect(
        (await ctx.anonymous.rest('POST', `/api/comments/${id}/reply`, { body: 'Hello.' })).status,
      ).toBe(401)
    })
  })
})

describe('moderation through the Local API with a user', () => {
  let ctx: TestPayload
  let payload: Payload

  beforeAll(async () => {
    ctx = await bootPayload('moderation-local')
    payload = ctx.payload
    await seed(payload, { demoPassword: DEMO_PASSWORD, log: () => {} })
  })
  afterAll(() => ctx?.teardown())

  const user = async (email: string) =>
    (await payload.find({ collection: 'users', where: { email: { equals: email } } })).docs[0]!

  it('should change the status and never the reader’s words, whoever asks', async () => {
    const held = (
      await payload.find({
        collection: 'comments',
        where: { name: { equals: 'Kenneth Ross' } },
        depth: 0,
      })
    ).docs[0]!
    for (const email of ['moderator@example.com', 'editor@example.com', 'admin@example.com']) {
      await payload.update({
        collection: 'comments',
        id: held.id,
        data: { ...REWRITE, kind: 'correction', status: 'rejected' },
        user: await user(email),
        overrideAccess: false,
      })
    }
    const after = await payload.findByID({ collection: 'comments', id: held.id, depth: 0 })
    expect(after).toMatchObject({
      name: held.name,
      email: held.email,
      body: held.body,
      kind: held.kind,
      status: 'rejected',
    })
    expect(after.moderatedBy).toBeTruthy()
  })
})
