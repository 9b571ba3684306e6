/**
 * Picks the database adapter from DATABASE_URI, and the upkeep that adapter needs. Every adapter
 * stores string IDs (SQLite and Postgres use UUIDs, MongoDB ObjectIDs), so nothing above this file
 * can come to depend on which one runs. This is the only file that names an adapter.
 */
import fs from 'node:fs'
import path from 'node:path'

import type { PostgresAdapter } from '@payloadcms/db-postgres'
import type { SQLiteAdapter } from '@payloadcms/db-sqlite'
import { Cron } from 'croner'
import type { BaseDatabaseAdapter, DatabaseAdapterObj, Payload } from 'payload'

import { ConfigError, type AppEnv } from './env'
import { MEMORY_STORE, type LimitStore } from './limits/store'
import { refreshPlannerStatistics } from './plannerStatistics'
import { ensureVersionIndexes, versionListIndexes, type IndexBuilder } from './versionIndexes'

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i
const OBJECT_ID = /^[0-9a-f]{24}$/i

/**
 * Whether `value` has the shape of a document ID on this database: a UUID on SQLite and Postgres
 * (`idType: 'uuid'` below), an ObjectId on MongoDB. Postgres keys are typed, so a reference that
 * is no UUID fails the query Payload validates it with; checked first, it is a 400 naming the
 * field on every adapter.
 */
export function isDocumentIdOn(payload: Payload, value: string): boolean {
  return payload.db.name === 'mongoose' ? OBJECT_ID.test(value) : UUID.test(value)
}

/** The adapters whose data lives in SQL tables through Payload's drizzle layer. */
export const SQL_ADAPTERS = ['sqlite', 'postgres'] as const

/** True for SQLite and Postgres: tables, transactions, drizzle. */
export const isSqlAdapter = (payload: Payload): boolean =>
  (SQL_ADAPTERS as readonly string[]).includes(payload.db.name)

/** Where each SQL adapter's committed migrations live (`migrate:create` writes there). */
export const MIGRATION_DIRS = {
  sqlite: 'src/migrations/sqlite',
  postgres: 'src/migrations/postgres',
} as const

/** When the planner statistics are refreshed after start-up: hourly, off the full hour. */
export const PLANNER_STATISTICS_CRON = '17 * * * *'

/** `file:./data/cms.db` -> absolute path; the folder is created so a fresh clone just runs. */
export function sqliteFilePath(uri: string): string {
  const location = uri.slice('file:'.length).replace(/^\/\/(?=\/)/, '')
  return path.resolve(location)
}

