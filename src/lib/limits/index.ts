/**
 * One limiter per limit: a limit is named once, and everything that counts against it, on any
 * path, counts in the same place (./store.ts decides where that is).
 */
import type { RateLimiterAbstract } from 'rate-limiter-flexible'

import { createRateLimiter } from './store'

export type LimitVerdict = { allowed: true } | { allowed: false; retryAfterSeconds: number }

export interface Limit {
  readonly name: string
  /** Uses allowed per key in each window. */
  readonly points: number
  readonly windowSeconds: number
  /** Counts one use for the key and says whether it was within the limit. */
  consume(key: string): Promise<LimitVerdict>
}

type Registry = Map<string, RateLimiterAbstract>
// Next bundles its own copy of this module for the admin; both copies must count together.
const registry: Registry = ((globalThis as { __cmsLimits?: Registry }).__cmsLimits ??= new Map())

/** What rate-limiter-flexible rejects with when a key is over its limit (not an Error). */
function isRefusal(value: unknown): value is { msBeforeNext: number } {
  return (
    typeof value === 'object' &&
    value !== null &&
    !(value instanceof Error) &&
    typeof (value as { msBeforeNext?: unknown }).msBeforeNext === 'number'
  )
}

/**
 * The limit `name`: `points` uses per key in each window of `windowSeconds`. Asking for the same
 * name and numbers again, from any module, gives the same counts.
 */
export function limit(name: string, points: number, windowSeconds: number): Limit {
  const id = `${name}:${points}/${windowSeconds}s`
  let limiter = registry.get(id)
  if (!limiter) {
    limiter = createRateLimiter({ keyPrefix: id, points, duration: windowSeconds })
    registry.set(id, limiter)
  }
  const counter = limiter
  return {
    name,
    points,
    windowSeconds,
    async consume(key) {
      try {
        await counter.consume(key)
        return { allowed: true }
      } catch (error) {
        // A store that fails (a shared one, later) is a server fault, not a verdict.
        if (!isRefusal(error)) throw error
        return {
          allowed: false,
          retryAfterSeconds: Math.max(1, Math.ceil(error.msBeforeNext / 1000)),
        }
      }
    },
  }
}
