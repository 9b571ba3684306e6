/**
 * Picks the database adapter from DATABASE_URI. Both adapters store string IDs (SQLite uses UUIDs),
 * so nothing above this file can come to depend on which one runs.
 */
import fs from 'node:fs'
import path from 'node:path'

import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import type { DatabaseAdapterObj } from 'payload'

import { ConfigError, type AppEnv } from './env'
import { versionListIndexes } from './versionIndexes'
import { migrations } from '../migrations'

/** `file:./data/cms.db` -> absolute path; the folder is created so a fresh clone just runs. */
export function sqliteFilePath(uri: string): string {
  const location = uri.slice('file:'.length).replace(/^\/\/(?=\/)/, '')
  return path.resolve(location)
}

export function databaseAdapter(env: AppEnv): DatabaseAdapterObj {
  if (env.databaseKind === 'mongodb') {
    return mongooseAdapter({
      url: env.databaseUri,
      // Fail a start-up against an unreachable server in seconds, not after mongoose's 30 s.
      connectOptions: { serverSelectionTimeoutMS: 5000 },
    })
  }

  const file = sqliteFilePath(env.databaseUri)
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true })
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? (error as Error).message
    throw new ConfigError(
      `DATABASE_URI: cannot create the folder for the SQLite file ${file} (${code})`,
    )
  }
  return sqliteAdapter({
    client: { url: `file:${file}` },
    idType: 'uuid',
    // WAL lets the admin read while a job or import writes; the busy timeout rides out short locks.
    wal: true,
    busyTimeout: 5000,
    // Only the CLI (migrate:create) reads this path; the server imports the migrations below.
    migrationDir: path.resolve('src/migrations'),
    // Production never pushes the schema: it applies the committed migrations at start.
    push: !env.isProduction,
    prodMigrations: migrations,
    afterSchemaInit: [versionListIndexes],
  })
}
