/**
 * The one place the process environment is read and validated. Everything else receives the typed
 * `AppEnv`, so a misspelt variable or a bad value fails at start-up with a message naming it,
 * instead of surfacing later as an odd runtime error.
 */
import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import { mailSettingsFrom, MailConfigError, type MailSettings } from './mail/settings'
import {
  mediaStorageFrom,
  StorageConfigError,
  type MediaStorageSettings,
} from './mediaStorage/settings'
import { invalidWebhookUrls, parseWebhookUrls } from './webhooks/urls'

export type DatabaseKind = 'mongodb' | 'postgres' | 'sqlite'

export type AppEnv = {
  nodeEnv: 'development' | 'production' | 'test'
  isProduction: boolean
  payloadSecret: string
  databaseUri: string
  databaseKind: DatabaseKind
  /** Postgres: the most connections this process opens (DATABASE_POOL_MAX). */
  databasePoolMax: number
  /** Postgres: read replicas (DATABASE_REPLICA_URIS, comma-separated); reads go there. */
  databaseReplicaUris: string[]
  /**
   * Express's `trust proxy` (TRUST_PROXY): false unless set, a hop count, or a list of addresses
   * and subnets (`loopback`, `10.0.0.0/8`). Only then is X-Forwarded-For believed.
   */
  trustProxy: TrustProxy
  port: number
  /** Interface to listen on: all of them by default, 127.0.0.1 to keep it to this machine. */
  host: string
  serverUrl: string
  corsOrigins: string[]
  seedDemo: boolean
  demoPassword: string | undefined
  /** Print stack traces on start-up failures. */
  debug: boolean
  /** Where local state (SQLite file, generated dev secret, uploads) lives. */
  dataDir: string
  /** Payload's upload folder (MEDIA_DIR): where media files are stored unless S3_BUCKET is set. */
  mediaDir: string
  /** The folder, or the S3-compatible bucket (S3_*), that holds uploaded files. */
  mediaStorage: MediaStorageSettings
  /** GraphQL schema introspection and the playground, off in production unless enabled. */
  graphqlIntrospection: boolean
  graphqlPlayground: boolean
  /** The public site: preview links and live preview in the admin point here. */
  frontendUrl: string
  /** Whether this server renders the reader site (SITE=off: API and admin only). */
  site: boolean
  /** The site's RSS and Atom feeds: full content or the excerpt only, and how many posts. */
  feeds: FeedSettings
  /** SITE_CACHE=off: the site's pages are rendered on every request (src/lib/http/siteCache.ts). */
  siteCache: boolean
  /** Endpoints told about publications, and the key their payloads are signed with. */
  webhookUrls: string[]
  webhookSecret: string
  /** How often this process looks for due jobs (croner syntax, seconds allowed). */
  jobsCron: string
  /** Whether this process runs queued jobs at all (JOBS_AUTORUN=false leaves them to others). */
  jobsAutorun: boolean
  mail: MailSettings
  /** Public submissions (comments, questions) allowed per minute from one address / one email. */
  submissionsPerMinutePerIp: number
  submissionsPerMinutePerEmail: number
  /**
   * REDIS_URL (`redis://` or `rediss://`): the submission limits count there instead of in the
   * database (or in memory); unset by default.
   */
  redisUrl: string | undefined
  readCache: ReadCacheSettings
}

export type FeedSettings = { content: 'full' | 'summary'; items: number }

/** The public read cache (src/lib/http/api.ts). */
export type ReadCacheSettings = {
  /** READ_CACHE=off: nothing is kept in memory; ETags and Cache-Control headers stay. */
  enabled: boolean
  maxEntries: number
  maxBytes: number
  ttlSeconds: number
  /** What CDNs are told: `s-maxage` and `stale-while-revalidate`. */
  sharedMaxAgeSeconds: number
  staleWhileRevalidateSeconds: number
}

export type TrustProxy = false | number | string[]

/** A configuration problem that must stop start-up; its message is shown as the one line. */
export class ConfigError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'ConfigError'
  }
}

export const DEFAULT_DATABASE_URI = 'file:./data/cms.db'
export const ACCEPTED_DATABASE_SCHEMES = [
  'file:',
  'mongodb://',
  'mongodb+srv://',
  'postgres://',
  'postgresql://',
] as const

type RawEnv = Record<string, string | undefined>

