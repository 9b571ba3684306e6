/**
 * Restore writes for SQLite and Postgres, through Payload's drizzle layer. Documents go through
 * `payload.db.create` with a `customID`; versions and globals go through the adapter's own
 * `upsertRow`, because `createVersion` drops the version's ID and forces `latest: true`, and
 * `createGlobal` stamps a new `createdAt` (node_modules/@payloadcms/drizzle/dist/createVersion.js,
 * createGlobal.js). `@payloadcms/drizzle` comes with both adapters, at the same version.
 *
 * The two dialects differ in two places: how foreign keys are checked once at commit (SQLite:
 * `defer_foreign_keys`; Postgres: the constraints made deferrable for this transaction only), and
 * how a failed statement is undone (SQLite undoes the statement; Postgres needs a savepoint).
 */
import { randomUUID } from 'node:crypto'

import { upsertRow, type DrizzleAdapter, type DrizzleTransaction } from '@payloadcms/drizzle'
import { buildVersionCollectionFields, buildVersionGlobalFields, type Payload } from 'payload'

import { without, type BackupWriter, type Req } from './types'
import { removeInAnyOrder } from '../../removeInAnyOrder'

/** Table names as the adapter derives them from slugs ("site-settings" -> "site_settings"). */
const snake = (slug: string) => slug.replace(/[-\s]+/g, '_').toLowerCase()

// The drizzle instance is a union of the SQLite and Postgres flavours; these are the two calls
// made on it, which both flavours have.
type Transactional = {
  transaction: (work: (tx: DrizzleTransaction) => Promise<void>) => Promise<void>
}
type Deleting = { delete: (table: unknown) => Promise<unknown> }
type Rows<T> = { rows?: T[] }

export function drizzleWriter(payload: Payload): BackupWriter {
  const adapter = payload.db as unknown as DrizzleAdapter
  const postgres = payload.db.name === 'postgres'
  const run = async <T>(db: DrizzleTransaction, raw: string) =>
    (await adapter.execute({ db, raw })) as Rows<T>

  /** Postgres: every foreign key in Payload's schema, to defer for the restore and restore after. */
  const foreignKeys = async (tx: DrizzleTransaction) =>
    (
      await run<{ tbl: string; name: string }>(
        tx,
        `SELECT conrelid::regclass::text AS tbl, conname AS name FROM pg_constraint WHERE contype = 'f' AND connamespace = current_schema()::regnamespace`,
      )
    ).rows ?? []
  const setDeferrable = async (
    tx: DrizzleTransaction,
    keys: { tbl: string; name: string }[],
    deferrable: boolean,
  ) => {
    for (const key of keys)
      await run(
        tx,
        `ALTER TABLE ${key.tbl} ALTER CONSTRAINT "${key.name}" ${deferrable ? 'DEFERRABLE INITIALLY DEFERRED' : 'NOT DEFERRABLE'}`,
      )
  }

  const table = (key: string) => {
    const name = adapter.tableNameMap.get(key)
    if (!name || !adapter.tables[name])
      throw new Error(`no table for "${key}" in the ${payload.db.name} schema`)
    return name
  }
  const versionTable = (slug: string) => table(`_${snake(slug)}${adapter.versionsSuffix ?? '_v'}`)
  const dbOf = async (req: Req) => adapter.sessions[String(await req.transactionID)]!.db

  return {
    enforcesReferences: true,

    /**
     * Our adapter is configured without transactions (no `transactionOptions`), and Payload's
     * commit swallows a failed COMMIT; so the transaction is opened here on drizzle directly and
     * registered as a session, which every adapter call finds through `req.transactionID`.
     */
    async transaction(work) {
      const transactionID = randomUUID()
      await (adapter.drizzle as unknown as Transactional).transaction(async (tx) => {
        adapter.sessions[transactionID] = {
          db: tx,
          reject: async () => undefined,
          resolve: async () => undefined,
        }
        try {
          // Documents refer to each other in cycles (related posts, parent categories), so
          // foreign keys are checked once, at the end, instead of row by row.
          if (postgres) {
            // Altered inside this transaction: nobody else ever sees them deferrable.
            const keys = await foreignKeys(tx)
            await setDeferrable(tx, keys, true)
            await work({ transactionID })
            // Checks every deferred reference now; a broken one fails the restore here.
            await run(tx, 'SET CONSTRAINTS ALL IMMEDIATE')
            await setDeferrable(tx, keys, false)
            return
          }
          await adapter.execute({ db: tx, raw: 'PRAGMA defer_foreign_keys = ON' })
          await work({ transactionID })
          const result = (await adapter.execute({ db: tx, raw: 'PRAGMA foreign_key_check' })) as {
            rows?: { table?: string; parent?: string }[]
          }
          const broken = result.rows?.[0]
          if (broken)
            throw new Error(
              `a reference in table ${broken.table} points to a missing row in ${broken.parent}`,
            )
        } finally {
          delete adapter.sessions[transactionID]
        }
      })
    },

    async clear(scope, req) {
      const db = await dbOf(req)
      // Child tables (relationships, arrays, blocks) and other tables' references cascade.
      const names = [
        ...scope.collections.flatMap((c) => [
          table(snake(c.slug)),
          ...(c.versions ? [versionTable(c.slug)] : []),
        ]),
        ...scope.globals.flatMap((g) => [
          table(snake(g.slug)),
          ...(g.versions ? [versionTable(g.slug)] : []),
        ]),
      ]
      if (payload.collections['payload-locked-documents'])
        names.push(table('payload_locked_documents'))
      // Emptying a table sets references to its rows to null, which a required relationship
      // refuses (comments.post) until the referring table is empty too. Later collections tend
      // to refer to earlier ones, so go backwards; a failed statement in SQLite undoes only
      // itself, not the transaction, so retrying is safe. Postgres aborts the whole transaction
      // on a failed statement, so there each delete runs in a savepoint (drizzle's nested
      // transaction).
      await removeInAnyOrder(names.reverse(), async (name) => {
        if (postgres)
          await (db as unknown as Transactional).transaction(async (savepoint) => {
            await (savepoint as unknown as Deleting).delete(adapter.tables[name])
          })
        else await (db as unknown as Deleting).delete(adapter.tables[name])
      })
    },

    async createDoc(collection, id, data, req) {
      await payload.db.create({ collection, customID: id, data, req, returning: false })
    },

    async createVersion(collection, id, row, req) {
      const config = payload.collections[collection].config
      await upsertRow({
        adapter,
        collectionSlug: collection,
        customID: id,
        data: without(row, 'id'),
        db: await dbOf(req),
        fields: buildVersionCollectionFields(payload.config, config, true),
        ignoreResult: true,
        operation: 'create',
        req,
        tableName: versionTable(collection),
      })
    },

    async saveGlobal(slug, id, data, req) {
      const config = payload.globals.config.find((global) => global.slug === slug)!
      await upsertRow({
        adapter,
        customID: id,
        data: without(data, 'id', 'globalType'),
        db: await dbOf(req),
        fields: config.flattenedFields,
        globalSlug: slug,
        ignoreResult: true,
        operation: 'create',
        req,
        tableName: table(snake(slug)),
      })
    },

    async createGlobalVersion(slug, id, row, req) {
      const config = payload.globals.config.find((global) => global.slug === slug)!
      await upsertRow({
        adapter,
        customID: id,
        data: without(row, 'id'),
        db: await dbOf(req),
        fields: buildVersionGlobalFields(payload.config, config, true),
        globalSlug: slug,
        ignoreResult: true,
        operation: 'create',
        req,
        tableName: versionTable(slug),
      })
    },
  }
}
