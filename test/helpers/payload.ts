import type { MongooseAdapter } from '@payloadcms/db-mongodb'
import type { Payload } from 'payload'

import { testDatabase, TEST_SECRET } from './database'

export type TestPayload = { payload: Payload; teardown: () => Promise<void> }

/**
 * Boots Payload through the Local API on a fresh database. The config reads the environment
 * when it is imported, so the variables are set first and the config is imported after.
 */
export async function bootPayload(name: string): Promise<TestPayload> {
  const db = testDatabase(name)
  process.env.DATABASE_URI = db.uri
  process.env.PAYLOAD_SECRET = TEST_SECRET
  process.env.MEDIA_DIR = db.mediaDir
  const { default: config } = await import('../../payload.config')
  const { getPayload } = await import('payload')
  const payload = await getPayload({ config, key: `test-${name}` })
  return {
    payload,
    teardown: async () => {
      if (payload.db.name === 'mongoose') {
        await (payload.db as unknown as MongooseAdapter).connection.dropDatabase()
      }
      await payload.destroy()
      db.cleanup()
    },
  }
}
