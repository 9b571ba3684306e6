import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`posts\` ADD \`import_hash\` text;`)
  await db.run(sql`CREATE INDEX \`posts_import_hash_idx\` ON \`posts\` (\`import_hash\`);`)
  await db.run(sql`ALTER TABLE \`_posts_v\` ADD \`version_import_hash\` text;`)
  await db.run(sql`CREATE INDEX \`_posts_v_version_version_import_hash_idx\` ON \`_posts_v\` (\`version_import_hash\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`posts_import_hash_idx\`;`)
  await db.run(sql`ALTER TABLE \`posts\` DROP COLUMN \`import_hash\`;`)
  await db.run(sql`DROP INDEX \`_posts_v_version_version_import_hash_idx\`;`)
  await db.run(sql`ALTER TABLE \`_posts_v\` DROP COLUMN \`version_import_hash\`;`)
}
