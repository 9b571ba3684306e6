/**
 * One transaction for a batch of imported posts. The Local API joins a transaction whose ID it is
 * given in `req.transactionID` (it neither commits nor begins one then, and rolls it back when an
 * operation fails). The SQLite adapter turns transactions off unless configured, so every statement
 * commits on its own, and a post is several statements; for an import batch we open one with the
 * adapter's own drizzle code. Other adapters open theirs when they have them (MongoDB on a replica
 * set), or run without.
 *
 * While a batch is open, libsql has handed its connection to the transaction: a write from
 * elsewhere in this process goes through a fresh connection without the busy timeout, and fails
 * against the batch's lock. The importer writes nothing outside its batches meanwhile; code that
 * shares its process with other writers (the seed, beside the server's jobs) imports without
 * batch transactions. The handed-over connection is closed by the garbage collector, not at
 * commit, so a long import holds a few spare file handles at times.
 */
import { beginTransaction as beginDrizzleTransaction } from '@payloadcms/drizzle'
import type { Payload } from 'payload'

type SqliteAdapter = {
  name: 'sqlite'
  busyTimeout?: number
  client: { execute: (sql: string) => Promise<unknown> }
}

export type TransactionID = string | number

export async function beginBatch(payload: Payload): Promise<TransactionID | null> {
  const own = await payload.db.beginTransaction()
  if (own) return own
  if (payload.db.name !== 'sqlite') return null
  // libsql begins it IMMEDIATE: the write lock is taken at once, waiting out other writers first.
  return (await beginDrizzleTransaction.call(payload.db as never)) as TransactionID
}

export async function endBatch(
  payload: Payload,
  id: TransactionID,
  commit: boolean,
): Promise<void> {
  if (commit) await payload.db.commitTransaction(id)
  else await payload.db.rollbackTransaction(id)
  if (payload.db.name === 'sqlite') {
    // libsql hands its connection to a transaction and opens a fresh one for what follows, without
    // the adapter's busy timeout: without it, a write meeting another process's lock would fail at
    // once instead of waiting.
    const adapter = payload.db as unknown as SqliteAdapter
    if (adapter.busyTimeout)
      await adapter.client.execute(`PRAGMA busy_timeout = ${adapter.busyTimeout};`)
  }
}
