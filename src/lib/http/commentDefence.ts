import type { IncomingMessage } from 'node:http'

import type { RequestHandler, Response } from 'express'

/** The header Payload's hooks read the client's address from (collections/Comments/hooks/context.ts). */
export const CLIENT_IP_HEADER = 'x-cms-client-ip'
/** A comment or question, with its form fields, fits in far less; anything bigger is not one. */
export const MAX_SUBMISSION_BYTES = 64 * 1024
/**
 * After a refusal the rest of the body is read and dropped (never kept or parsed), so the client
 * gets to read the answer instead of a broken pipe; past this much, or this long, the connection
 * is cut.
 */
export const MAX_DISCARDED_BYTES = 8 * 1024 * 1024
export const MAX_DISCARD_MS = 10_000

const PRIVATE = 'private, no-store'
const bodies = new WeakMap<IncomingMessage, Buffer>()

/**
 * A request path as any router down the line might read it: dot segments resolved,
 * percent-escapes decoded (twice-encoded too), case, repeated and trailing slashes ignored.
 * `/api/%63omments`, `/api/comments/`, `//api/Comments` and `/api/x/../comments` all give
 * `/api/comments`; matching on this can only catch more than the routers route, never less.
 */
export function normalisedPath(url: string): string {
  let pathname: string
  try {
    // Prefixed, not resolved against a base: `//api/...` would otherwise be read as a host.
    pathname = new URL(url.startsWith('/') ? `http://localhost${url}` : url).pathname
  } catch {
    pathname = url.split('?')[0] ?? ''
  }
  for (let round = 0; round < 3; round++) {
    let decoded: string
    try {
      decoded = decodeURIComponent(pathname)
    } catch {
      break
    }
    if (decoded === pathname) break
    pathname = decoded
  }
  const segments: string[] = []
  for (const segment of pathname.toLowerCase().split(/[/\\]+/)) {
    if (segment === '' || segment === '.') continue
    if (segment === '..') segments.pop()
    else segments.push(segment)
  }
  return `/${segments.join('/')}`
}

/** The body the defence already read for a submission, to be handed to Payload as it is. */
export function submissionBody(req: IncomingMessage): Buffer | undefined {
  return bodies.get(req)
}

type Read = { body: Buffer } | { tooLarge: true } | { broken: true }

/** Reads the body, counting bytes as they arrive; stops at the first byte past `max`. */
function readAtMost(req: IncomingMessage, max: number): Promise<Read> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = []
    let size = 0
    const finish = (read: Read) => {
      req.off('data', onData)
      req.off('end', onEnd)
      req.off('error', onBroken)
      req.off('close', onBroken)
      resolve(read)
    }
    const onData = (chunk: Buffer) => {
      size += chunk.length
      if (size > max) finish({ tooLarge: true })
      else chunks.push(chunk)
    }
    const onEnd = () => finish({ body: Buffer.concat(chunks) })
    const onBroken = () => finish({ broken: true })
    req.on('data', onData)
    req.once('end', onEnd)
    req.once('error', onBroken)
    req.once('close', onBroken)
  })
}

/**
 * Answers 413 at once, then reads and drops the rest of the body (never kept or parsed), so a
 * client still sending gets to read the answer instead of a broken pipe, and a kept-alive
 * connection stays usable. Past MAX_DISCARDED_BYTES or MAX_DISCARD_MS the connection is cut.
 */
function refuseTooLarge(req: IncomingMessage, res: Response) {
  const cut = () => req.destroy()
  const timer = setTimeout(cut, MAX_DISCARD_MS)
  timer.unref()
  let discarded = 0
  req.on('data', (chunk: Buffer) => {
    discarded += chunk.length
    if (discarded > MAX_DISCARDED_BYTES) cut()
  })
  req.once('close', () => clearTimeout(timer))
  req.resume()
  res
    .status(413)
    .set('Cache-Control', PRIVATE)
    .json({
      errors: [{ message: `A submission can be at most ${MAX_SUBMISSION_BYTES / 1024} KB.` }],
    })
}

/**
 * The part of the flood defence that must run before Payload reads anything:
 *
 * - every request carries the client's address (`req.ip`: behind a trusted proxy, the address it
 *   forwarded) to Payload's hooks, in a header no client can set;
 * - a public submission (a POST to a submission collection, on any spelling of its path) is read
 *   here, counting the bytes as they arrive, chunked or not: past 64 KB it is refused with 413 at
 *   once and nothing of it is parsed; otherwise Payload gets the bytes read (`submissionBody`).
 *   GraphQL is not read here: a public GraphQL request is bounded, by bytes read, in ./api.ts
 *   (256 KB), and a submission inside it by the collection's field limits.
 *
 * The submission limits themselves (per address, per email) are counted in the collections'
 * create hook (collections/Comments/hooks/limitSubmission.ts), the one place every submission
 * passes exactly once whether it came over REST, GraphQL or the Local API; counting here as well
 * would give each path its own budget again.
 */
export function commentDefence({ collections }: { collections: string[] }): RequestHandler {
  const submissionPaths = new Set(collections.map((slug) => `/api/${slug.toLowerCase()}`))
  const isSubmission = (url: string) => {
    const [api, slug] = normalisedPath(url).split('/').slice(1)
    return submissionPaths.has(`/${api}/${slug}`)
  }
  return async (req, res, next) => {
    // As Express computes it: the peer, or the client a trusted proxy names (TRUST_PROXY).
    req.headers[CLIENT_IP_HEADER] = req.ip ?? req.socket.remoteAddress ?? 'unknown'
    if (req.method !== 'POST' || !isSubmission(req.originalUrl)) return next()
    if (Number(req.headers['content-length'] ?? 0) > MAX_SUBMISSION_BYTES)
      return refuseTooLarge(req, res)
    const read = await readAtMost(req, MAX_SUBMISSION_BYTES)
    if ('tooLarge' in read) return refuseTooLarge(req, res)
    // The client went away mid-body: there is nobody to answer.
    if ('broken' in read) return void req.destroy()
    bodies.set(req, read.body)
    next()
  }
}
