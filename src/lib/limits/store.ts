/**
 * Where limits keep their counts: the one place that picks the store.
 *
 * Memory for now. One process per database is what we run, and every path into that process
 * (Express, REST, GraphQL, the Local API, even the copy of this module bundled into Next's admin)
 * reaches the same limiter, because ./index.ts keeps them on `globalThis`. Several processes
 * behind one site need a shared store: rate-limiter-flexible's `RateLimiterPostgres`,
 * `RateLimiterRedis` or `RateLimiterMongo` take the same options plus a `storeClient`, so the
 * scale-out step changes this function and nothing that consumes a limit.
 */
import { RateLimiterMemory, type RateLimiterAbstract } from 'rate-limiter-flexible'

export interface LimiterOptions {
  /** Keeps the counts of different limits apart in a shared store. */
  keyPrefix: string
  /** Uses allowed per key in each window. */
  points: number
  /** The window, in seconds. */
  duration: number
}

export function createRateLimiter(options: LimiterOptions): RateLimiterAbstract {
  return new RateLimiterMemory(options)
}
