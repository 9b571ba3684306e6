import { randomUUID } from 'node:crypto'
import path from 'node:path'

import { makeTempDir } from './tempDir'

export type TestDatabase = { uri: string; cleanup: () => void }

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
    return { uri: url.toString(), cleanup: () => {} }
  }
  const temp = makeTempDir(name)
  return { uri: `file:${path.join(temp.dir, 'cms.db')}`, cleanup: temp.remove }
}

export const TEST_SECRET = 'test-secret-that-is-long-enough-for-production-0123456789'
