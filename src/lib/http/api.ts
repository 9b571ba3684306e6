/**
 * The API as Express serves it: every `/api` request goes to Payload (./payloadApi.ts), and public
 * reads go through the read cache first (src/lib/readCache).
 *
 * - Public means no credentials at all (see readCache/request.ts); a signed-in, preview or draft
 *   request is never answered from the cache and its answer is never stored.
 * - Every public read (cached or not) gets a strong ETag, 304 on a matching If-None-Match, and
 *   `Cache-Control: public, max-age=0, s-maxage=…, stale-while-revalidate=…` for CDNs; every
 *   other API answer gets `private, no-store`.
 * - With the cache off (READ_CACHE=off) the headers stay; nothing is kept in memory.
 * - The query string is checked first (./queryBounds.ts): a bad `limit`, `page`, `where` … is a
 *   400 naming it, before anything is keyed or run; anonymous reads get at most 100 a page.
 */
import type { IncomingMessage, ServerResponse } from 'node:http'

import type { RequestHandler } from 'express'

import {
  cacheKeyOf,
  graphqlBodyOf,
  hasCredentials,
  ifNoneMatchHits,
  strongEtag,
  GRAPHQL_PATH,
  NOT_REPLAYED,
  PRIVATE,
  type AnswerStore,
  type CachedAnswer,
  type Generation,
} from '../readCache'
import { submissionBody } from './commentDefence'
import { sendWebResponse, toWebRequest, webHeaders, type WebHandler } from './payloadApi'
import { isQueryInBody, queryBoundsProblem } from './queryBounds'

export interface ReadCache {
  store: AnswerStore
  generation: Generation
}

export interface ApiOptions {
  handle: WebHandler
  /** The server's own origin (SERVER_URL): the base of the URLs Payload sees. */
  origin: string
  /** Undefined when READ_CACHE=off. */
  cache?: ReadCache
  /** CDN lifetime of a public answer, and how long a CDN may serve it stale while refetching. */
  sharedMaxAgeSeconds: number
  staleWhileRevalidateSeconds: number
  cookiePrefix?: string
  log?: (line: string) => void
  /**
   * Whether a request's credentials name a user. Asked only when a request that carries some
   * asks for more than an anonymous reader may (`limit=0` …), so a made-up token lifts no limit.
   */
  signedIn?: (headers: Headers) => Promise<boolean>
}

/** A public GraphQL query is read before it is answered, to key it; nothing honest is this big. */
export const MAX_PUBLIC_GRAPHQL_BYTES = 256 * 1024
/** A query string sent as a body (Payload's method override): as much as a long admin filter. */
export const MAX_QUERY_BODY_BYTES = 1024 * 1024
/** Answers worth keeping: a found document and a missing one (which becomes 200 on publication). */
const CACHEABLE_STATUSES = new Set([200, 404])
/** Uploaded files are streamed with Payload's own headers, never held in memory. */
const FILE_PATH = /^\/api\/[^/]+\/file\//
const VARY = 'Origin, Authorization, Cookie, X-Preview-Token'
/** The methods Payload's REST and GraphQL endpoints answer. */
const API_METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']

class BodyTooLarge extends Error {}

async function readBody(req: IncomingMessage, limit: number, what: string): Promise<Buffer> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of req) {
    size += (chunk as Buffer).length
    if (size > limit) throw new BodyTooLarge(`${what} can be at most ${limit / 1024} KB.`)
    chunks.push(chunk as Buffer)
  }
  return Buffer.concat(chunks)
}

type Answer = Omit<CachedAnswer, 'generation'>

function sendAnswer(
  req: IncomingMessage,
  res: ServerResponse,
  answer: Answer,
  cacheControl: string,
  state: 'HIT' | 'MISS' | 'BYPASS',
) {
  res.statusCode = answer.status
  for (const [name, value] of answer.headers) res.setHeader(name, value)
  res.setHeader('ETag', answer.etag)
  res.setHeader('Cache-Control', cacheControl)
  res.setHeader('Vary', VARY)
  res.setHeader('X-Cache', state)
  if (answer.status === 200 && ifNoneMatchHits(req.headers['if-none-match'], answer.etag)) {
    res.statusCode = 304
    res.removeHeader('content-type')
    res.end()
    return
  }
  res.setHeader('Content-Length', answer.body.length)
  // Node leaves the body out of an answer to HEAD.
  res.end(answer.body)
}

function refuse(res: ServerResponse, status: number, message: string) {
  res.statusCode = status
  res.setHeader('Cache-Control', PRIVATE)
  res.setHeader('Content-Type', 'application/json; charset=utf-8')
  res.end(JSON.stringify({ errors: [{ message }] }))
}

