/**
 * The migration that brought the body's plain-text copy gives it to posts written before: in the
 * documents and in their versions, so the admin's search (which reads the latest versions) finds
 * them at once.
 */
import { sql, type SQLiteAdapter } from '@payloadcms/db-sqlite'

import { backfillSearchText } from '../../src/migrations/sqlite/20261130_224314_admin_lists'
import { seed } from '../../src/seed'
import { bootPayload, type TestPayload } from '../helpers/payload'

describe('the search text of posts written before it existed (SQLite)', () => {
  let ctx: TestPayload

  beforeAll(async () => {
    ctx = await bootPayload('search-text-backfill')
    await seed(ctx.payload, { demoPassword: 'demo-password-1', log: () => {} })
  })
  afterAll(async () => {
    await ctx?.teardown()
  })

  it('should fill the plain-text copy of every post and version from its content', async () => {
    if (ctx.payload.db.name !== 'sqlite') return
    const db = (ctx.payload.db as unknown as SQLiteAdapter).drizzle
    // As the tables were before the migration: the column there, empty.
    await db.run(sql`UPDATE posts SET search_text = NULL`)
    await db.run(sql`UPDATE _posts_v SET version_search_text = NULL`)
    const search = () =>
      ctx.payload.find({
        collection: 'posts',
        draft: true,
        depth: 0,
        where: { searchText: { like: 'Hezbollah' } },
      })
    expect((await search()).docs).toHaveLength(0)

    await backfillSearchText(db, 'posts', 'content', 'search_text')
    await backfillSearchText(db, '_posts_v', 'version_content', 'version_search_text')

    expect((await search()).docs.map((doc) => doc.title)).toEqual([
      'Why the ceasefire talks keep failing',
    ])
    const empty = await db.run(
      sql`SELECT count(*) AS n FROM _posts_v WHERE version_content IS NOT NULL AND version_search_text IS NULL`,
    )
    expect(Number(empty.rows[0]!.n)).toBe(0)
    // A block's reference (the reader question it quotes) is an ID, not words to search.
    const texts = await db.run(sql`SELECT version_search_text AS text FROM _posts_v`)
    for (const row of texts.rows)
      expect(String(row.text ?? '')).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-/i)
  })
})
