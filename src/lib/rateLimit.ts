/**
 * Sliding-window rate limits kept in memory, shared by everything in the process: the Express
 * layer and Next's bundled Payload both count into the same windows (one process serves both).
 * A cluster of processes would need a shared store; one process per database is what we run.
 */
export type RateLimitResult = { allowed: true } | { allowed: false; retryAfterSeconds: number }

export interface RateLimiter {
  /** Counts one hit for the key and says whether it is within the limit. */
  hit(key: string, now?: number): RateLimitResult
  reset(): void
}

type Store = Map<string, Map<string, number[]>>
const stores: Store = ((globalThis as { __cmsRateLimits?: Store }).__cmsRateLimits ??= new Map())

/** `limit` hits per `windowMs` per key; `name` lets separate modules share one limiter. */
export function rateLimiter(
  name: string,
  { limit, windowMs }: { limit: number; windowMs: number },
): RateLimiter {
  const windows = stores.get(name) ?? new Map<string, number[]>()
  stores.set(name, windows)
  return {
    hit(key, now = Date.now()) {
      const recent = (windows.get(key) ?? []).filter((time) => time > now - windowMs)
      if (recent.length >= limit) {
        windows.set(key, recent)
        return {
          allowed: false,
          retryAfterSeconds: Math.max(1, Math.ceil((recent[0]! + windowMs - now) / 1000)),
        }
      }
      recent.push(now)
      windows.set(key, recent)
      // Forget idle keys now and then, so a crowd of one-off visitors does not grow the map forever.
      if (windows.size > 10_000) {
        for (const [other, times] of windows)
          if (!times.some((time) => time > now - windowMs)) windows.delete(other)
      }
      return { allowed: true }
    },
    reset() {
      windows.clear()
    },
  }
}
