import type { RequestHandler } from 'express'

/** Resolves when the database answered a real query. */
export type DatabaseProbe = () => Promise<unknown>

const PROBE_TIMEOUT_MS = 2000

/**
 * 200 only when the database answers within the timeout; a load balancer should stop sending
 * traffic to a process whose database is gone, not keep receiving 500s.
 */
export function healthz(
  probe: DatabaseProbe,
  stats: () => Record<string, unknown> = () => ({}),
): RequestHandler {
  return async (_req, res) => {
    let timer: NodeJS.Timeout | undefined
    try {
      await Promise.race([
        probe(),
        new Promise((_, reject) => {
          timer = setTimeout(
            () => reject(new Error('database did not answer in time')),
            PROBE_TIMEOUT_MS,
          )
        }),
      ])
      res
        .status(200)
        .set('Cache-Control', 'no-store')
        .json({ status: 'ok', db: 'ok', ...stats() })
    } catch (error) {
      res
        .status(503)
        .set('Cache-Control', 'no-store')
        .json({ status: 'error', db: 'unavailable', message: (error as Error).message })
    } finally {
      clearTimeout(timer)
    }
  }
}
