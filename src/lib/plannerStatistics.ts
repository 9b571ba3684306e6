/**
 * SQLite's query planner chooses indexes from the statistics `ANALYZE` leaves in `sqlite_stat1`.
 * Without them it guesses, and on the public posts list it guessed the `_status` index: every
 * published post read and sorted for a page of ten. This module keeps the statistics current.
 * SQLite-only; src/lib/database.ts decides whether it runs.
 */
import type { SQLiteAdapter } from '@payloadcms/db-sqlite'

type Client = SQLiteAdapter['client']

/** Rows ANALYZE samples per index: SQLite's advice (400-1000) for fast, good-enough statistics. */
const ANALYSIS_LIMIT = 1000

export type StatisticsRefresh = 'analyzed' | 'optimized'

/**
 * Collects statistics from scratch when there are none (a new database, or one made before this
 * existed); otherwise lets `PRAGMA optimize` re-analyze the tables this connection queried since
 * its last run whose size moved a lot (or that were never analyzed), which costs nothing when
 * nothing changed. Run on a long-lived connection, so it sees the queries it should judge.
 */
export async function refreshPlannerStatistics(client: Client): Promise<StatisticsRefresh> {
  await client.execute(`PRAGMA analysis_limit = ${ANALYSIS_LIMIT}`)
  if (await hasStatistics(client)) {
    await client.execute('PRAGMA optimize')
    return 'optimized'
  }
  await client.execute('ANALYZE')
  return 'analyzed'
}

async function hasStatistics(client: Client): Promise<boolean> {
  const table = await client.execute(
    "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'sqlite_stat1'",
  )
  if (table.rows.length === 0) return false
  const rows = await client.execute('SELECT 1 FROM sqlite_stat1 LIMIT 1')
  return rows.rows.length > 0
}