export function databaseKindOf(uri: string): DatabaseKind {
  if (uri.startsWith('mongodb://') || uri.startsWith('mongodb+srv://')) return 'mongodb'
  if (uri.startsWith('postgres://') || uri.startsWith('postgresql://')) return 'postgres'
  if (uri.startsWith('file:')) return 'sqlite'
  const scheme = /^([a-z][a-z0-9+.-]*:)/i.exec(uri)?.[1] ?? uri
  throw new ConfigError(
    `DATABASE_URI has an unsupported scheme "${scheme}"; accepted: ${ACCEPTED_DATABASE_SCHEMES.join(', ')}`,
  )
}

function parsePort(raw: string | undefined): number {
  if (raw === undefined || raw === '') return 3000
  const port = Number(raw)
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new ConfigError(`PORT must be a whole number from 0 to 65535, got "${raw}"`)
  }
  return port
}

/**
 * TRUST_PROXY: unset, `false` or `0` trusts nobody; a whole number trusts that many hops in front
 * of the server; anything else is a comma-separated list of addresses, subnets or Express's names
 * (`loopback`, `linklocal`, `uniquelocal`). `true` (trust every hop) is refused: any client could
 * then pick its own address.
 */
export function parseTrustProxy(raw: string | undefined): TrustProxy {
  const value = (raw ?? '').trim()
  if (value === '' || value === 'false' || value === '0') return false
  if (/^\d+$/.test(value)) return Number(value)
  if (value === 'true')
    throw new ConfigError(
      'TRUST_PROXY=true would let any client choose its address; give a hop count or the proxy addresses',
    )
  const list = value
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean)
  const bad = list.find(
    (entry) =>
      !['loopback', 'linklocal', 'uniquelocal'].includes(entry) &&
      !/^[0-9a-f.:]+(\/\d+)?$/i.test(entry),
  )
  if (bad)
    throw new ConfigError(
      `TRUST_PROXY must be a hop count or a list of addresses/subnets (loopback, 10.0.0.0/8), got "${bad}"`,
    )
  return list
}

