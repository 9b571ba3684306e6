/**
 * The Redis connection the limits count on when REDIS_URL is set: one per URL and process (kept
 * on `globalThis`, like ./index.ts's limiters, so Next's bundled copy shares it).
 *
 * It fails fast instead of queueing: while Redis is unreachable a command is refused at once
 * (no offline queue, one try, a short command timeout), and the connection keeps retrying in the
 * background, so counting resumes by itself when Redis is back.
 */
import { Redis } from 'ioredis'

/** How long a start-up or a command may wait for Redis before the count is given up. */
export const REDIS_WAIT_MS = 2_000

type Clients = Map<string, Redis>
const clients: Clients = ((globalThis as { __cmsRedis?: Clients }).__cmsRedis ??= new Map())

export function redisClient(url: string, log: (message: string) => void): Redis {
  let client = clients.get(url)
  if (!client) {
    const created = new Redis(url, {
      enableOfflineQueue: false,
      maxRetriesPerRequest: 1,
      connectTimeout: REDIS_WAIT_MS,
      commandTimeout: REDIS_WAIT_MS,
      // Reconnect soon, then at most every 2 s, for as long as the process runs.
      retryStrategy: (attempt) => Math.min(attempt * 200, 2_000),
    })
    // Said once per outage, not on every reconnection attempt.
    let state: 'starting' | 'up' | 'down' = 'starting'
    const down = (why: string) => {
      if (state !== 'down')
        log(`limits: Redis ${why}; submissions are refused (503) until it is back`)
      state = 'down'
    }
    created.on('close', () => state === 'up' && down('connection lost'))
    created.on('error', (error: Error) => down(`unreachable (${error.message})`))
    created.on('ready', () => {
      if (state === 'down') log('limits: Redis reachable again')
      state = 'up'
    })
    clients.set(url, created)
    client = created
  }
  return client
}

/** Resolves once the client is ready; rejects after REDIS_WAIT_MS. */
export async function redisReady(client: Redis): Promise<void> {
  if (client.status === 'ready') return
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => {
      client.off('ready', onReady)
      reject(new Error(`Redis not reachable within ${REDIS_WAIT_MS} ms`))
    }, REDIS_WAIT_MS)
    const onReady = () => {
      clearTimeout(timer)
      resolve()
    }
    client.once('ready', onReady)
  })
}
