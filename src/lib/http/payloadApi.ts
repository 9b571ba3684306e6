/**
 * `/api/*` served by the Express server's own Payload instance: REST through Payload's
 * `handleEndpoints`, GraphQL through ./graphql.ts. Next keeps the admin, so the public read path
 * never builds a second Payload instance inside Next's bundle.
 *
 * Before either runs, the entry checks: a route Payload lists but this site lacks is 404
 * (./apiRoutes.ts), and a body that is not a JSON object or a well-formed form is a 4xx
 * (./requestBody.ts). The rest converts between Node's request/response and the Fetch API's,
 * which is what Payload's handlers speak.
 */
import type { IncomingMessage, ServerResponse } from 'node:http'
import { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'

import { handleEndpoints, type SanitizedConfig } from 'payload'

import { routeRefusal, type RouteFeatures } from './apiRoutes'
import { graphqlHandler } from './graphql'
import { bodyRefusal, mediaTypeOf, MULTIPART_TYPE } from './requestBody'

export type WebHandler = (request: Request) => Promise<Response>

const GRAPHQL_PATH = '/api/graphql'
/** Multipart framing and the other form fields add a little to the largest file. */
const BODY_ALLOWANCE_BYTES = 1024 * 1024
/** Payload's own default cap on a multipart body, when the config names no file size. */
const DEFAULT_MAX_BODY_BYTES = 50 * 1024 * 1024
/**
 * Any body that is not an upload: a long essay with its rich text is a few hundred KB of JSON;
 * parsing tens of MB of it would hold the event loop for everyone else.
 */
export const MAX_JSON_BODY_BYTES = 2 * 1024 * 1024

/** Which of Payload's REST routes each collection and global really has (./apiRoutes.ts). */
export function routeFeaturesOf(config: SanitizedConfig): RouteFeatures {
  const slugs = (keep: (collection: SanitizedConfig['collections'][number]) => unknown) =>
    new Set(config.collections.filter(keep).map(({ slug }) => slug))
  return {
    apiRoute: config.routes.api,
    withoutEndpoints: slugs((collection) => collection.endpoints === false),
    versionedCollections: slugs((collection) => collection.versions),
    versionedGlobals: new Set(config.globals.filter((g) => g.versions).map(({ slug }) => slug)),
    verifyingCollections: slugs((collection) => collection.auth?.verify),
    uploadCollections: slugs((collection) => collection.upload),
  }
}

const refusal = (status: number, message: string) =>
  Response.json({ errors: [{ message }] }, { status })

class BodyTooLarge extends Error {}

/**
 * The body, if it is at most `limit` bytes. Past it the rest is read and dropped, so that the
 * client finishes sending and reads our 413 (a client still writing when the server hangs up
 * sees a reset instead); past `cutOff` the connection is dropped.
 */
async function readAll(
  body: ReadableStream<Uint8Array>,
  limit: number,
  cutOff: number,
): Promise<Buffer> {
  const chunks: Uint8Array[] = []
  let size = 0
  for await (const chunk of body as unknown as AsyncIterable<Uint8Array>) {
    size += chunk.byteLength
    if (size > cutOff) break
    if (size <= limit) chunks.push(chunk)
  }
  if (size > limit) throw new BodyTooLarge()
  return Buffer.concat(chunks)
}

/**
 * Dispatches an API request to REST or GraphQL, after the entry checks: a route Payload does not
 * really have is 404, and a body is read whole (up to the upload limit) and checked
 * (./requestBody.ts) before Payload is given those same bytes.
 */
export function payloadApi(config: SanitizedConfig, payloadInstanceCacheKey: string): WebHandler {
  const graphql = graphqlHandler(config, payloadInstanceCacheKey)
  const features = routeFeaturesOf(config)
  const maxBodyBytes =
    (config.upload?.limits?.fileSize ?? DEFAULT_MAX_BODY_BYTES) + BODY_ALLOWANCE_BYTES
  const dispatch = (request: Request, pathname: string) =>
    pathname === GRAPHQL_PATH && request.method === 'POST'
      ? graphql(request)
      : handleEndpoints({ config, payloadInstanceCacheKey, request })
  return async (request) => {
    const { pathname } = new URL(request.url)
    const badRoute = routeRefusal(features, pathname)
    if (badRoute) return refusal(badRoute.status, badRoute.message)
    if (!request.body || !['POST', 'PUT', 'PATCH'].includes(request.method)) {
      return dispatch(request, pathname)
    }
    const isUpload = mediaTypeOf(request.headers.get('content-type')) === MULTIPART_TYPE
    const limit = isUpload ? maxBodyBytes : MAX_JSON_BODY_BYTES
    let body: Buffer
    try {
      // Counted on the bytes read, whatever Content-Length said (or chunked, said nothing).
      body = await readAll(request.body, limit, maxBodyBytes)
    } catch (error) {
      if (!(error instanceof BodyTooLarge)) throw error
      const what = isUpload ? 'An upload' : 'A request body that is not an upload'
      return refusal(413, `${what} can be at most ${Math.floor(limit / 2 ** 20)} MB.`)
    }
    const badBody = await bodyRefusal({
      method: request.method,
      contentType: request.headers.get('content-type'),
      getOverride: [
        request.headers.get('x-payload-http-method-override'),
        request.headers.get('x-http-method-override'),
      ].includes('GET'),
      body,
    })
    if (badBody) return refusal(badBody.status, badBody.message)
    return dispatch(
      new Request(request.url, {
        method: request.method,
        headers: request.headers,
        body,
      } as RequestInit),
      pathname,
    )
  }
}

/** A Node request's headers as Fetch `Headers` (repeated headers kept apart). */
export function webHeaders(req: IncomingMessage): Headers {
  const headers = new Headers()
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined) continue
    if (Array.isArray(value)) for (const item of value) headers.append(name, item)
    else headers.set(name, value)
  }
  return headers
}

/**
 * The Fetch request for a Node request to `url` (path and query as sent; under Express's `/api`
 * mount that is `originalUrl`). `body` is the already-read body, if any; otherwise the
 * request streams its body as it arrives. `origin` is the server's own (SERVER_URL), never the
 * client's Host header.
 */
export function toWebRequest(
  req: IncomingMessage,
  url: string,
  origin: string,
  body?: Buffer,
): Request {
  const headers = webHeaders(req)
  // Payload's endpoints answer GET; a HEAD gets the same answer, whose body Node leaves unsent.
  const method = req.method === 'HEAD' ? 'GET' : (req.method ?? 'GET')
  const hasBody = method !== 'GET' && method !== 'HEAD'
  return new Request(`${origin}${url}`, {
    method,
    headers,
    body: !hasBody ? undefined : (body ?? (Readable.toWeb(req) as ReadableStream)),
    // Node's fetch needs this for a streamed body.
    ...(hasBody && !body ? { duplex: 'half' } : {}),
  } as RequestInit)
}

/** Writes a Fetch response's status and headers (every Set-Cookie kept apart). */
export function writeHead(res: ServerResponse, response: Response, skip: string[] = []): void {
  res.statusCode = response.status
  response.headers.forEach((value, name) => {
    if (name === 'set-cookie' || skip.includes(name)) return
    res.setHeader(name, value)
  })
  const cookies = response.headers.getSetCookie()
  if (cookies.length > 0) res.setHeader('set-cookie', cookies)
}

/** Streams a Fetch response to the client. */
export async function sendWebResponse(res: ServerResponse, response: Response): Promise<void> {
  writeHead(res, response)
  if (!response.body) {
    res.end()
    return
  }
  await pipeline(Readable.fromWeb(response.body as never), res)
}