function parseReplicaUris(raw: string | undefined): string[] {
  const uris = (raw ?? '')
    .split(',')
    .map((uri) => uri.trim())
    .filter(Boolean)
  const bad = uris.find((uri) => !/^postgres(ql)?:\/\//.test(uri))
  if (bad)
    throw new ConfigError(`DATABASE_REPLICA_URIS must be postgres:// URIs, got "${redactUri(bad)}"`)
  return uris
}

/** A database URI with its password replaced, for messages. */
export function redactUri(uri: string): string {
  return uri.replace(/\/\/([^:/@]+):[^@]*@/, '//$1:***@')
}

function parseUrl(name: string, raw: string): string {
  try {
    const url = new URL(raw)
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error('not http(s)')
    // Payload compares origins, which never carry a trailing slash.
    return url.origin
  } catch {
    throw new ConfigError(`${name} must be an http(s) URL, got "${raw}"`)
  }
}

function parseCount(name: string, raw: string | undefined, fallback: number): number {
  if (raw === undefined || raw === '') return fallback
  const value = Number(raw)
  if (!Number.isInteger(value) || value < 1)
    throw new ConfigError(`${name} must be a whole number of 1 or more, got "${raw}"`)
  return value
}

function parseSeconds(name: string, raw: string | undefined, fallback: number): number {
  if (raw === undefined || raw === '') return fallback
  const value = Number(raw)
  if (!Number.isInteger(value) || value < 0)
    throw new ConfigError(`${name} must be a whole number of seconds (0 or more), got "${raw}"`)
  return value
}

function parseFeedContent(raw: string | undefined): FeedSettings['content'] {
  if (raw === undefined || raw === '') return 'summary'
  const value = raw.toLowerCase()
  if (value === 'full' || value === 'summary') return value
  throw new ConfigError(`FEED_CONTENT must be full or summary, got "${raw}"`)
}

/** An API page holds at most 100 documents, so a feed does too. */
function parseFeedItems(raw: string | undefined): number {
  const items = parseCount('FEED_ITEMS', raw, 20)
  if (items > 100) throw new ConfigError(`FEED_ITEMS must be 100 or fewer, got "${raw}"`)
  return items
}

function parseSwitch(name: string, raw: string | undefined, fallback: boolean): boolean {
  if (raw === undefined || raw === '') return fallback
  if (['on', 'true', '1', 'yes'].includes(raw.toLowerCase())) return true
  if (['off', 'false', '0', 'no'].includes(raw.toLowerCase())) return false
  throw new ConfigError(`${name} must be on or off, got "${raw}"`)
}

/** REDIS_URL: unset, or a redis:// or rediss:// URL with a host (credentials and db allowed). */
export function parseRedisUrl(raw: string | undefined): string | undefined {
  if (raw === undefined || raw.trim() === '') return undefined
  let url: URL
  try {
    url = new URL(raw.trim())
  } catch {
    throw new ConfigError(`REDIS_URL must be a redis:// or rediss:// URL, got "${raw}"`)
  }
  if (!['redis:', 'rediss:'].includes(url.protocol) || !url.hostname) {
    throw new ConfigError(
      `REDIS_URL must be a redis:// or rediss:// URL with a host, got "${url.protocol}//…"`,
    )
  }
  const database = url.pathname.replace(/^\//, '')
  if (database !== '' && !/^\d+$/.test(database)) {
    throw new ConfigError(`REDIS_URL's path must be a database number (/0), got "/${database}"`)
  }
  return url.toString()
}

function parseBoolean(name: string, raw: string | undefined): boolean {
  if (raw === undefined || raw === '') return false
  if (['true', '1', 'yes'].includes(raw.toLowerCase())) return true
  if (['false', '0', 'no'].includes(raw.toLowerCase())) return false
  throw new ConfigError(`${name} must be true or false, got "${raw}"`)
}

/**
 * In development a secret is generated once and kept under data/, so logins survive restarts
 * without anyone having to invent one.
 */
export function localSecret(dataDir: string): string {
  const file = path.join(dataDir, '.payload-secret')
  try {
    return fs.readFileSync(file, 'utf8').trim()
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error
  }
  fs.mkdirSync(dataDir, { recursive: true })
  const secret = randomBytes(32).toString('hex')
  fs.writeFileSync(file, `${secret}\n`, { mode: 0o600 })
  return secret
}

export function loadEnv(raw: RawEnv = process.env): AppEnv {
  const nodeEnv =
    raw.NODE_ENV === 'production' ? 'production' : raw.NODE_ENV === 'test' ? 'test' : 'development'
  const isProduction = nodeEnv === 'production'
  const dataDir = path.resolve(raw.DATA_DIR || 'data')

  const databaseUri = raw.DATABASE_URI || DEFAULT_DATABASE_URI
  const databaseKind = databaseKindOf(databaseUri)
  const databaseReplicaUris = parseReplicaUris(raw.DATABASE_REPLICA_URIS)
  if (databaseReplicaUris.length > 0 && databaseKind !== 'postgres')
    throw new ConfigError('DATABASE_REPLICA_URIS is only for a postgres:// DATABASE_URI')

  let payloadSecret = raw.PAYLOAD_SECRET ?? ''
  // `next build` evaluates the config to collect routes; it signs nothing, so it needs no secret.
  const isBuildPhase = raw.NEXT_PHASE === 'phase-production-build'
  if (!payloadSecret) {
    if (isBuildPhase) payloadSecret = 'build-phase-placeholder-never-used-to-sign'
    else if (isProduction) {
      throw new ConfigError(
        'PAYLOAD_SECRET is required in production (set it to a long random string)',
      )
    } else payloadSecret = localSecret(dataDir)
  } else if (isProduction && payloadSecret.length < 32) {
    throw new ConfigError('PAYLOAD_SECRET must be at least 32 characters in production')
  }

  const webhookUrls = parseWebhookUrls(raw.WEBHOOK_URLS)
  const badUrl = invalidWebhookUrls(webhookUrls)[0]
  if (badUrl) throw new ConfigError(`WEBHOOK_URLS: ${badUrl.message}`)
  const webhookSecret = raw.WEBHOOK_SECRET ?? ''
  if (webhookUrls.length > 0 && isProduction && webhookSecret.length < 16) {
    throw new ConfigError(
      'WEBHOOK_SECRET is required (16 characters or more) when WEBHOOK_URLS is set in production',
    )
  }

  let mail: MailSettings
  try {
    mail = mailSettingsFrom(raw)
  } catch (error) {
    if (error instanceof MailConfigError) throw new ConfigError(error.message)
    throw error
  }

  let mediaStorage: MediaStorageSettings
  try {
    mediaStorage = mediaStorageFrom(raw, dataDir)
  } catch (error) {
    if (error instanceof StorageConfigError) throw new ConfigError(error.message)
    throw error
  }

  const port = parsePort(raw.PORT)
  const serverUrl = parseUrl('SERVER_URL', raw.SERVER_URL || `http://localhost:${port || 3000}`)
  const corsOrigins = (raw.CORS_ORIGINS ?? '')
    .split(',')
    .map((origin) => origin.trim())
    .filter(Boolean)
    .map((origin) => parseUrl('CORS_ORIGINS', origin))

  return {
    nodeEnv,
    isProduction,
    payloadSecret,
    databaseUri,
    databaseKind,
    databasePoolMax: parseCount('DATABASE_POOL_MAX', raw.DATABASE_POOL_MAX, 10),
    databaseReplicaUris,
    trustProxy: parseTrustProxy(raw.TRUST_PROXY),
    port,
    host: raw.HOST || '0.0.0.0',
    serverUrl,
    corsOrigins: [...new Set([serverUrl, ...corsOrigins])],
    seedDemo: parseBoolean('SEED_DEMO', raw.SEED_DEMO),
    demoPassword: raw.DEMO_PASSWORD || undefined,
    // DEBUG is shared with the `debug` package ("express:*"), so any value but false/0 turns it on.
    debug: Boolean(raw.DEBUG) && !['false', '0', 'no'].includes(String(raw.DEBUG).toLowerCase()),
    dataDir,
    mediaDir: mediaStorage.dir,
    mediaStorage,
    graphqlIntrospection:
      !isProduction || parseBoolean('GRAPHQL_INTROSPECTION', raw.GRAPHQL_INTROSPECTION),
    graphqlPlayground: !isProduction || parseBoolean('GRAPHQL_PLAYGROUND', raw.GRAPHQL_PLAYGROUND),
    // The reader site is served by this server unless an owner runs their own frontend.
    frontendUrl: parseUrl('FRONTEND_URL', raw.FRONTEND_URL || serverUrl),
    site: parseSwitch('SITE', raw.SITE, true),
    feeds: {
      content: parseFeedContent(raw.FEED_CONTENT),
      items: parseFeedItems(raw.FEED_ITEMS),
    },
    siteCache: parseSwitch('SITE_CACHE', raw.SITE_CACHE, true),
    webhookUrls,
    // Outside production an unset secret falls back to one derived from the Payload secret, so
    // local receivers can still verify signatures; production demands its own.
    webhookSecret: webhookSecret || `dev-webhooks-${payloadSecret.slice(0, 16)}`,
    jobsCron: raw.JOBS_CRON || '*/10 * * * * *',
    jobsAutorun:
      raw.JOBS_AUTORUN === undefined || raw.JOBS_AUTORUN === ''
        ? true
        : parseBoolean('JOBS_AUTORUN', raw.JOBS_AUTORUN),
    mail,
    submissionsPerMinutePerIp: parseCount(
      'SUBMISSIONS_PER_MINUTE_PER_IP',
      raw.SUBMISSIONS_PER_MINUTE_PER_IP,
      5,
    ),
    submissionsPerMinutePerEmail: parseCount(
      'SUBMISSIONS_PER_MINUTE_PER_EMAIL',
      raw.SUBMISSIONS_PER_MINUTE_PER_EMAIL,
      3,
    ),
    redisUrl: parseRedisUrl(raw.REDIS_URL),
    readCache: {
      enabled: parseSwitch('READ_CACHE', raw.READ_CACHE, true),
      maxEntries: parseCount('READ_CACHE_MAX_ENTRIES', raw.READ_CACHE_MAX_ENTRIES, 5000),
      maxBytes: parseCount('READ_CACHE_MAX_MB', raw.READ_CACHE_MAX_MB, 64) * 1024 * 1024,
      ttlSeconds: parseCount('READ_CACHE_TTL_SECONDS', raw.READ_CACHE_TTL_SECONDS, 60),
      sharedMaxAgeSeconds: parseSeconds('CACHE_S_MAXAGE_SECONDS', raw.CACHE_S_MAXAGE_SECONDS, 60),
      staleWhileRevalidateSeconds: parseSeconds(
        'CACHE_STALE_WHILE_REVALIDATE_SECONDS',
        raw.CACHE_STALE_WHILE_REVALIDATE_SECONDS,
        300,
      ),
    },
  }
}
