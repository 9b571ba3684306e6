import type { Payload } from 'payload'

import { mongooseWriter } from './mongoose'
import { sqliteWriter } from './sqlite'
import type { BackupWriter } from './types'

export type { BackupWriter, ClearScope, Data, Req } from './types'

/** The writer for the adapter this CMS runs on (src/lib/database.ts: SQLite or MongoDB). */
export function writerFor(payload: Payload): BackupWriter {
  if (payload.db.name === 'mongoose') return mongooseWriter(payload)
  if (payload.db.name === 'sqlite') return sqliteWriter(payload)
  throw new Error(
    `restoring into a ${payload.db.name} database is not supported (SQLite and MongoDB are)`,
  )
}
