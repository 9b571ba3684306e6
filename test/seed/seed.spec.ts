import { ROLES } from '../../access/roles'
import { seed } from '../../src/seed'
import { bootPayload, type TestPayload } from '../helpers/payload'

describe('the demo seed (Local API)', () => {
  let ctx: TestPayload

  beforeAll(async () => {
    ctx = await bootPayload('seed')
  })
  afterAll(() => ctx?.teardown())

  it('should create one login per role, named <role>@example.com', async () => {
    const { logins, counts } = await seed(ctx.payload, {
      demoPassword: 'demo-password-1',
      log: () => {},
    })
    expect(logins.map((login) => login.email)).toEqual(ROLES.map((role) => `${role}@example.com`))
    expect(Object.values(counts).every((count) => count.existing === 0)).toBe(true)

    const users = await ctx.payload.find({ collection: 'users', sort: 'email', limit: 20 })
    expect(users.totalDocs).toBe(ROLES.length)
    for (const role of ROLES) {
      const user = users.docs.find((doc) => doc.email === `${role}@example.com`)
      expect(user?.roles).toEqual([role])
    }
  })

  it('should load the demo site: authors, gallery, posts and settings', async () => {
    const { payload } = ctx
    const douglas = (
      await payload.find({ collection: 'authors', where: { slug: { equals: 'douglas-m-webb' } } })
    ).docs[0]
    expect(douglas?.name).toBe('Douglas M Webb')
    expect(douglas?.kind).toBe('writer')
    // The author login is linked to Douglas's profile.
    expect((douglas?.user as { email: string }).email).toBe('author@example.com')

    const gallery = (
      await payload.find({
        collection: 'galleries',
        where: { slug: { equals: 'judis-icons' } },
        depth: 1,
      })
    ).docs[0]
    expect(gallery?.items?.map((item) => (item.artwork as { slug: string }).slug)).toEqual([
      'madonna-and-child',
      'christ-pantocrator',
      'saint-nicholas',
    ])

    const posts = await payload.find({ collection: 'posts', sort: 'publishedAt', depth: 0 })
    expect(posts.docs.map((post) => post.slug)).toEqual([
      'the-revival-in-the-hebrides',
      'why-a-ceasefire-resolution-may-have-cut-short-the-hostage-talks',
      'why-the-ceasefire-talks-keep-failing',
    ])
    expect(
      posts.docs.every((post) => post._status === 'published' && (post.wordCount ?? 0) > 100),
    ).toBe(true)

    const settings = await payload.findGlobal({ slug: 'site-settings', depth: 1 })
    expect((settings.featuredArtwork?.artwork as { subject: string }).subject).toBe(
      'Madonna and Child',
    )
    expect((settings.aboutAuthor as { slug: string }).slug).toBe('douglas-m-webb')

    const icon = (
      await payload.find({
        collection: 'media',
        where: { filename: { equals: 'madonna-and-child.png' } },
      })
    ).docs[0]
    expect(icon?.width).toBe(900)
    expect(icon?.sizes?.og).toMatchObject({ width: 1200, height: 630 })
  })

  it('should give a new moderator a queue: held and approved comments, a reply and a question', async () => {
    const { payload } = ctx
    const { docs } = await payload.find({
      collection: 'comments',
      sort: 'createdAt',
      limit: 100,
      depth: 0,
    })
    const fired = (doc: (typeof docs)[number]) =>
      ((doc.verdict as { fired?: { title: string }[] } | null)?.fired ?? []).map(
        (rule) => rule.title,
      )
    const held = docs.filter((doc) => doc.status === 'pending')
    expect(held.map((doc) => doc.name)).toEqual(['Kenneth Ross', 'Grant', 'Fiona'])
    expect(fired(held[0]!)).toContain('No political comments')
    expect(fired(held[1]!)).toContain('Calm down before commenting')
    expect(fired(held[2]!)).toContain('Not too many links')
    const approved = docs.filter((doc) => doc.status === 'approved')
    expect(approved.map((doc) => doc.name)).toEqual([
      'Ailsa Morrison',
      'Douglas M Webb',
      'Tomas Lindqvist',
    ])
    const reply = approved[1]!
    expect(reply).toMatchObject({ fromAuthor: true, depth: 1, parent: approved[0]!.id })

    const questions = await payload.find({ collection: 'reader-questions', depth: 0 })
    expect(questions.docs.map((doc) => [doc.name, doc.status])).toEqual([
      ['Elspeth Grant', 'waiting'],
    ])
  })

  it('should create and change nothing when run again', async () => {
    const { payload } = ctx
    const snapshot = async () => {
      const out: Record<string, unknown[]> = {}
      for (const collection of [
        'users',
        'authors',
        'categories',
        'tags',
        'media',
        'artworks',
        'galleries',
        'posts',
        'comments',
        'reader-questions',
      ] as const) {
        const { docs } = await payload.find({ collection, limit: 100, depth: 0, sort: 'createdAt' })
        out[collection] = docs.map((doc) => [doc.id, doc.updatedAt])
      }
      out.settings = [(await payload.findGlobal({ slug: 'site-settings' })).updatedAt]
      return out
    }
    const before = await snapshot()
    const { logins, counts } = await seed(payload, {
      demoPassword: 'another-password',
      log: () => {},
    })
    expect(logins).toEqual([])
    expect(Object.values(counts).every((count) => count.created === 0)).toBe(true)
    expect(await snapshot()).toEqual(before)
    // The first password still works: a re-run never resets it.
    const login = await payload.login({
      collection: 'users',
      data: { email: 'editor@example.com', password: 'demo-password-1' },
    })
    expect(login.user?.email).toBe('editor@example.com')
  })
})
