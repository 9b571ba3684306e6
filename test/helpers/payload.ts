import type { MongooseAdapter } from '@payloadcms/db-mongodb'
import type { Payload, SanitizedConfig } from 'payload'

import { testDatabase, TEST_SECRET, type TestDatabase } from './database'

export type TestPayload = { payload: Payload; teardown: () => Promise<void>; db: TestDatabase }

export type BootOptions = {
  /**
   * Boot another instance beside one already running in this process, on its own fresh database
   * and media folder. The config module is evaluated once per process (it reads the environment
   * at import), so this instance runs a copy of it with the database adapter and upload folders
   * swapped; the environment is left alone.
   */
  separate?: boolean
  /** This database instead of a fresh one of the suite's kind (TEST_DATABASE_URI). */
  database?: TestDatabase
}

/**
 * Boots Payload through the Local API on a fresh database. The config reads the environment
 * when it is imported, so the variables are set first and the config is imported after.
 */
export async function bootPayload(name: string, options: BootOptions = {}): Promise<TestPayload> {
  const db = options.database ?? testDatabase(name)
  if (options.separate) process.env.PAYLOAD_SECRET ??= TEST_SECRET
  else {
    process.env.DATABASE_URI = db.uri
    process.env.PAYLOAD_SECRET = TEST_SECRET
    process.env.MEDIA_DIR = db.mediaDir
  }
  const { default: imported } = await import('../../payload.config')
  const config = options.separate ? await onDatabase(await imported, db) : imported
  const { getPayload } = await import('payload')
  const payload = options.separate
    ? await withFreshPush(() => getPayload({ config, key: `test-${name}` }))
    : await getPayload({ config, key: `test-${name}` })
  return {
    payload,
    db,
    teardown: async () => {
      if (payload.db.name === 'mongoose') {
        await (payload.db as unknown as MongooseAdapter).connection.dropDatabase()
      }
      await payload.destroy()
      db.cleanup()
    },
  }
}

/**
 * The SQLite adapter skips pushing a schema equal to the last one it pushed in this process,
 * which would leave a second database without tables.
 */
async function withFreshPush<T>(boot: () => Promise<T>): Promise<T> {
  const previous = process.env.PAYLOAD_FORCE_DRIZZLE_PUSH
  process.env.PAYLOAD_FORCE_DRIZZLE_PUSH = 'true'
  try {
    return await boot()
  } finally {
    if (previous === undefined) delete process.env.PAYLOAD_FORCE_DRIZZLE_PUSH
    else process.env.PAYLOAD_FORCE_DRIZZLE_PUSH = previous
  }
}

async function onDatabase(config: SanitizedConfig, db: TestDatabase): Promise<SanitizedConfig> {
  const { databaseAdapter } = await import('../../src/lib/database')
  const { loadEnv } = await import('../../src/lib/env')
  const env = loadEnv({ ...process.env, DATABASE_URI: db.uri, MEDIA_DIR: db.mediaDir })
  return {
    ...config,
    // Sanitizing leaves the adapter object as it is; only its declared type is wider.
    db: (await databaseAdapter(env)) as SanitizedConfig['db'],
    collections: config.collections.map((collection) =>
      collection.upload
        ? { ...collection, upload: { ...collection.upload, staticDir: env.mediaDir } }
        : collection,
    ),
  }
}