/** The adapter for DATABASE_URI; only that adapter's package is loaded (each holds tens of MB). */
export async function databaseAdapter(env: AppEnv): Promise<DatabaseAdapterObj> {
  if (env.databaseKind === 'mongodb') {
    const { mongooseAdapter } = await import('@payloadcms/db-mongodb')
    return mongooseAdapter({
      url: env.databaseUri,
      // Fail a start-up against an unreachable server in seconds, not after mongoose's 30 s.
      connectOptions: { serverSelectionTimeoutMS: 5000 },
    })
  }

  if (env.databaseKind === 'postgres') {
    // One after another: Jest's ESM loader fails on parallel imports sharing a dependency.
    const { postgresAdapter } = await import('@payloadcms/db-postgres')
    const { index } = await import('@payloadcms/db-postgres/drizzle/pg-core')
    const { migrations } = await import('../migrations/postgres')
    const adapter = postgresAdapter({
      pool: {
        connectionString: env.databaseUri,
        max: env.databasePoolMax,
        // Fail a start-up against an unreachable server in seconds.
        connectionTimeoutMillis: 5000,
      },
      idType: 'uuid',
      readReplicas: env.databaseReplicaUris.length > 0 ? env.databaseReplicaUris : undefined,
      migrationDir: path.resolve(MIGRATION_DIRS.postgres),
      push: !env.isProduction,
      prodMigrations: migrations,
      afterSchemaInit: [versionListIndexes(index as unknown as IndexBuilder)],
    })
    return withPoolEndedOnDestroy(withDeleteByFoundId(adapter))
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
  const { sqliteAdapter } = await import('@payloadcms/db-sqlite')
  const { index } = await import('@payloadcms/db-sqlite/drizzle/sqlite-core')
  const { migrations } = await import('../migrations/sqlite')
  const adapter = sqliteAdapter({
    client: { url: `file:${file}` },
    idType: 'uuid',
    // WAL lets the admin read while a job or import writes; the busy timeout rides out short locks.
    wal: true,
    busyTimeout: 5000,
    // Only the CLI (migrate:create) reads this path; the server imports the migrations below.
    migrationDir: path.resolve(MIGRATION_DIRS.sqlite),
    // Production never pushes the schema: it applies the committed migrations at start.
    push: !env.isProduction,
    prodMigrations: migrations,
    afterSchemaInit: [versionListIndexes(index as unknown as IndexBuilder)],
  })
  return withDeleteByFoundId(adapter)
}

type PgClient = { release?: () => void }
type PgPool = {
  end: () => Promise<void>
  ended?: boolean
  _clients?: PgClient[]
  _idle?: { client: PgClient }[]
}

/**
 * The Postgres adapter's `destroy` leaves its connection pool open, and its `connect` keeps one
 * client checked out for good (to reconnect on errors): a script that is done (export, restore,
 * seed) would not exit, and a database dropped afterwards would kill live connections.
 * `payload.destroy()` hands that client back and ends the pool.
 */
function withPoolEndedOnDestroy<T extends BaseDatabaseAdapter>(
  adapter: DatabaseAdapterObj<T>,
): DatabaseAdapterObj<T> {
  return {
    ...adapter,
    init: (args) => {
      const db = adapter.init(args)
      const destroy = db.destroy?.bind(db)
      db.destroy = async () => {
        await destroy?.()
        const pool = (db as unknown as { pool?: PgPool }).pool
        if (!pool || pool.ended) return
        // pg-pool keeps no other handle on checked-out clients; at destroy nothing is in flight.
        const idle = new Set((pool._idle ?? []).map((item) => item.client))
        for (const client of pool._clients ?? [])
          if (!idle.has(client) && typeof client.release === 'function') client.release()
        await pool.end()
      }
      return db
    },
  }
}

/**
 * The drizzle adapters' `deleteOne` fails with a 500 when its filter needs a relationship table and
 * nothing matches: its fallback query drops the join the filter names (deleting a preference that
 * does not exist, by key and user). The document is found first with the adapter's own `findOne`,
 * which joins correctly, then deleted by its ID; nothing found is Payload's "not found".
 */
export function withDeleteByFoundId<T extends BaseDatabaseAdapter>(
  adapter: DatabaseAdapterObj<T>,
): DatabaseAdapterObj<T> {
  return {
    ...adapter,
    init: (args) => {
      const db = adapter.init(args)
      const deleteOne = db.deleteOne.bind(db)
      db.deleteOne = async (deleteArgs) => {
        const { collection, req, where } = deleteArgs
        const found = await db.findOne({ collection, req, where, select: { id: true } })
        if (!found) return null
        return deleteOne({ ...deleteArgs, where: { id: { equals: found.id } } })
      }
      return db
    },
  }
}

/**
 * Runs once Payload is up (its `onInit`, after the migrations): on SQLite and Postgres, planner
 * statistics (`ANALYZE`) now and every hour, on a timer that keeps no process alive and stops with
 * `payload.destroy()`. (Postgres's autovacuum analyzes too, but only after enough rows changed;
 * after an import or a restore the planner should know at once.)
 * On MongoDB the collections' indexes come from the schema; the versions' list indexes, which a
 * schema cannot declare, are created here (versionIndexes.ts). Its planner needs nothing.
 */
export async function maintainDatabase(payload: Payload): Promise<void> {
  if (payload.db.name === 'mongoose') return ensureVersionIndexes(payload)
  if (!isSqlAdapter(payload)) return
  const refresh = async () => {
    try {
      await refreshDatabaseStatistics(payload)
    } catch (error) {
      // Stale statistics make reads slower, never wrong: say so and carry on.
      payload.logger.warn({ err: error }, 'database: refreshing planner statistics failed')
    }
  }
  await refresh()
  payload.crons.push(new Cron(PLANNER_STATISTICS_CRON, { unref: true, protect: true }, refresh))
}

/** One refresh of what the database's query planner knows; nothing to do on MongoDB. */
export async function refreshDatabaseStatistics(payload: Payload): Promise<void> {
  if (payload.db.name === 'postgres') {
    await (payload.db as unknown as PostgresAdapter).pool.query('ANALYZE')
    payload.logger.debug('database: planner statistics refreshed (ANALYZE)')
    return
  }
  if (payload.db.name !== 'sqlite') return
  const done = await refreshPlannerStatistics((payload.db as unknown as SQLiteAdapter).client)
  payload.logger.debug(`database: planner statistics ${done}`)
}

/**
 * Where this database's processes keep their submission counts: in the database on Postgres
 * (every process counts together, ./limits/store.ts), in memory otherwise (SQLite runs one
 * process per file).
 */
export function limitStoreOf(payload: Payload): LimitStore {
  if (payload.db.name === 'postgres')
    return { kind: 'postgres', pool: (payload.db as unknown as PostgresAdapter).pool }
  return MEMORY_STORE
}
