import { randomUUID } from 'node:crypto'
import path from 'node:path'

import { makeTempDir } from './tempDir'
import { postgresDatabaseUri, psql, psqlRows } from '../../src/scripts/throwawayPostgres'

/** A database plus a folder for its uploaded files, both removed by `cleanup`. */
export type TestDatabase = {
  uri: string
  mediaDir: string
  /** The variables that point a server at this database. */
  env: { DATABASE_URI: string; MEDIA_DIR: string }
  cleanup: () => void
}

/** True when TEST_DATABASE_URI points the suite at a Postgres server. */
export const testsOnPostgres = () => isPostgresUri(process.env.TEST_DATABASE_URI)

export const isPostgresUri = (uri: string | undefined): uri is string =>
  Boolean(uri && /^postgres(ql)?:\/\//.test(uri))

/**
 * A new, empty database `cms_test_<name>_<random>` on the Postgres server at `serverUri`;
 * `cleanup` drops it (closing whatever connections are left).
 */
export function postgresTestDatabase(serverUri: string, name: string): TestDatabase {
  const database = `cms_test_${name.replace(/\W/g, '_').toLowerCase()}_${randomUUID().slice(0, 8)}`
  psql(serverUri, `CREATE DATABASE "${database}"`)
  const media = makeTempDir(`${name}-media`)
  return withEnv({
    uri: postgresDatabaseUri(serverUri, database),
    mediaDir: media.dir,
    cleanup: () => {
      psql(serverUri, `DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`)
      media.remove()
    },
  })
}

/**
 * A throw-away database for one test file: a SQLite file in a temp folder, or, when
 * TEST_DATABASE_URI points at MongoDB or Postgres, a uniquely named database on that server
 * (dropped by `cleanup` on Postgres, by the test's Payload instance on MongoDB).
 */
export function testDatabase(name: string): TestDatabase {
  const mongo = process.env.TEST_DATABASE_URI
  if (isPostgresUri(mongo)) return postgresTestDatabase(mongo, name)
  if (mongo && /^mongodb(\+srv)?:\/\//.test(mongo)) {
    const url = new URL(mongo)
    url.pathname = `/cms_test_${name.replace(/\W/g, '_')}_${randomUUID().slice(0, 8)}`
    const media = makeTempDir(`${name}-media`)
    return withEnv({ uri: url.toString(), mediaDir: media.dir, cleanup: media.remove })
  }
  return sqliteTestDatabase(name)
}

/** A SQLite file in a temp folder, whatever TEST_DATABASE_URI says. */
export function sqliteTestDatabase(name: string): TestDatabase {
  const temp = makeTempDir(name)
  return withEnv({
    uri: `file:${path.join(temp.dir, 'cms.db')}`,
    mediaDir: path.join(temp.dir, 'media'),
    cleanup: temp.remove,
  })
}

/**
 * Runs one SQL statement on a test database (SQLite or Postgres) and returns the first column of
 * each row, as text: for tests that must reach under Payload (a migration record, a raw row).
 */
export async function sqlColumn(db: TestDatabase, statement: string): Promise<string[]> {
  if (isPostgresUri(db.uri)) {
    const output = psqlRows(db.uri, statement)
    return output
  }
  const { createClient } = await import('@libsql/client')
  const client = createClient({ url: db.uri })
  try {
    const { rows } = await client.execute(statement)
    return rows.map((row) => String(row[0]))
  } finally {
    client.close()
  }
}

const withEnv = (db: Omit<TestDatabase, 'env'>): TestDatabase => ({
  ...db,
  env: { DATABASE_URI: db.uri, MEDIA_DIR: db.mediaDir },
})

export const TEST_SECRET = 'test-secret-that-is-long-enough-for-production-0123456789'
