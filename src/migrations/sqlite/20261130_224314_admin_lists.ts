import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

import { searchTextOf } from '../../../collections/Posts/hooks/keepSearchText'

/** Each row's rich text as its plain-text copy, in batches, so a large blog is not held in memory. */
export async function backfillSearchText(
  db: MigrateUpArgs['db'],
  table: 'posts' | '_posts_v',
  content: string,
  target: string,
): Promise<void> {
  const BATCH = 200
  for (let offset = 0; ; offset += BATCH) {
    const rows = (
      await db.run(
        sql`SELECT id, ${sql.identifier(content)} AS content FROM ${sql.identifier(table)} ORDER BY id LIMIT ${BATCH} OFFSET ${offset}`,
      )
    ).rows as unknown as { id: string | number; content: string | null }[]
    for (const row of rows) {
      let text = ''
      try {
        text = row.content ? searchTextOf(JSON.parse(row.content)) : ''
      } catch (error) {
        throw new Error(`${table} ${row.id}: its content is not JSON (${(error as Error).message})`)
      }
      await db.run(
        sql`UPDATE ${sql.identifier(table)} SET ${sql.identifier(target)} = ${text} WHERE id = ${row.id}`,
      )
    }
    if (rows.length < BATCH) return
  }
}

/**
 * Posts keep their body as plain text for the admin's search, and the admin list reads the latest
 * versions by last change (the API keeps its order by publication, with its own index). Existing
 * posts and their versions get the plain text here; saves keep it from now on.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`_posts_v_latest_sort_idx\`;`)
  await db.run(sql`ALTER TABLE \`_posts_v\` ADD \`version_search_text\` text;`)
  await db.run(sql`CREATE INDEX \`_posts_v_latest_api_sort_idx\` ON \`_posts_v\` (\`latest\`,\`version_published_at\`,\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_posts_v_latest_sort_idx\` ON \`_posts_v\` (\`latest\`,\`version_updated_at\`,\`created_at\`);`)
  await db.run(sql`ALTER TABLE \`posts\` ADD \`search_text\` text;`)
  await backfillSearchText(db, 'posts', 'content', 'search_text')
  await backfillSearchText(db, '_posts_v', 'version_content', 'version_search_text')
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`_posts_v_latest_api_sort_idx\`;`)
  await db.run(sql`DROP INDEX \`_posts_v_latest_sort_idx\`;`)
  await db.run(sql`CREATE INDEX \`_posts_v_latest_sort_idx\` ON \`_posts_v\` (\`latest\`,\`version_published_at\`,\`created_at\`);`)
  await db.run(sql`ALTER TABLE \`_posts_v\` DROP COLUMN \`version_search_text\`;`)
  await db.run(sql`ALTER TABLE \`posts\` DROP COLUMN \`search_text\`;`)
}
