/**
 * `/api/*` served by the Express server's own Payload instance: REST through Payload's
 * `handleEndpoints`, GraphQL through ./graphql.ts. Next keeps the admin, so the public read path
 * never builds a second Payload instance inside Next's bundle.
 *
 * Everything here converts between Node's request/response and the Fetch API's, which is what
 * Payload's handlers speak.
 */
import type { IncomingMessage, ServerResponse } from 'node:http'
import { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'

import { handleEndpoints, type SanitizedConfig } from 'payload'

import { graphqlHandler } from './graphql'

export type WebHandler = (request: Request) => Promise<Response>

const GRAPHQL_PATH = '/api/graphql'

/** Dispatches an API request to REST or GraphQL. */
export function payloadApi(config: SanitizedConfig, payloadInstanceCacheKey: string): WebHandler {
  const graphql = graphqlHandler(config, payloadInstanceCacheKey)
  return async (request) => {
    const { pathname } = new URL(request.url)
    if (pathname === GRAPHQL_PATH && request.method === 'POST') return graphql(request)
    return handleEndpoints({ config, payloadInstanceCacheKey, request })
  }
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
  const headers = new Headers()
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined) continue
    if (Array.isArray(value)) for (const item of value) headers.append(name, item)
    else headers.set(name, value)
  }
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
