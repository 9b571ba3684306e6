/**
 * Every list a frontend or the admin asks for by default, read through the Local API as that
 * reader would, on a blog with a few hundred posts and a thousand comments: the SQL Payload sends
 * must be answered from indexes, not by reading and sorting whole tables. On SQLite and on
 * Postgres (TEST_DATABASE_URI; ./postgresPlans.ts checks that an index can serve every read);
 * MongoDB gets the same indexes from the schema.
 */
import type { Payload, Where } from 'payload'

import { seed } from '../../src/seed'
import { bootPayload, type TestPayload } from '../helpers/payload'
import { refreshDatabaseStatistics } from '../../src/lib/database'
import {
  capture,
  explain,
  formatPlan,
  hasPlannerStatistics,
  plannerRowCount,
  planProblems,
  rowCounts,
  type Statement,
} from './queryPlans'
import {
  capturePg,
  explainPg,
  formatPgPlan,
  pgPlannerRowCount,
  pgPlanProblems,
  pgRowCounts,
} from './postgresPlans'

const POSTS = 300
const COMMENTS = 1200
/** Tables with more rows than this must not be read whole. */
const LARGE = 100
const quiet = { disableWebhooks: true, disableNotifications: true }

type Ids = {
  postId: string
  authorId: string
  artistId: string
  categoryId: string
  tagId: string
  artworkId: string
  editor: Record<string, unknown>
}

/** The demo site plus a blog's worth of posts (each with versions) and comments under them. */
async function seedBlog(payload: Payload): Promise<Ids> {
  await seed(payload, { demoPassword: 'demo-password-1', log: () => {} })
  const first = async (collection: 'authors' | 'categories' | 'tags' | 'media' | 'artworks') =>
    (await payload.find({ collection, limit: 10, depth: 0, sort: 'createdAt' })).docs.map((doc) =>
      String(doc.id),
    )
  const [authors, categories, tags, media, artworks] = await Promise.all([
    first('authors'),
    first('categories'),
    first('tags'),
    first('media'),
    first('artworks'),
  ])
  const editor = (
    await payload.find({ collection: 'users', where: { email: { equals: 'editor@example.com' } } })
  ).docs[0]!
  const pick = <T>(list: T[], i: number) => list[i % list.length]!
  const postIds: string[] = []
  for (let i = 0; i < POSTS; i++) {
    const published = i % 10 !== 0
    const post = await payload.create({
      collection: 'posts',
      overrideAccess: true,
      context: quiet,
      depth: 0,
      data: {
        title: `Generated post number ${i}`,
        excerpt: `The ${i}th post of a growing blog.`,
        authors: [pick(authors, i)],
        categories: [pick(categories, i), pick(categories, i + 1)],
        tags: [pick(tags, i)],
        featuredImage: pick(media, i),
        owner: String(editor.id),
        publishedAt: new Date(Date.UTC(2020, 0, 1) + i * 86_400_000).toISOString(),
        corrections: i % 7 === 0 ? [{ date: new Date().toISOString(), note: 'A fix.' }] : [],
        _status: published ? 'published' : 'draft',
      } as never,
    })
    postIds.push(String(post.id))
  }
  // Comments go straight to the adapter: the policy's limits would refuse a thousand at once.
  for (let i = 0; i < COMMENTS; i++) {
    await payload.db.create({
      collection: 'comments',
      data: {
        post: pick(postIds, i),
        name: `Reader ${i}`,
        email: `reader${i % 50}@readers.example`,
        body: 'A thoughtful reply.',
        kind: 'comment',
        status: ['approved', 'approved', 'pending', 'spam'][i % 4],
        visibility: 'public',
        depth: 0,
      },
    })
  }
  // What the server's hourly upkeep does, on the connection that just wrote and read all this.
  await refreshDatabaseStatistics(payload)
  return {
    postId: postIds[POSTS - 1]!,
    authorId: authors[0]!,
    artistId: (await payload.find({ collection: 'authors', where: { kind: { equals: 'artist' } } }))
      .docs[0]!.id as string,
    categoryId: categories[0]!,
    tagId: tags[0]!,
    artworkId: artworks[0]!,
    editor: { ...editor, collection: 'users' },
  }
}

type Read = [name: string, read: (payload: Payload, ids: Ids) => Promise<unknown>]

const anonymous = { overrideAccess: false } as const
const postsWhere = (where: Where) => (payload: Payload) =>
  payload.find({ collection: 'posts', ...anonymous, where })

