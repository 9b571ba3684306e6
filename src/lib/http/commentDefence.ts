import type { RequestHandler } from 'express'

import { rateLimiter } from '../rateLimit'

/** The header Payload's hooks read the client's address from (collections/Comments/hooks/context.ts). */
export const CLIENT_IP_HEADER = 'x-cms-client-ip'
/** Set when this layer already counted the request against the per-address limit. */
export const IP_COUNTED_HEADER = 'x-cms-ip-counted'
/** A comment or question, with its form fields, fits in far less; anything bigger is not one. */
export const MAX_SUBMISSION_BYTES = 64 * 1024

const SUBMISSION_PATHS = new Set(['/api/comments', '/api/reader-questions'])

/**
 * The flood defence Payload 3 lacks, in front of it: every request carries the client's address
 * to Payload's hooks in a header no client can set, and public submissions over REST are
 * limited per address (429 with Retry-After) and by size (413) before Payload reads them. The
 * per-email limits, honeypot and timing checks run in the collections' hooks, so GraphQL
 * submissions meet them too.
 */
export function commentDefence({ perMinutePerIp }: { perMinutePerIp: number }): RequestHandler {
  const perIp = rateLimiter('http:submissions', { limit: perMinutePerIp, windowMs: 60_000 })
  return (req, res, next) => {
    const ip = req.socket.remoteAddress ?? 'unknown'
    req.headers[CLIENT_IP_HEADER] = ip
    // Like the address, never taken from the client.
    delete req.headers[IP_COUNTED_HEADER]
    if (req.method !== 'POST' || !SUBMISSION_PATHS.has(req.path)) return next()
    if (Number(req.headers['content-length'] ?? 0) > MAX_SUBMISSION_BYTES) {
      res.status(413).json({
        errors: [{ message: `A submission can be at most ${MAX_SUBMISSION_BYTES / 1024} KB.` }],
      })
      return
    }
    const limit = perIp.hit(ip)
    if (!limit.allowed) {
      res.setHeader('Retry-After', String(limit.retryAfterSeconds))
      res.status(429).json({
        errors: [
          {
            message: `Too many submissions from your address; try again in ${limit.retryAfterSeconds} s.`,
          },
        ],
      })
      return
    }
    req.headers[IP_COUNTED_HEADER] = '1'
    next()
  }
}
