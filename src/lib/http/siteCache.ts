/**
 * The reader site's HTML cache: pages Next renders for anonymous readers are kept in memory and
 * served from there until anything public changes. It reuses the API's read cache machinery
 * (src/lib/readCache): its own AnswerStore, and the API's Generation, so every publication,
 * unpublication, scheduled publication, comment approval or settings change that voids the API's
 * cache voids the pages too, in every process on the database (within a second elsewhere).
 *
 * - Kept: GET answers with status 200 or 404 (a missing page becomes a 200 on publication) and no
 *   Set-Cookie, to requests with no credentials at all (no Authorization, no login cookie, no
 *   preview token header or parameter, no `draft`/`token` parameter), outside the admin, the API,
 *   Next's assets and the preview route.
 * - Never kept: signed-in or preview requests, form posts (any method but GET/HEAD), answers that
 *   set cookies, errors. Those are passed to Next as they are; a signed-in reader's page is marked
 *   `private, no-store`.
 * - Headers: a public page has a strong ETag (304 on If-None-Match), the API's public
 *   Cache-Control and `X-Cache: HIT|MISS|BYPASS`.
 */
import { ServerResponse, type IncomingMessage } from 'node:http'

import type { RequestHandler } from 'express'

import {
  hasCredentials,
  ifNoneMatchHits,
  normalisedQuery,
  strongEtag,
  DRAFT_PARAM,
  PREVIEW_PARAM,
  NOT_REPLAYED,
  PRIVATE,
  type AnswerStore,
  type CachedAnswer,
  type Generation,
} from '../readCache'

export interface SiteCacheOptions {
  /** The site's own store and the API's generation; undefined keeps nothing (headers stay). */
  cache?: { store: AnswerStore; generation: Generation }
  sharedMaxAgeSeconds: number
  staleWhileRevalidateSeconds: number
  cookiePrefix?: string
  log?: (line: string) => void
}

/** Paths that are not reader pages: the admin, the API, Next's own assets, previews. */
const NOT_PAGES = /^\/(admin|api|_next|preview|healthz)(\/|$)|^\/_/
/** Parameters that make a page someone's own (a preview, a signed link in an email). */
const PERSONAL_PARAMS = [PREVIEW_PARAM, DRAFT_PARAM, 'token']
/** Requests Next's client router makes for React Server Component payloads. */
const RSC_HEADERS = ['rsc', 'next-router-state-tree', 'next-router-prefetch', 'next-action']
const CACHEABLE_STATUSES = new Set([200, 404])
/** What Next may have set that the cached answer decides instead (Set-Cookie stays). */
const DECIDED_HERE = [
  'content-length',
  'content-encoding',
  'transfer-encoding',
  'etag',
  'cache-control',
  'vary',
  'x-cache',
]
const VARY = 'Cookie, Authorization, X-Preview-Token'

type Answer = Omit<CachedAnswer, 'generation'>

/** The cache key of a reader page, or undefined when the request must not share one. */
export function sitePageKey(
  req: Pick<IncomingMessage, 'method' | 'url' | 'headers'>,
  cookiePrefix?: string,
): string | undefined {
  if (req.method !== 'GET' && req.method !== 'HEAD') return undefined
  const url = req.url ?? '/'
  const question = url.indexOf('?')
  const path = question === -1 ? url : url.slice(0, question)
  const search = question === -1 ? '' : url.slice(question + 1)
  if (NOT_PAGES.test(path)) return undefined
  if (hasCredentials(req.headers, cookiePrefix)) return undefined
  if (RSC_HEADERS.some((name) => req.headers[name] !== undefined)) return undefined
  const params = new URLSearchParams(search)
  if (PERSONAL_PARAMS.some((name) => params.has(name)) || params.has('_rsc')) return undefined
  return `SITE GET ${path}?${normalisedQuery(search)}`
}

/** Whether the request is for a page of the site at all (as opposed to the admin or the API). */
export const isSitePath = (url: string | undefined) => !NOT_PAGES.test((url ?? '/').split('?')[0]!)

function sendAnswer(
  req: IncomingMessage,
  res: ServerResponse,
  answer: Answer,
  cacheControl: string,
  state: 'HIT' | 'MISS' | 'BYPASS',
  end: (body?: Buffer) => void,
) {
  res.statusCode = answer.status
  for (const name of DECIDED_HERE) res.removeHeader(name)
  for (const [name, value] of answer.headers) res.setHeader(name, value)
  res.setHeader('ETag', answer.etag)
  res.setHeader('Cache-Control', cacheControl)
  res.setHeader('Vary', VARY)
  res.setHeader('X-Cache', state)
  if (answer.status === 200 && ifNoneMatchHits(req.headers['if-none-match'], answer.etag)) {
    res.statusCode = 304
    res.removeHeader('content-type')
    return end()
  }
  res.setHeader('Content-Length', answer.body.length)
  end(req.method === 'HEAD' ? undefined : answer.body)
}

