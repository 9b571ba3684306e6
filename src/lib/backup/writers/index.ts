import type { Payload } from 'payload'

import { isSqlAdapter } from '../../database'
import { mongooseWriter } from './mongoose'
import { drizzleWriter } from './drizzle'
import type { BackupWriter } from './types'

export type { BackupWriter, ClearScope, Data, Req } from './types'

/** The writer for the adapter this CMS runs on (src/lib/database.ts: SQLite, Postgres, MongoDB). */
export function writerFor(payload: Payload): BackupWriter {
  if (payload.db.name === 'mongoose') return mongooseWriter(payload)
  if (isSqlAdapter(payload)) return drizzleWriter(payload)
  throw new Error(
    `restoring into a ${payload.db.name} database is not supported (SQLite, Postgres and MongoDB are)`,
  )
}
