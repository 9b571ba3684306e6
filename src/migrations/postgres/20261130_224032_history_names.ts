import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-postgres'

import { displayNameOf, NAMELESS } from '../../lib/people'

/** The workflow history of each collection with drafts, and of its versions. */
const HISTORY_TABLES = [
  'posts_history',
  '_posts_v_version_history',
  'galleries_history',
  '_galleries_v_version_history',
  'artworks_history',
  '_artworks_v_version_history',
]

/**
 * The Postgres twin of ../sqlite/20261130_190000_history_names.ts: history rows that name the
 * actor by email (a database restored from an old export can hold them) name the account by its
 * display name instead; rows of deleted accounts say "a team member". Data only.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  const users = (await db.execute(sql`SELECT id, name FROM users`)).rows as unknown as {
    id: string
    name: string | null
  }[]
  const roles = (await db.execute(sql`SELECT parent_id, value FROM users_roles ORDER BY "order"`))
    .rows as unknown as { parent_id: string; value: string }[]
  for (const table of HISTORY_TABLES) {
    for (const user of users) {
      const name = displayNameOf({
        name: user.name,
        roles: roles.filter((role) => role.parent_id === user.id).map((role) => role.value),
      })
      await db.execute(
        sql`UPDATE ${sql.identifier(table)} SET by_name = ${name} WHERE by_id = ${user.id} AND by_name LIKE '%@%'`,
      )
    }
    await db.execute(
      sql`UPDATE ${sql.identifier(table)} SET by_name = ${NAMELESS} WHERE by_name LIKE '%@%'`,
    )
  }
}

/** The addresses are gone on purpose; there is nothing to put back. */
export async function down(_args: MigrateDownArgs): Promise<void> {}
