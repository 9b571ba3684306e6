/**
 * The SQL a Payload read issues on SQLite, and what SQLite's planner does with it. SQLite-only
 * test code: the rest of the project never sees raw SQL.
 */
import type { SQLiteAdapter } from '@payloadcms/db-sqlite'
import type { Payload } from 'payload'

type Client = SQLiteAdapter['client']
type InStatement = Parameters<Client['execute']>[0]
type InValue = unknown

export type Statement = { sql: string; args: InValue[] }
export type PlanRow = { id: number; parent: number; detail: string }

const clientOf = (payload: Payload) => (payload.db as unknown as { client: Client }).client

const asStatement = (stmt: InStatement): Statement =>
  typeof stmt === 'string'
    ? { sql: stmt, args: [] }
    : { sql: stmt.sql, args: Array.isArray(stmt.args) ? (stmt.args as InValue[]) : [] }

/**
 * Runs `read` and returns the SELECTs it sent to the database. Drizzle hands every statement
 * outside a transaction to the client's `execute`, so the client is wrapped for the duration.
 */
export async function capture(
  payload: Payload,
  read: () => Promise<unknown>,
): Promise<Statement[]> {
  const client = clientOf(payload)
  const execute = client.execute.bind(client)
  const seen: Statement[] = []
  client.execute = ((stmt: InStatement, ...rest: unknown[]) => {
    seen.push(asStatement(stmt))
    return (execute as (...args: unknown[]) => ReturnType<Client['execute']>)(stmt, ...rest)
  }) as Client['execute']
  try {
    await read()
  } finally {
    client.execute = execute
  }
  return seen.filter(({ sql }) => /^\s*select\b/i.test(sql))
}

export async function explain(payload: Payload, statement: Statement): Promise<PlanRow[]> {
  const { rows } = await clientOf(payload).execute({
    sql: `EXPLAIN QUERY PLAN ${statement.sql}`,
    args: statement.args as Extract<InStatement, { args?: unknown }>['args'],
  })
  return rows.map((row) => ({
    id: Number(row.id),
    parent: Number(row.parent),
    detail: String(row.detail),
  }))
}

export async function rowCounts(payload: Payload): Promise<Map<string, number>> {
  const client = clientOf(payload)
  const { rows } = await client.execute(
    "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'",
  )
  const counts = new Map<string, number>()
  for (const { name } of rows) {
    const result = await client.execute(`SELECT count(*) AS n FROM "${String(name)}"`)
    counts.set(String(name), Number(result.rows[0]!.n))
  }
  return counts
}

/** The row count SQLite's planner believes a table has (from `sqlite_stat1`), if it has one. */
export async function plannerRowCount(
  payload: Payload,
  table: string,
): Promise<number | undefined> {
  const client = clientOf(payload)
  const exists = await client.execute(
    "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'sqlite_stat1'",
  )
  if (exists.rows.length === 0) return undefined
  const { rows } = await client.execute({
    sql: 'SELECT stat FROM sqlite_stat1 WHERE tbl = ? LIMIT 1',
    args: [table],
  })
  return rows[0] ? Number(String(rows[0].stat).split(' ')[0]) : undefined
}

export async function hasPlannerStatistics(payload: Payload): Promise<boolean> {
  const { rows } = await clientOf(payload).execute(
    "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'sqlite_stat1'",
  )
  return rows.length > 0
}

/** The name a plan line reads, e.g. `SCAN posts USING INDEX ...` -> `posts`. */
const nameOf = (detail: string) => /^(?:SCAN|SEARCH) (\S+)/.exec(detail)?.[1]

/** Payload aliases joined tables with generated names: `"posts_rels" "1f0c..."`. */
function aliasesOf(sql: string, counts: Map<string, number>): Map<string, string> {
  const aliases = new Map<string, string>()
  for (const [, table, alias] of sql.matchAll(/"(\w+)" "(\w+)"/g)) {
    if (counts.has(table!)) aliases.set(alias!, table!)
  }
  return aliases
}

/**
 * What in a plan grows with the blog instead of with the page. Every read under test filters
 * its main table (the access rules do), so these are problems:
 * - a `SCAN` of a large table without an index, anywhere;
 * - a `SCAN` of a large table along a non-covering index in the main query, instead of a
 *   `SEARCH` on an index that matches the filter (a join lookup in a correlated subquery may walk
 *   an index in order: it stops when its page is full);
 * - a sort in a temporary B-tree over rows that come from a large table, unless they are the rows
 *   of one document (its array rows, relationships or versions: `parent_id=?`), of one related
 *   document (`posts_rels` by `authors_id=?`), or a list of IDs already chosen (`id=?`).
 * Payload counts a list filtered through a relationship with `COUNT(1) OVER() ... GROUP BY id`,
 * which SQLite answers by walking the table's primary key whatever the indexes: that statement
 * shape is left out.
 */
export function planProblems(
  plan: PlanRow[],
  statement: Statement,
  counts: Map<string, number>,
  largeRows: number,
): string[] {
  if (/^select COUNT\(1\) OVER\(\)/i.test(statement.sql)) return []
  const aliases = aliasesOf(statement.sql, counts)
  // Subquery results (co-routines) may carry the name of the table they read.
  const subqueries = new Set(
    plan.flatMap((row) => /^(?:CO-ROUTINE|MATERIALIZE) (\S+)/.exec(row.detail)?.[1] ?? []),
  )
  const tableOf = (detail: string) => {
    const name = nameOf(detail)
    if (!name || subqueries.has(name)) return undefined
    return aliases.get(name) ?? name
  }
  const large = (detail: string) => (counts.get(tableOf(detail) ?? '') ?? 0) > largeRows
  const inJoinLookup = (row: PlanRow): boolean => {
    const parent = plan.find((other) => other.id === row.parent)
    if (!parent) return false
    return /^CORRELATED SCALAR SUBQUERY/.test(parent.detail) || inJoinLookup(parent)
  }
  const bounded = (detail: string) =>
    /^SEARCH \S+ USING (?:COVERING )?INDEX \S+ \((?:_parent_id|parent_id|id)=\?/.test(detail) ||
    (/_rels$/.test(tableOf(detail) ?? '') && /^SEARCH \S+ USING INDEX \S+ \(\w+_id=\?/.test(detail))
  const problems: string[] = []
  for (const row of plan) {
    const table = tableOf(row.detail)
    if (!table || !large(row.detail) || !/^SCAN /.test(row.detail)) continue
    if (!/ USING /.test(row.detail)) problems.push(`reads all of ${table}: ${row.detail}`)
    else if (!/USING COVERING INDEX/.test(row.detail) && !inJoinLookup(row)) {
      problems.push(`walks all of ${table} instead of searching an index: ${row.detail}`)
    }
  }
  for (const row of plan) {
    if (!/^USE TEMP B-TREE FOR (?:RIGHT PART OF |LAST TERM OF )?ORDER BY/.test(row.detail)) continue
    const reads = plan.filter((other) => other.parent === row.parent && tableOf(other.detail))
    // The first table read drives the loop.
    const driver = reads[0]
    if (driver && large(driver.detail) && !bounded(driver.detail)) {
      problems.push(`sorts ${tableOf(driver.detail)} in a temp B-tree: ${driver.detail}`)
    }
  }
  return problems
}

export function formatPlan(plan: PlanRow[]): string {
  const depth = (row: PlanRow): number => {
    const parent = plan.find((other) => other.id === row.parent)
    return parent ? depth(parent) + 1 : 0
  }
  return plan.map((row) => `${'  '.repeat(depth(row))}${row.detail}`).join('\n')
}