/** What a frontend reads, as an anonymous reader (REST and GraphQL run the same operations). */
const PUBLIC_READS: Read[] = [
  ['the posts list', (payload) => payload.find({ collection: 'posts', ...anonymous })],
  [
    'the posts list, page 5',
    (payload) => payload.find({ collection: 'posts', ...anonymous, page: 5 }),
  ],
  [
    'a post by slug',
    (payload) => postsWhere({ slug: { equals: 'generated-post-number-250' } })(payload),
  ],
  [
    'posts by an author',
    (payload, ids) => postsWhere({ authors: { in: [ids.authorId] } })(payload),
  ],
  [
    'posts in a category',
    (payload, ids) => postsWhere({ categories: { in: [ids.categoryId] } })(payload),
  ],
  ['posts with a tag', (payload, ids) => postsWhere({ tags: { in: [ids.tagId] } })(payload)],
  ['the artworks list', (payload) => payload.find({ collection: 'artworks', ...anonymous })],
  [
    'artworks by an artist',
    (payload, ids) =>
      payload.find({
        collection: 'artworks',
        ...anonymous,
        where: { artist: { equals: ids.artistId } },
      }),
  ],
  ['the galleries list', (payload) => payload.find({ collection: 'galleries', ...anonymous })],
  ['the authors list', (payload) => payload.find({ collection: 'authors', ...anonymous })],
  [
    'an author page (joins: posts, artworks)',
    (payload, ids) =>
      payload.findByID({ collection: 'authors', id: ids.authorId, ...anonymous, depth: 1 }),
  ],
  [
    'the categories list',
    (payload) => payload.find({ collection: 'categories', ...anonymous, sort: 'title' }),
  ],
  [
    'a category page (join: posts)',
    (payload, ids) =>
      payload.findByID({ collection: 'categories', id: ids.categoryId, ...anonymous, depth: 1 }),
  ],
  ['the tags list', (payload) => payload.find({ collection: 'tags', ...anonymous })],
  [
    'a tag page (join: posts)',
    (payload, ids) =>
      payload.findByID({ collection: 'tags', id: ids.tagId, ...anonymous, depth: 1 }),
  ],
  [
    'an artwork page (join: galleries)',
    (payload, ids) =>
      payload.findByID({ collection: 'artworks', id: ids.artworkId, ...anonymous, depth: 1 }),
  ],
  ['the media list', (payload) => payload.find({ collection: 'media', ...anonymous })],
  [
    'the comments under a post',
    (payload, ids) =>
      payload.find({
        collection: 'comments',
        ...anonymous,
        where: { post: { equals: ids.postId } },
        sort: 'createdAt',
      }),
  ],
  ['the latest comments', (payload) => payload.find({ collection: 'comments', ...anonymous })],
  [
    'the answered reader questions',
    (payload) => payload.find({ collection: 'reader-questions', ...anonymous }),
  ],
]

/** What the admin's default views read, as an editor. */
const ADMIN_READS: Read[] = [
  [
    'the admin posts list (drafts)',
    (payload, ids) =>
      payload.find({
        collection: 'posts',
        overrideAccess: false,
        user: ids.editor,
        draft: true,
        depth: 0,
      }),
  ],
  [
    // What the admin's posts list sends: its default sort, last change first.
    'the admin posts list (drafts, last change first)',
    (payload, ids) =>
      payload.find({
        collection: 'posts',
        overrideAccess: false,
        user: ids.editor,
        draft: true,
        depth: 0,
        sort: '-updatedAt',
      }),
  ],
  [
    'the admin comments queue',
    (payload, ids) =>
      payload.find({
        collection: 'comments',
        overrideAccess: false,
        user: ids.editor,
        where: { status: { equals: 'pending' } },
        depth: 0,
      }),
  ],
  [
    "a post's versions",
    (payload, ids) =>
      payload.findVersions({
        collection: 'posts',
        overrideAccess: false,
        user: ids.editor,
        where: { parent: { equals: ids.postId } },
        sort: '-updatedAt',
        depth: 0,
      }),
  ],
  [
    'the admin artworks list (drafts)',
    (payload, ids) =>
      payload.find({
        collection: 'artworks',
        overrideAccess: false,
        user: ids.editor,
        draft: true,
        depth: 0,
      }),
  ],
]

