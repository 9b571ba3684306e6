/**
 * One limiter per limit: a limit is named once, and everything that counts against it, on any
 * path, counts in the same place (./store.ts decides where that is).
 */
import type { RateLimiterAbstract } from 'rate-limiter-flexible'

import { createRateLimiter, MEMORY_STORE, type LimitStore, type SqlPool } from './store'

export { MEMORY_STORE, type LimitStore } from './store'

export type LimitVerdict = { allowed: true } | { allowed: false; retryAfterSeconds: number }

export interface Limit {
  readonly name: string
  /** Uses allowed per key in each window. */
  readonly points: number
  readonly windowSeconds: number
  /** Counts one use for the key and says whether it was within the limit. */
  consume(key: string): Promise<LimitVerdict>
}

type Registry = Map<string, Promise<RateLimiterAbstract>>
// Next bundles its own copy of this module for the admin; both copies must count together.
const registry: Registry = ((globalThis as { __cmsLimits?: Registry }).__cmsLimits ??= new Map())

/** The store could not count (Redis or the database unreachable): neither allowed nor refused. */
export class LimitStoreUnavailable extends Error {
  constructor(limitName: string, cause: unknown) {
    super(
      `the ${limitName} limit could not be counted: ${cause instanceof Error ? cause.message : String(cause)}`,
      { cause },
    )
    this.name = 'LimitStoreUnavailable'
  }
}

/** What rate-limiter-flexible rejects with when a key is over its limit (not an Error). */
function isRefusal(value: unknown): value is { msBeforeNext: number } {
  return (
    typeof value === 'object' &&
    value !== null &&
    !(value instanceof Error) &&
    typeof (value as { msBeforeNext?: unknown }).msBeforeNext === 'number'
  )
}

const pools = new WeakMap<SqlPool, number>()
let poolsSeen = 0
/** Tells stores apart in the registry: memory, or the database pool the counts live in. */
function storeKey(store: LimitStore): string {
  if (store.kind === 'memory') return 'memory'
  if (store.kind === 'redis') return `redis:${store.url}`
  if (!pools.has(store.pool)) pools.set(store.pool, ++poolsSeen)
  return `postgres#${pools.get(store.pool)}`
}

/**
 * The limit `name`: `points` uses per key in each window of `windowSeconds`, counted in `store`.
 * Asking for the same name, numbers and store again, from any module, gives the same counts.
 */
export function limit(
  name: string,
  points: number,
  windowSeconds: number,
  store: LimitStore = MEMORY_STORE,
): Limit {
  const id = `${name}:${points}/${windowSeconds}s`
  const registryKey = `${storeKey(store)}:${id}`
  let limiter = registry.get(registryKey)
  if (!limiter) {
    limiter = createRateLimiter({ keyPrefix: id, points, duration: windowSeconds }, store)
    registry.set(registryKey, limiter)
    // A store that could not be set up is asked again next time.
    limiter.catch(() => registry.delete(registryKey))
  }
  const pending = limiter
  return {
    name,
    points,
    windowSeconds,
    async consume(key) {
      try {
        const counter = await pending
        await counter.consume(key)
        return { allowed: true }
      } catch (error) {
        // A store that fails is no verdict: the caller decides what an uncounted use gets.
        if (!isRefusal(error)) throw new LimitStoreUnavailable(name, error)
        return {
          allowed: false,
          retryAfterSeconds: Math.max(1, Math.ceil(error.msBeforeNext / 1000)),
        }
      }
    },
  }
}
