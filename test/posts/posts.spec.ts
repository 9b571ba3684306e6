import { apiClient, type ApiClient } from '../helpers/client'
import { testDatabase } from '../helpers/database'
import { startServer, type RunningServer } from '../helpers/server'

describe('posts over REST and GraphQL', () => {
  const db = testDatabase('posts')
  let server: RunningServer
  let admin: ApiClient
  let anonymous: ApiClient

  beforeAll(async () => {
    server = await startServer({ ...db.env, SEED_DEMO: 'true', DEMO_PASSWORD: 'demo-password-1' })
    admin = apiClient(server.url)
    await admin.login('admin@example.com', 'demo-password-1')
    anonymous = apiClient(server.url)
  })
  afterAll(async () => {
    await server?.stop()
    db.cleanup()
  })

  it('should generate the slug from the title', async () => {
    const { status, body } = await admin.rest('POST', '/api/posts', {
      title: 'The Revival in the Hebrides: What Happened?',
    })
    expect(status).toBe(201)
    expect(body.doc.slug).toBe('the-revival-in-the-hebrides-what-happened')
    expect(body.doc._status).toBe('draft')
  })

  it('should refuse a duplicate slug with 400 naming the field, and write nothing', async () => {
    const { status, body } = await admin.rest('POST', '/api/posts', {
      title: 'Another title',
      slug: 'the-revival-in-the-hebrides-what-happened',
      generateSlug: false,
    })
    expect(status).toBe(400)
    expect(body.errors[0].data.errors[0].path).toBe('slug')
    const { body: list } = await admin.rest(
      'GET',
      '/api/posts?where[title][equals]=Another%20title&draft=true',
    )
    expect(list.totalDocs).toBe(0)
  })

  it('should refuse a slug that is not lowercase words and hyphens', async () => {
    const { status, body } = await admin.rest('POST', '/api/posts', {
      title: 'Bad slug',
      slug: 'Bad Slug!',
      generateSlug: false,
    })
    expect(status).toBe(400)
    expect(body.errors[0].data.errors[0]).toMatchObject({ path: 'slug' })
    expect(body.errors[0].data.errors[0].message).toMatch(/lowercase/)
  })

  it('should refuse a reference that cannot be a document ID with 400 naming the field', async () => {
    for (const [field, value] of [
      ['featuredImage', 'not-an-id'],
      ['featuredImage', 42],
      ['categories', ['not-an-id']],
    ] as const) {
      const { status, body } = await admin.rest('POST', '/api/posts', {
        title: 'A post with a bad reference',
        [field]: value,
      })
      expect({ field, status }).toEqual({ field, status: 400 })
      expect(body.errors[0].data.errors[0]).toMatchObject({ path: field })
      expect(body.errors[0].data.errors[0].message).toMatch(/ID/)
    }
  })

  it('should refuse a post without a title', async () => {
    const { status, body } = await admin.rest('POST', '/api/posts', { slug: 'untitled' })
    expect(status).toBe(400)
    expect(body.errors[0].data.errors.map((e: { path: string }) => e.path)).toContain('title')
  })

  it('should keep drafts from the public and show them once published', async () => {
    const { body: authors } = await admin.rest(
      'GET',
      '/api/authors?where[slug][equals]=douglas-m-webb',
    )
    const { body: created } = await admin.rest('POST', '/api/posts', {
      title: 'Calm disagreement',
      authors: [authors.docs[0].id],
    })
    const publicQuery =
      '{ Posts(where: { slug: { equals: "calm-disagreement" } }) { docs { title } } }'

    expect((await anonymous.graphql(publicQuery)).body.data.Posts.docs).toEqual([])
    expect((await anonymous.rest('GET', `/api/posts/${created.doc.id}`)).status).toBe(404)

    const { status } = await admin.rest('PATCH', `/api/posts/${created.doc.id}`, {
      _status: 'published',
    })
    expect(status).toBe(200)
    expect((await anonymous.graphql(publicQuery)).body.data.Posts.docs).toEqual([
      { title: 'Calm disagreement' },
    ])
    const { body: rest } = await anonymous.rest(
      'GET',
      '/api/posts?where[slug][equals]=calm-disagreement',
    )
    expect(rest.docs[0].title).toBe('Calm disagreement')
    expect(typeof rest.docs[0].id).toBe('string')
  })

  it('should refuse writes from the public with 401, saying what was refused', async () => {
    const { status, body } = await anonymous.rest('POST', '/api/posts', { title: 'Spam' })
    expect(status).toBe(401)
    expect(body.errors[0].message).toBe('Sign in to create posts: the public may not.')
  })

  it('should not let a user change their own roles', async () => {
    const contributor = apiClient(server.url)
    await contributor.login('contributor@example.com', 'demo-password-1')
    const { body: me } = await contributor.rest('GET', '/api/users/me')
    await contributor.rest('PATCH', `/api/users/${me.user.id}`, { roles: ['admin'] })
    const { body: after } = await admin.rest('GET', `/api/users/${me.user.id}`)
    expect(after.roles).toEqual(['contributor'])
  })
})
