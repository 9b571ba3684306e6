/**
 * The workflow history names people, not their addresses: new rows carry the display name, rows
 * written before (emails) are hidden on read and rewritten by the migration, in the documents and
 * in their versions.
 */
import { sql, type SQLiteAdapter } from '@payloadcms/db-sqlite'

import { up as migrateHistoryNames } from '../../src/migrations/sqlite/20261130_190000_history_names'
import { NAMELESS } from '../../src/lib/people'
import { seed } from '../../src/seed'
import { bootPayload, type TestPayload } from '../helpers/payload'

type Row = { byName?: string | null; to?: string }
const EMAIL = /\S@\S/

describe('names in the workflow history (Local API)', () => {
  let ctx: TestPayload
  let postId: string
  const userOf = async (email: string) =>
    (await ctx.payload.find({ collection: 'users', where: { email: { equals: email } } })).docs[0]!

  const history = async (role: string, id = postId) => {
    const doc = await ctx.payload.findByID({
      collection: 'posts',
      id,
      user: await userOf(`${role}@example.com`),
      overrideAccess: false,
      depth: 0,
    })
    return (doc.history ?? []) as Row[]
  }

  beforeAll(async () => {
    ctx = await bootPayload('history-names')
    await seed(ctx.payload, { demoPassword: 'demo-password-1', log: () => {} })
    postId = (
      await ctx.payload.find({
        collection: 'posts',
        where: { slug: { equals: 'the-revival-in-the-hebrides' } },
      })
    ).docs[0]!.id
    const editor = await userOf('editor@example.com')
    const admin = await ctx.payload.update({
      collection: 'users',
      id: (await userOf('admin@example.com')).id,
      data: { name: '' },
    })
    await ctx.payload.update({
      collection: 'posts',
      id: postId,
      data: { stage: 'unpublished' },
      user: editor,
      overrideAccess: false,
    })
    await ctx.payload.update({
      collection: 'posts',
      id: postId,
      data: { stage: 'published' },
      user: admin,
      overrideAccess: false,
    })
  })
  afterAll(() => ctx?.teardown())

  it('should record the display name, or the role when there is no name', async () => {
    const rows = await history('author')
    expect(rows.slice(-2)).toEqual([
      expect.objectContaining({ to: 'unpublished', byName: 'Demo editor' }),
      expect.objectContaining({ to: 'published', byName: 'an administrator' }),
    ])
  })

  it('should show a contributor when and why it moved, but not who moved someone else’s post', async () => {
    const rows = await history('contributor')
    expect(rows.slice(-2)).toEqual([
      expect.objectContaining({ to: 'unpublished' }),
      expect.objectContaining({ to: 'published' }),
    ])
    for (const row of rows) {
      expect(row).not.toHaveProperty('byName')
      expect(row).not.toHaveProperty('by')
    }
  })

  it('should keep addresses out of the seeded history and every version of it', async () => {
    // Read as a person: the history is left out of reads made for nobody.
    const user = await userOf('admin@example.com')
    const posts = await ctx.payload.find({ collection: 'posts', depth: 0, limit: 100, user })
    const versions = await ctx.payload.findVersions({
      collection: 'posts',
      depth: 0,
      limit: 1000,
      user,
    })
    const names = [
      ...posts.docs.flatMap((post) => post.history ?? []),
      ...versions.docs.flatMap((version) => version.version.history ?? []),
    ].map((row) => (row as Row).byName)
    expect(names.length).toBeGreaterThan(0)
    expect(names.filter((name) => EMAIL.test(String(name)))).toEqual([])
  })

  it('should hide addresses stored before, and the migration should replace them with names', async () => {
    if (ctx.payload.db.name !== 'sqlite') return
    const db = (ctx.payload.db as unknown as SQLiteAdapter).drizzle
    // What rows written before this change hold: the actor's email.
    for (const table of ['posts_history', '_posts_v_version_history'])
      await db.run(
        sql`UPDATE ${sql.identifier(table)} SET by_name = (SELECT email FROM users WHERE users.id = ${sql.identifier(table)}.by_id) WHERE by_id IS NOT NULL`,
      )
    const stored = await db.run(
      sql`SELECT count(*) AS n FROM posts_history WHERE by_name LIKE '%@%'`,
    )
    expect(Number(stored.rows[0]!.n)).toBeGreaterThan(0)
    expect((await history('author')).slice(-2).map((row) => row.byName)).toEqual([
      NAMELESS,
      NAMELESS,
    ])

    await migrateHistoryNames({ db, payload: ctx.payload, req: {} as never })
    for (const table of ['posts_history', '_posts_v_version_history']) {
      const left = await db.run(
        sql`SELECT count(*) AS n FROM ${sql.identifier(table)} WHERE by_name LIKE '%@%'`,
      )
      expect(Number(left.rows[0]!.n)).toBe(0)
    }
    expect((await history('author')).slice(-2).map((row) => row.byName)).toEqual([
      'Demo editor',
      'an administrator',
    ])
  })
})
