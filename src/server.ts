/**
 * Entry point: validates the environment, starts Payload (connecting the database and, in
 * production, applying migrations), seeds the demo when asked, prepares Next (admin, REST,
 * GraphQL) and serves it all through Express.
 *
 * Run it with `--conditions=production` (or `development`), as the npm scripts do: Lexical's
 * default `node` entry points wrap every package in a top-level `await import()`, and Node 20's
 * loader can deadlock on that many of them, leaving the process to exit silently mid-import.
 * The named conditions select the same code without the wrapper.
 */
import { createServer, type Server } from 'node:http'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import next from 'next'
import { executeAuthStrategies, getPayload, type Payload } from 'payload'

import { ConfigError, loadEnv, type AppEnv } from './lib/env'
import { serveApi } from './lib/http/api'
import { createApp } from './lib/http/app'
import { toOriginForm } from './lib/http/originForm'
import { payloadApi } from './lib/http/payloadApi'
import { siteCache } from './lib/http/siteCache'
import { AnswerStore, Generation } from './lib/readCache'
import { onLocalChange } from './lib/readCache/local'
import { readCacheGeneration } from './plugins/readCache'
import { loadRedirects } from './plugins/redirects'
import { serveRedirects } from './lib/redirects/middleware'
import { quietStartupErrors } from './lib/logger'
import { installGracefulShutdown } from './lib/http/gracefulShutdown'
import { releaseRunnerLease } from './jobs/runnerLease'
import { describeMediaStorage } from './lib/mediaStorage/settings'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const SHUTDOWN_DEADLINE_MS = 10_000
/** The Express server's Payload instance; Next's route handlers and pages have their own. */
const PAYLOAD_KEY = 'express-server'
/** How often each process reads the shared read-cache generation, at most. */
const READ_CACHE_CHECK_MS = 1000
/** After a change in this process, how long nothing is cached (its transaction may be open). */
const READ_CACHE_QUIET_MS = 250
const log = (line: string) => process.stdout.write(`${line}\n`)

/** A start-up failure already explained in one line. */
class StartupError extends Error {}

async function startPayload(env: AppEnv): Promise<Payload> {
  const { default: config } = await import('../payload.config')
  const restoreErrorLogs = quietStartupErrors()
  try {
    // Next's admin pages run their own bundled copy of Payload under the default key; this
    // instance, under its own key, serves the API, health checks, seeding and shutdown.
    // `cron` starts the jobs runner (scheduled publications, webhooks, emails) with the server,
    // not at the first admin request.
    return await getPayload({ config, key: PAYLOAD_KEY, cron: true })
  } catch (error) {
    throw new StartupError(
      `cannot reach the database (${env.databaseKind}, DATABASE_URI=${redact(env.databaseUri)}): ${firstLine(error)}`,
      { cause: error },
    )
  } finally {
    restoreErrorLogs()
  }
}

/**
 * The demo seed and the importer behind it (a DOM parser among them) are loaded only when asked
 * for: a server that never seeds never holds them in memory.
 */
async function seedDemoIfEmpty(payload: Payload, env: AppEnv) {
  const { formatLogins, isEmptyDatabase, seed } = await import('./seed')
  if (!(await isEmptyDatabase(payload))) return
  const { logins } = await seed(payload, { demoPassword: env.demoPassword, log })
  log(formatLogins(logins, env.serverUrl))
}

async function listen(
  app: ReturnType<typeof createApp>,
  port: number,
  host: string,
): Promise<Server> {
  return new Promise((resolve, reject) => {
    const server = createServer((req, res) => app(toOriginForm(req), res)).listen(port, host)
    server.once('listening', () => resolve(server))
    server.once('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EADDRINUSE')
        reject(new StartupError(`port ${port} is already in use (set PORT to another one)`))
      else if (error.code === 'EACCES')
        reject(new StartupError(`no permission to listen on port ${port}`))
      else reject(error)
    })
  })
}

