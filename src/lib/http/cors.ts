import type { RequestHandler } from 'express'

/** The request headers a frontend may send (Payload's own list). */
const ALLOWED_HEADERS = [
  'Origin',
  'X-Requested-With',
  'Content-Type',
  'Accept',
  'Authorization',
  'Content-Encoding',
  'x-apollo-tracing',
  'X-Payload-HTTP-Method-Override',
].join(', ')

/**
 * CORS headers on every API answer to an allowed origin, as Payload sets them on its own: the
 * refusals made before Payload runs (a malformed body, a query over its bounds, a submission
 * over its limit) reach a frontend on another origin with their message readable. Payload's
 * answers set the same headers again.
 */
export function apiCors(origins: readonly string[]): RequestHandler {
  const allowed = new Set(origins)
  return (req, res, next) => {
    const origin = req.headers.origin
    res.setHeader('Access-Control-Allow-Methods', 'PUT, PATCH, POST, GET, DELETE, OPTIONS')
    res.setHeader('Access-Control-Allow-Headers', ALLOWED_HEADERS)
    if (origin && (allowed.has('*') || allowed.has(origin))) {
      res.setHeader('Access-Control-Allow-Origin', allowed.has('*') ? '*' : origin)
      if (!allowed.has('*')) res.setHeader('Access-Control-Allow-Credentials', 'true')
    }
    next()
  }
}