export function serveApi(options: ApiOptions): RequestHandler {
  const { handle, origin, cache, cookiePrefix } = options
  const publicControl = `public, max-age=0, s-maxage=${options.sharedMaxAgeSeconds}, stale-while-revalidate=${options.staleWhileRevalidateSeconds}`
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`))

  /** What is wrong with the query for this caller (./queryBounds.ts), if anything. */
  async function boundsProblem(req: IncomingMessage, query: string, anonymous: boolean) {
    const problem = queryBoundsProblem(query, { anonymous })
    if (problem || anonymous || !options.signedIn) return problem
    const asAnonymous = queryBoundsProblem(query, { anonymous: true })
    if (!asAnonymous) return undefined
    return (await options.signedIn(webHeaders(req))) ? undefined : asAnonymous
  }

  async function passThrough(
    req: IncomingMessage,
    res: ServerResponse,
    url: string,
    body?: Buffer,
  ) {
    const response = await handle(toWebRequest(req, url, origin, body))
    if (!FILE_PATH.test(url)) {
      response.headers.set('Cache-Control', PRIVATE)
      response.headers.set('Vary', VARY)
    }
    await sendWebResponse(res, response)
  }

  async function answerPublic(
    req: IncomingMessage,
    res: ServerResponse,
    url: string,
    key: string,
    body?: Buffer,
  ) {
    let generation: string | undefined
    if (cache) {
      try {
        await cache.generation.refresh()
        generation = cache.generation.current()
        const hit = cache.store.get(key, generation)
        if (hit) return sendAnswer(req, res, hit, publicControl, 'HIT')
      } catch (error) {
        // Without the generation nothing cached can be trusted: answer from Payload, keep nothing.
        generation = undefined
        log(`read cache: cannot read the generation (${(error as Error).message}); uncached`)
      }
    }
    const response = await handle(toWebRequest(req, url, origin, body))
    const bytes = Buffer.from(await response.arrayBuffer())
    const headers: [string, string][] = []
    response.headers.forEach((value, name) => {
      if (!NOT_REPLAYED.has(name)) headers.push([name, value])
    })
    const answer: Answer = {
      status: response.status,
      headers,
      body: bytes,
      etag: strongEtag(bytes),
    }
    const keepable = CACHEABLE_STATUSES.has(response.status) && !response.headers.has('set-cookie')
    if (!keepable) {
      // An error or a session-changing answer: sent as it came, never shared.
      for (const cookie of response.headers.getSetCookie()) res.appendHeader('set-cookie', cookie)
      return sendAnswer(req, res, answer, PRIVATE, 'BYPASS')
    }
    if (cache && generation !== undefined && cache.generation.storable(generation)) {
      cache.store.set(key, { ...answer, generation })
    }
    sendAnswer(req, res, answer, publicControl, cache ? 'MISS' : 'BYPASS')
  }

  async function route(req: IncomingMessage, res: ServerResponse, url: string) {
    if (!API_METHODS.includes(req.method ?? '')) {
      // TRACE, CONNECT and inventions: a Fetch Request cannot even be made of them.
      res.setHeader('Allow', API_METHODS.join(', '))
      return refuse(res, 405, `${req.method} is not a method this API answers.`)
    }
    // A HEAD is answered as its GET would be.
    const method = req.method === 'HEAD' ? 'GET' : (req.method ?? 'GET')
    const request = { method, url, headers: req.headers }
    if (FILE_PATH.test(url)) return passThrough(req, res, url)
    const [path, search = ''] = url.split(/\?(.*)/s)
    const anonymous = !hasCredentials(req.headers, cookiePrefix)
    const queryBody = isQueryInBody(method, req.headers)
      ? await readBody(req, MAX_QUERY_BODY_BYTES, 'A query sent as a body')
      : undefined
    for (const query of [search, queryBody?.toString('utf8') ?? '']) {
      const problem = await boundsProblem(req, query, anonymous)
      if (problem) return refuse(res, 400, problem)
    }
    if (queryBody) return passThrough(req, res, url, queryBody)
    if (method === 'POST' && path === GRAPHQL_PATH && anonymous) {
      const body = await readBody(req, MAX_PUBLIC_GRAPHQL_BYTES, 'A GraphQL request')
      const parsed = graphqlBodyOf(body)
      const key = parsed && cacheKeyOf(request, parsed, cookiePrefix)
      return key ? answerPublic(req, res, url, key, body) : passThrough(req, res, url, body)
    }
    const key = method === 'GET' ? cacheKeyOf(request, undefined, cookiePrefix) : undefined
    // A submission's body was already read, and its size checked, by ./commentDefence.ts.
    return key ? answerPublic(req, res, url, key) : passThrough(req, res, url, submissionBody(req))
  }

  return async (req, res) => {
    try {
      await route(req, res, req.originalUrl)
    } catch (error) {
      if (error instanceof BodyTooLarge) return refuse(res, 413, error.message)
      if (res.headersSent) {
        // The client went away mid-answer, or the stream broke: nothing more can be said to it.
        res.destroy()
        return
      }
      log(
        `api: ${req.method} ${req.originalUrl} failed: ${(error as Error).stack ?? String(error)}`,
      )
      res
        .status(500)
        .set('Cache-Control', PRIVATE)
        .json({ errors: [{ message: 'Something went wrong.' }] })
    }
  }
}
