/**
 * The SQL a Payload read issues on Postgres, and whether Postgres could answer it from indexes.
 * Test code only: the rest of the project never sees raw SQL.
 *
 * On a test-sized blog Postgres rightly prefers reading a small table whole, so the plan is asked
 * for with sequential scans priced out (`enable_seqscan = off`): a `Seq Scan` of a large table
 * left in that plan means no index can serve the read at all.
 */
import type { Payload } from 'payload'

export type PgStatement = { sql: string; args: unknown[] }
type PlanNode = {
  'Node Type': string
  'Relation Name'?: string
  Plans?: PlanNode[]
}
type QueryConfig = { text: string; values?: unknown[] }
type PoolClient = {
  query: (query: QueryConfig | string) => Promise<{ rows: Record<string, unknown>[] }>
  release: () => void
}
type Pool = {
  query: (...args: unknown[]) => Promise<unknown>
  connect: () => Promise<PoolClient>
}

const poolOf = (payload: Payload) => (payload.db as unknown as { pool: Pool }).pool

/** Runs `read` and returns the SELECTs it sent (drizzle sends each through the pool's `query`). */
export async function capturePg(
  payload: Payload,
  read: () => Promise<unknown>,
): Promise<PgStatement[]> {
  const pool = poolOf(payload)
  const query = pool.query.bind(pool)
  const seen: PgStatement[] = []
  pool.query = (...args: unknown[]) => {
    const [first, second] = args as [QueryConfig | string, unknown[] | undefined]
    if (typeof first === 'string') seen.push({ sql: first, args: second ?? [] })
    else seen.push({ sql: first.text, args: first.values ?? second ?? [] })
    return query(...args)
  }
  try {
    await read()
  } finally {
    pool.query = query
  }
  return seen.filter(({ sql }) => /^\s*select\b/i.test(sql))
}

export async function explainPg(payload: Payload, statement: PgStatement): Promise<PlanNode> {
  const client = await poolOf(payload).connect()
  try {
    await client.query('SET enable_seqscan = off')
    const { rows } = await client.query({
      text: `EXPLAIN (FORMAT JSON) ${statement.sql}`,
      values: statement.args,
    })
    const plan = rows[0]!['QUERY PLAN'] as { Plan: PlanNode }[]
    return plan[0]!.Plan
  } finally {
    await client.query('RESET enable_seqscan')
    client.release()
  }
}

const walk = (node: PlanNode): PlanNode[] => [node, ...(node.Plans ?? []).flatMap(walk)]

/** Large tables read whole although sequential scans were priced out: no index serves them. */
export function pgPlanProblems(
  plan: PlanNode,
  counts: Map<string, number>,
  largeRows: number,
): string[] {
  return walk(plan)
    .filter((node) => node['Node Type'] === 'Seq Scan')
    .filter((node) => (counts.get(node['Relation Name'] ?? '') ?? 0) > largeRows)
    .map((node) => `reads all of ${node['Relation Name']} (Seq Scan with no usable index)`)
}

export function formatPgPlan(plan: PlanNode, depth = 0): string {
  const line = `${'  '.repeat(depth)}${plan['Node Type']}${plan['Relation Name'] ? ` on ${plan['Relation Name']}` : ''}`
  return [line, ...(plan.Plans ?? []).map((child) => formatPgPlan(child, depth + 1))].join('\n')
}

/** Rows per table in the public schema, counted. */
export async function pgRowCounts(payload: Payload): Promise<Map<string, number>> {
  const client = await poolOf(payload).connect()
  try {
    const { rows } = await client.query(
      "SELECT tablename FROM pg_tables WHERE schemaname = 'public'",
    )
    const counts = new Map<string, number>()
    for (const { tablename } of rows) {
      const result = await client.query(`SELECT count(*) AS n FROM "${String(tablename)}"`)
      counts.set(String(tablename), Number(result.rows[0]!.n))
    }
    return counts
  } finally {
    client.release()
  }
}

/** The row count Postgres's planner believes a table has (from the last ANALYZE). */
export async function pgPlannerRowCount(payload: Payload, table: string): Promise<number> {
  const client = await poolOf(payload).connect()
  try {
    const { rows } = await client.query({
      text: 'SELECT reltuples FROM pg_class WHERE relname = $1',
      values: [table],
    })
    return Number(rows[0]?.reltuples ?? -1)
  } finally {
    client.release()
  }
}
