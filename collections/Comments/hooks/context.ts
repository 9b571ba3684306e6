import crypto from 'node:crypto'

import type { PayloadRequest } from 'payload'

import { CLIENT_IP_HEADER } from '../../../src/lib/http/commentDefence'

export function clientIp(req: PayloadRequest): string {
  return req.headers?.get(CLIENT_IP_HEADER) ?? 'unknown'
}

/** A salted hash: enough to spot one address behind many comments, useless to recover it. */
export function hashIp(req: PayloadRequest, ip: string): string {
  const salt = crypto.createHmac('sha256', req.payload.secret).update('comment-ip/v1').digest()
  return crypto.createHmac('sha256', salt).update(ip).digest('hex')
}

export function hashToken(token: string): string {
  return crypto.createHash('sha256').update(token).digest('hex')
}

/** Emails are compared the way mail servers treat them in practice. */
export const normaliseEmail = (email: string) => email.trim().toLowerCase()
