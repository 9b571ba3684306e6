import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

import { searchTextOf } from '../../../collections/Posts/hooks/keepSearchText'

/** Each row's rich text as its plain-text copy, in batches (the SQLite twin does the same). */
async function backfillSearchText(
  db: MigrateUpArgs['db'],
  table: 'posts' | '_posts_v',
  content: string,
  target: string,
): Promise<void> {
  const BATCH = 200
  for (let offset = 0; ; offset += BATCH) {
    const { rows } = await db.execute(
      sql`SELECT id, ${sql.identifier(content)} AS content FROM ${sql.identifier(table)} ORDER BY id LIMIT ${BATCH} OFFSET ${offset}`,
    )
    for (const row of rows as { id: string; content: unknown }[]) {
      const value = typeof row.content === 'string' ? JSON.parse(row.content) : row.content
      const text = value ? searchTextOf(value) : ''
      await db.execute(
        sql`UPDATE ${sql.identifier(table)} SET ${sql.identifier(target)} = ${text} WHERE id = ${row.id}`,
      )
    }
    if (rows.length < BATCH) return
  }
}

/**
 * Posts keep their body as plain text for the admin's search, and the admin list reads the latest
 * versions by last change (the API keeps its order by publication, with its own index).
 */

export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "_posts_v_latest_sort_idx";
  ALTER TABLE "posts" ADD COLUMN "search_text" varchar;
  ALTER TABLE "_posts_v" ADD COLUMN "version_search_text" varchar;
  CREATE INDEX "_posts_v_latest_api_sort_idx" ON "_posts_v" USING btree ("latest","version_published_at","created_at");
  CREATE INDEX "_posts_v_latest_sort_idx" ON "_posts_v" USING btree ("latest","version_updated_at","created_at");`)
  await backfillSearchText(db, 'posts', 'content', 'search_text')
  await backfillSearchText(db, '_posts_v', 'version_content', 'version_search_text')
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "_posts_v_latest_api_sort_idx";
  DROP INDEX "_posts_v_latest_sort_idx";
  CREATE INDEX "_posts_v_latest_sort_idx" ON "_posts_v" USING btree ("latest","version_published_at","created_at");
  ALTER TABLE "posts" DROP COLUMN "search_text";
  ALTER TABLE "_posts_v" DROP COLUMN "version_search_text";`)
}