type Chunk = string | Uint8Array
const OVERRIDDEN = ['writeHead', 'flushHeaders', 'write', 'end'] as const
type Callback = (error?: Error | null) => void

/**
 * Lets Next render into memory instead of the socket, and calls `done` with the whole answer once
 * Next ends it; `done` then sends it through `end` (the response's real end).
 */
function captureInto(
  res: ServerResponse,
  done: (answer: { status: number; body: Buffer }, end: (body?: Buffer) => void) => void,
) {
  const chunks: Buffer[] = []
  const realEnd = ServerResponse.prototype.end.bind(res) as (body?: Buffer) => ServerResponse
  const add = (chunk: unknown, encoding?: unknown) => {
    if (chunk === undefined || chunk === null || typeof chunk === 'function') return
    chunks.push(
      typeof chunk === 'string'
        ? Buffer.from(chunk, typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8')
        : Buffer.from(chunk as Uint8Array),
    )
  }
  const callbackOf = (...args: unknown[]) =>
    args.find((arg): arg is Callback => typeof arg === 'function')
  res.writeHead = ((status: number, ...rest: unknown[]) => {
    res.statusCode = status
    const headers = rest.find((arg) => arg && typeof arg === 'object') as
      Record<string, string | string[] | number> | [string, string][] | undefined
    if (Array.isArray(headers)) for (const [name, value] of headers) res.setHeader(name, value)
    else if (headers)
      for (const [name, value] of Object.entries(headers)) res.setHeader(name, value)
    return res
  }) as ServerResponse['writeHead']
  res.flushHeaders = () => undefined
  res.write = ((chunk: Chunk, ...rest: unknown[]) => {
    add(chunk, rest[0])
    callbackOf(...rest)?.()
    return true
  }) as ServerResponse['write']
  res.end = ((chunk?: Chunk | Callback, ...rest: unknown[]) => {
    add(chunk, rest[0])
    const callback = callbackOf(chunk, ...rest)
    if (callback) res.once('finish', () => callback())
    done({ status: res.statusCode, body: Buffer.concat(chunks) }, (body) => {
      // Back to the real methods: ending sends the headers through writeHead.
      for (const name of OVERRIDDEN) delete (res as unknown as Record<string, unknown>)[name]
      realEnd(body)
    })
    return res
  }) as ServerResponse['end']
}

/** Marks an answer `private, no-store` just before its headers go out, whatever Next set. */
function keepPrivate(res: ServerResponse, state: 'BYPASS') {
  const writeHead = res.writeHead.bind(res) as (...args: unknown[]) => ServerResponse
  res.writeHead = ((...args: unknown[]) => {
    res.setHeader('Cache-Control', PRIVATE)
    res.setHeader('X-Cache', state)
    return writeHead(...args)
  }) as ServerResponse['writeHead']
}

/** The Express middleware in front of Next for the reader site. */
export function siteCache(options: SiteCacheOptions): RequestHandler {
  const { cache, cookiePrefix } = options
  const publicControl = `public, max-age=0, s-maxage=${options.sharedMaxAgeSeconds}, stale-while-revalidate=${options.staleWhileRevalidateSeconds}`
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`))

  return async (req, res, next) => {
    if (!isSitePath(req.originalUrl)) return next()
    const key = sitePageKey(
      { method: req.method, url: req.originalUrl, headers: req.headers },
      cookiePrefix,
    )
    if (!key) {
      keepPrivate(res, 'BYPASS')
      return next()
    }
    let generation: string | undefined
    if (cache) {
      try {
        await cache.generation.refresh()
        generation = cache.generation.current()
        const hit = cache.store.get(key, generation)
        if (hit) return sendAnswer(req, res, hit, publicControl, 'HIT', (body) => res.end(body))
      } catch (error) {
        generation = undefined
        log(`site cache: cannot read the generation (${(error as Error).message}); uncached`)
      }
    }
    if (req.method === 'HEAD') {
      // Answered by Next without a body; nothing to keep.
      keepPrivate(res, 'BYPASS')
      return next()
    }
    // Next must render the whole page, uncompressed and unconditional, for it to be kept.
    delete req.headers['accept-encoding']
    delete req.headers['if-none-match']
    delete req.headers['if-modified-since']
    captureInto(res, ({ status, body }, end) => {
      const headers: [string, string][] = []
      for (const [name, value] of Object.entries(res.getHeaders())) {
        if (NOT_REPLAYED.has(name) || value === undefined) continue
        headers.push([name, Array.isArray(value) ? value.join(', ') : String(value)])
      }
      const answer: Answer = { status, headers, body, etag: strongEtag(body) }
      const keepable = CACHEABLE_STATUSES.has(status) && !res.hasHeader('set-cookie')
      if (!keepable) return sendAnswer(req, res, answer, PRIVATE, 'BYPASS', end)
      if (cache && generation !== undefined && cache.generation.storable(generation))
        cache.store.set(key, { ...answer, generation })
      sendAnswer(req, res, answer, publicControl, cache ? 'MISS' : 'BYPASS', end)
    })
    next()
  }
}
