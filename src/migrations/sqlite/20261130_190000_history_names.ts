import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-sqlite'

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
 * History rows used to name the actor by email, which every writer could read. Each such row now
 * names the account by its display name (src/lib/people.ts); rows of deleted accounts say
 * "a team member". Data only: the schema is unchanged.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  const users = (await db.run(sql`SELECT id, name FROM users`)).rows as unknown as {
    id: string
    name: string | null
  }[]
  const roles = (await db.run(sql`SELECT parent_id, value FROM users_roles ORDER BY "order"`))
    .rows as unknown as { parent_id: string; value: string }[]
  for (const table of HISTORY_TABLES) {
    for (const user of users) {
      const name = displayNameOf({
        name: user.name,
        roles: roles.filter((role) => role.parent_id === user.id).map((role) => role.value),
      })
      await db.run(
        sql`UPDATE ${sql.identifier(table)} SET by_name = ${name} WHERE by_id = ${user.id} AND by_name LIKE '%@%'`,
      )
    }
    await db.run(
      sql`UPDATE ${sql.identifier(table)} SET by_name = ${NAMELESS} WHERE by_name LIKE '%@%'`,
    )
  }
}

/** The addresses are gone on purpose; there is nothing to put back. */
export async function down(_args: MigrateDownArgs): Promise<void> {}
