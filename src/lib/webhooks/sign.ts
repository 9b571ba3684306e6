/**
 * HMAC-SHA256 signatures over `${timestamp}.${body}`. Signing the timestamp with the body lets a
 * receiver reject a captured request replayed later, not just a forged one.
 */
import { createHmac, timingSafeEqual } from 'node:crypto'

/** `sha256=<hex>` of the signed text. */
export const SIGNATURE_HEADER = 'X-CMS-Signature'
/** Unix seconds when the delivery was signed. */
export const TIMESTAMP_HEADER = 'X-CMS-Timestamp'
/** The event type: publish, unpublish, update or delete. */
export const EVENT_HEADER = 'X-CMS-Event'
/** One id per event and URL, the same on every retry, so receivers can drop duplicates. */
export const DELIVERY_HEADER = 'X-CMS-Delivery'

/** How far a timestamp may be from the receiver's clock, either way, before it is refused. */
export const DEFAULT_TOLERANCE_SECONDS = 300

const PREFIX = 'sha256='

/** Signs `${timestamp}.${body}` with the secret; returns `sha256=<hex>`. */
export function signPayload(secret: string, timestamp: number, body: string): string {
  // An empty key still produces a valid-looking HMAC, which anyone could forge.
  if (!secret) throw new TypeError('webhook secret is empty')
  if (!Number.isSafeInteger(timestamp) || timestamp < 0) {
    throw new RangeError(`webhook timestamp must be whole unix seconds, got ${timestamp}`)
  }
  return PREFIX + createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')
}

export type VerifyInput = {
  secret: string
  /** Unix seconds, as a number or straight from the header. */
  timestamp: number | string | undefined
  /** The raw request body, exactly as received. */
  body: string
  /** The signature header, `sha256=<hex>`. */
  signature: string | undefined
  toleranceSeconds?: number
  /** The receiver's clock in unix seconds; defaults to now. */
  now?: number
}

function parseTimestamp(value: number | string | undefined): number | null {
  if (typeof value === 'number') return Number.isSafeInteger(value) && value >= 0 ? value : null
  if (typeof value !== 'string' || !/^\d{1,15}$/.test(value)) return null
  return Number(value)
}

/**
 * True when the signature matches the body and timestamp and the timestamp is within the
 * tolerance of `now`. Never throws on malformed input: anything unexpected is simply invalid.
 */
export function verifySignature({
  secret,
  timestamp,
  body,
  signature,
  toleranceSeconds = DEFAULT_TOLERANCE_SECONDS,
  now = Math.floor(Date.now() / 1000),
}: VerifyInput): boolean {
  const seconds = parseTimestamp(timestamp)
  if (!secret || seconds === null || typeof signature !== 'string') return false
  if (Math.abs(now - seconds) > toleranceSeconds) return false
  const expected = Buffer.from(signPayload(secret, seconds, body))
  const received = Buffer.from(signature)
  // timingSafeEqual throws on different lengths; the length of a hex digest is no secret.
  return expected.length === received.length && timingSafeEqual(expected, received)
}