describe('query plans of the default reads (SQLite, Postgres)', () => {
  let ctx: TestPayload
  let ids: Ids
  let counts: Map<string, number>

  let analyzedAtStart = false

  beforeAll(async () => {
    ctx = await bootPayload('query-plans')
    if (ctx.payload.db.name === 'postgres') {
      ids = await seedBlog(ctx.payload)
      counts = await pgRowCounts(ctx.payload)
      return
    }
    if (ctx.payload.db.name !== 'sqlite') return
    analyzedAtStart = await hasPlannerStatistics(ctx.payload)
    ids = await seedBlog(ctx.payload)
    counts = await rowCounts(ctx.payload)
  }, 600_000)
  afterAll(() => ctx?.teardown())

  /** Postgres: every SELECT of the read can be answered from indexes. */
  const checkPostgres = async ([name, read]: Read) => {
    const statements = await capturePg(ctx.payload, () => read(ctx.payload, ids))
    expect(statements.length).toBeGreaterThan(0)
    const report: string[] = []
    for (const statement of statements) {
      const plan = await explainPg(ctx.payload, statement)
      const problems = pgPlanProblems(plan, counts, LARGE)
      if (problems.length > 0)
        report.push(
          `${problems.join('; ')}\n  in: ${statement.sql.slice(0, 300)}\n  plan:\n${formatPgPlan(plan)}`,
        )
      if (process.env.SHOW_PLANS)
        process.stdout.write(`${name}\n${statement.sql}\n${formatPgPlan(plan)}\n\n`)
    }
    expect({ read: name, problems: report }).toEqual({ read: name, problems: [] })
  }

  const check = async ([name, read]: Read) => {
    if (ctx.payload.db.name === 'postgres') return checkPostgres([name, read])
    if (ctx.payload.db.name !== 'sqlite') return
    const statements = await capture(ctx.payload, () => read(ctx.payload, ids))
    expect(statements.length).toBeGreaterThan(0)
    const report: string[] = []
    for (const statement of statements) {
      const plan = await explain(ctx.payload, statement)
      const problems = planProblems(plan, statement, counts, LARGE)
      if (problems.length > 0) report.push(reportOf(statement, problems, formatPlan(plan)))
      if (process.env.SHOW_PLANS)
        process.stdout.write(`${name}\n${statement.sql}\n${formatPlan(plan)}\n\n`)
    }
    expect({ read: name, problems: report }).toEqual({ read: name, problems: [] })
  }

  it('should give the planner statistics at start and refresh them as the blog grows', async () => {
    if (ctx.payload.db.name === 'postgres') {
      // seedBlog ends with the hourly refresh (ANALYZE), after writing the posts.
      expect(await pgPlannerRowCount(ctx.payload, 'posts')).toBeGreaterThanOrEqual(POSTS)
      return
    }
    if (ctx.payload.db.name !== 'sqlite') return
    expect(analyzedAtStart).toBe(true)
    // seedBlog ends with the hourly refresh, after writing and reading the posts.
    expect(await plannerRowCount(ctx.payload, 'posts')).toBeGreaterThanOrEqual(POSTS)
  })

  it("should not load what an anonymous reader can never see, nor the populated documents' joins", async () => {
    if (ctx.payload.db.name !== 'sqlite') return
    const sql = async (user?: Record<string, unknown>) =>
      (
        await capture(ctx.payload, () =>
          ctx.payload.find({ collection: 'posts', overrideAccess: false, user, depth: 2 }),
        )
      )
        .map((statement) => statement.sql)
        .join('\n')
    const anonymous = await sql()
    expect(anonymous).not.toMatch(/posts_history|"owner_id"|"import_hash"/)
    // Authors, categories and tags come as cards: none of them runs its posts join.
    expect(anonymous).not.toMatch(/posts_alias/)
    const page = await ctx.payload.find({ collection: 'posts', overrideAccess: false, depth: 2 })
    expect(page.docs[0]).toMatchObject({ title: expect.any(String), stage: 'published' })
    expect(page.docs[0]).not.toHaveProperty('history')
    expect(page.docs[0]).not.toHaveProperty('owner')
    expect(page.docs[0]!.authors![0]).toEqual({
      id: expect.any(String),
      name: expect.any(String),
      slug: expect.any(String),
      kind: expect.any(String),
      shortBio: expect.anything(),
      portrait: expect.objectContaining({ url: expect.any(String), alt: expect.any(String) }),
    })

    // Staff read every field, as before.
    expect(await sql(ids.editor)).toMatch(/posts_history/)
  })

  it.each(PUBLIC_READS)('should answer %s from indexes', async (name, read) => check([name, read]))
  it.each(ADMIN_READS)('should answer %s from indexes', async (name, read) => check([name, read]))
})

const reportOf = (statement: Statement, problems: string[], plan: string) =>
  `${problems.join('; ')}\n  in: ${statement.sql.slice(0, 300)}\n  plan:\n${plan}`
