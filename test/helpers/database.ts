import { randomUUID } from 'node:crypto'
import path from 'node:path'

import { makeTempDir } from './tempDir'

/** A database plus a folder for its uploaded files, both removed by `cleanup`. */
export type TestDatabase = {
  uri: string
  mediaDir: string
  /** The variables that point a server at this database. */
  env: { DATABASE_URI: string; MEDIA_DIR: string }
  cleanup: () => void
}

/**
 * A throw-away database for one test file: a SQLite file in a temp folder, or, when
 * TEST_DATABASE_URI points at MongoDB, a uniquely named database on that server (which the
 * test's Payload instance drops in its own cleanup).
 */
export function testDatabase(name: string): TestDatabase {
  const mongo = process.env.TEST_DATABASE_URI
  if (mongo && /^mongodb(\+srv)?:\/\//.test(mongo)) {
    const url = new URL(mongo)
    url.pathname = `/cms_test_${name.replace(/\W/g, '_')}_${randomUUID().slice(0, 8)}`
    const media = makeTempDir(`${name}-media`)
    return withEnv({ uri: url.toString(), mediaDir: media.dir, cleanup: media.remove })
  }
  const temp = makeTempDir(name)
  return withEnv({
    uri: `file:${path.join(temp.dir, 'cms.db')}`,
    mediaDir: path.join(temp.dir, 'media'),
    cleanup: temp.remove,
  })
}

const withEnv = (db: Omit<TestDatabase, 'env'>): TestDatabase => ({
  ...db,
  env: { DATABASE_URI: db.uri, MEDIA_DIR: db.mediaDir },
})

export const TEST_SECRET = 'test-secret-that-is-long-enough-for-production-0123456789'