async function main() {
  const env = loadEnv()
  const payload = await startPayload(env)

  if (env.seedDemo) await seedDemoIfEmpty(payload, env)

  const nextApp = next({ dev: !env.isProduction, dir: root, hostname: 'localhost', port: env.port })
  await nextApp.prepare()
  const handleNext = nextApp.getRequestHandler()

  const readCache = env.readCache.enabled
    ? {
        store: new AnswerStore({
          maxEntries: env.readCache.maxEntries,
          maxBytes: env.readCache.maxBytes,
          ttlMs: env.readCache.ttlSeconds * 1000,
        }),
        generation: new Generation({
          readShared: () => readCacheGeneration(payload),
          checkIntervalMs: READ_CACHE_CHECK_MS,
          quietMs: READ_CACHE_QUIET_MS,
        }),
      }
    : undefined
  if (readCache) onLocalChange(() => readCache.generation.invalidate())
  // The redirects table follows the same shared generation, whether or not answers are cached.
  const redirectsGeneration =
    readCache?.generation ??
    new Generation({
      readShared: () => readCacheGeneration(payload),
      checkIntervalMs: READ_CACHE_CHECK_MS,
      quietMs: READ_CACHE_QUIET_MS,
    })
  if (!readCache) onLocalChange(() => redirectsGeneration.invalidate())
  // The site's pages have their own store under the same generation: whatever voids the API's
  // answers voids the pages rendered from them.
  const siteStore =
    readCache && env.siteCache
      ? new AnswerStore({
          maxEntries: env.readCache.maxEntries,
          maxBytes: env.readCache.maxBytes,
          ttlMs: env.readCache.ttlSeconds * 1000,
        })
      : undefined

  const handleApiRequest = payloadApi(payload.config, PAYLOAD_KEY)
  const app = createApp({
    handleNext: (req, res) => handleNext(req, res),
    // The site's form posts go to the same handler as /api, from the reader's own address.
    forms: { submit: handleApiRequest, origin: env.serverUrl },
    handleApi: serveApi({
      handle: handleApiRequest,
      origin: env.serverUrl,
      cache: readCache,
      sharedMaxAgeSeconds: env.readCache.sharedMaxAgeSeconds,
      staleWhileRevalidateSeconds: env.readCache.staleWhileRevalidateSeconds,
      cookiePrefix: payload.config.cookiePrefix,
      log,
      signedIn: async (headers) =>
        Boolean((await executeAuthStrategies({ headers, payload })).user),
    }),
    cors: payload.config.cors,
    site: env.site,
    redirects: serveRedirects({
      load: () => loadRedirects(payload),
      generation: redirectsGeneration,
      log,
    }),
    siteCache: siteCache({
      cache:
        readCache && siteStore ? { store: siteStore, generation: readCache.generation } : undefined,
      sharedMaxAgeSeconds: env.readCache.sharedMaxAgeSeconds,
      staleWhileRevalidateSeconds: env.readCache.staleWhileRevalidateSeconds,
      cookiePrefix: payload.config.cookiePrefix,
      log,
    }),
    trustProxy: env.trustProxy,
    stats: () => ({
      readCache: readCache ? readCache.store.stats() : 'off',
      siteCache: siteStore ? siteStore.stats() : 'off',
      memory: memoryInMb(),
    }),
    probeDatabase: () => payload.count({ collection: 'users', overrideAccess: true }),
    log,
  })
  const server = await listen(app, env.port, env.host)
  const address = server.address()
  const port = typeof address === 'object' && address ? address.port : env.port
  // The reader site's pages ask this process's own GraphQL API (src/site/api.ts).
  const ownHost = ['0.0.0.0', '::', ''].includes(env.host) ? '127.0.0.1' : env.host
  process.env.SITE_API_ORIGIN = `http://${ownHost.includes(':') ? `[${ownHost}]` : ownHost}:${port}`
  log(
    `ready: http://localhost:${port}/admin (${env.nodeEnv}, ${env.databaseKind}, media in ${describeMediaStorage(env.mediaStorage)})`,
  )

  installGracefulShutdown({
    server,
    deadlineMs: SHUTDOWN_DEADLINE_MS,
    log,
    cleanup: async () => {
      await releaseRunnerLease(payload)
      await nextApp.close()
      await payload.destroy()
    },
  })
}

/** What the process holds, in MB: all of it (RSS), the JavaScript heap, and buffers outside it. */
function memoryInMb() {
  const usage = process.memoryUsage()
  const mb = (bytes: number) => Math.round(bytes / 1024 / 1024)
  return {
    rss: mb(usage.rss),
    heapUsed: mb(usage.heapUsed),
    heapTotal: mb(usage.heapTotal),
    external: mb(usage.external),
  }
}

function redact(uri: string): string {
  // Never print a password embedded in a connection string.
  return uri.replace(/\/\/([^:/@]+):([^@]+)@/, '//$1:***@')
}

function firstLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error)
  // Adapters wrap their driver's error as "Error: cannot connect to X: Error: ... Details: <cause>".
  const details = /Details: (.*)/.exec(message)?.[1]
  return (details ?? message.replace(/^(Error: )+/, '')).split('\n')[0]!
}

let ready = false
// If the event loop drains before we are ready, a promise was left hanging (see the note on
// --conditions above): say so instead of exiting 0 in silence.
process.on('beforeExit', () => {
  if (ready) return
  process.stderr.write(
    'error: start-up stalled before the server was ready (run node with --conditions=production)\n',
  )
  process.exit(1)
})

main().then(
  () => {
    ready = true
  },
  (error: unknown) => {
    const known = error instanceof ConfigError || error instanceof StartupError
    process.stderr.write(`error: ${known ? (error as Error).message : firstLine(error)}\n`)
    if (process.env.DEBUG) console.error(error)
    process.exit(1)
  },
)
