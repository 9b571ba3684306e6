import type { RequestHandler } from 'express'
import { headersWithCors, type PayloadRequest, type SanitizedConfig } from 'payload'

/**
 * CORS headers on every API answer to an allowed origin, computed by Payload's own
 * `headersWithCors` from the config's `cors`: the refusals made before Payload runs (a malformed
 * body, a query over its bounds, a submission over its limit) reach a frontend on another origin
 * with their message readable, exactly as Payload's own answers (which set the same headers) do.
 */
export function apiCors(cors: SanitizedConfig['cors']): RequestHandler {
  const config = { cors }
  return (req, res, next) => {
    const origin = req.headers.origin
    // headersWithCors reads only the config's `cors` and the request's Origin header.
    const request = {
      payload: { config },
      headers: new Headers(origin ? { origin } : {}),
    } as unknown as PayloadRequest
    headersWithCors({ headers: new Headers(), req: request }).forEach((value, name) =>
      res.setHeader(name, value),
    )
    next()
  }
}
