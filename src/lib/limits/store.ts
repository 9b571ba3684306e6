/**
 * Where limits keep their counts: the one place that picks the store.
 *
 * - Postgres (several server processes on one database): a table in the database itself,
 *   `cms_runtime.rate_limits`, through rate-limiter-flexible's `RateLimiterPostgres` on the
 *   adapter's own connection pool. Each count is one atomic `INSERT … ON CONFLICT DO UPDATE`, so
 *   every process counts against the same number. The table lives in its own schema, outside the
 *   one Payload manages (its migrations and dev-time schema push never see it), and is created
 *   here on first use.
 * - SQLite (one process per database file): memory. Every path into that process (Express, REST,
 *   GraphQL, the Local API, even the copy of this module bundled into Next's admin) reaches the
 *   same limiter, because ./index.ts keeps them on `globalThis`.
 * - MongoDB: memory too, per process (a `RateLimiterMongo` store would take the same options).
 * - Redis, whatever the database, when REDIS_URL is set: rate-limiter-flexible's
 *   `RateLimiterRedis` (one atomic script per count) on the connection ./redis.ts keeps. No
 *   insurance limiter: while Redis is unreachable a count fails at once (./index.ts's
 *   `LimitStoreUnavailable`, a 503 to the submitter) rather than falling back to a count per
 *   process, which would multiply the limit by the number of processes during the outage.
 */
import {
  RateLimiterMemory,
  RateLimiterPostgres,
  RateLimiterRedis,
  type RateLimiterAbstract,
} from 'rate-limiter-flexible'

export interface LimiterOptions {
  /** Keeps the counts of different limits apart in a shared store. */
  keyPrefix: string
  /** Uses allowed per key in each window. */
  points: number
  /** The window, in seconds. */
  duration: number
}

/** A `pg` pool, as far as the store uses it. */
export type SqlPool = { query: (text: string) => Promise<unknown> }

export type LimitStore =
  | { kind: 'memory' }
  | { kind: 'postgres'; pool: SqlPool }
  /** `log` hears when Redis goes away and comes back. */
  | { kind: 'redis'; url: string; log: (message: string) => void }

export const MEMORY_STORE: LimitStore = { kind: 'memory' }

export const LIMITS_SCHEMA = 'cms_runtime'
export const LIMITS_TABLE = 'rate_limits'

const tables = new WeakMap<SqlPool, Promise<void>>()

/** Creates the shared table once per pool (concurrent creators across processes are fine). */
function ensureTable(pool: SqlPool): Promise<void> {
  let ready = tables.get(pool)
  if (!ready) {
    ready = (async () => {
      try {
        await pool.query(`CREATE SCHEMA IF NOT EXISTS "${LIMITS_SCHEMA}"`)
        await pool.query(
          `CREATE TABLE IF NOT EXISTS "${LIMITS_SCHEMA}"."${LIMITS_TABLE}" (key varchar(255) PRIMARY KEY, points integer NOT NULL DEFAULT 0, expire bigint)`,
        )
      } catch (error) {
        // Another process created it between our IF NOT EXISTS and our CREATE.
        if ((error as { code?: string }).code !== '23505') throw error
      }
    })()
    tables.set(pool, ready)
    ready.catch(() => tables.delete(pool))
  }
  return ready
}

export async function createRateLimiter(
  options: LimiterOptions,
  store: LimitStore = MEMORY_STORE,
): Promise<RateLimiterAbstract> {
  if (store.kind === 'memory') return new RateLimiterMemory(options)
  if (store.kind === 'redis') {
    // Loaded only when REDIS_URL is set.
    const { redisClient, redisReady } = await import('./redis')
    const client = redisClient(store.url, store.log)
    await redisReady(client)
    return new RateLimiterRedis({ ...options, storeClient: client, rejectIfRedisNotReady: true })
  }
  await ensureTable(store.pool)
  return new RateLimiterPostgres({
    ...options,
    storeClient: store.pool,
    storeType: 'pool',
    schemaName: LIMITS_SCHEMA,
    tableName: LIMITS_TABLE,
    tableCreated: true,
    // Expired rows are overwritten on the next use of their key; old ones are swept hourly.
    clearExpiredByTimeout: true,
  })
}
