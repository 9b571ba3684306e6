/**
 * When a comment or question form was opened, in a form the client cannot forge: the server signs
 * the time it handed the form its token (HMAC-SHA256 with a key derived from the Payload secret),
 * and a submission counts its time from there. A token serves any number of submissions until
 * it is too old; the per-address and per-email limits bound what one token can send.
 */
import crypto from 'node:crypto'

/** A person needs a few seconds to write anything; a script does not. */
export const MIN_FORM_SECONDS = 3
/** A form left open all day still works; an older token is refused and the form fetches another. */
export const MAX_FORM_SECONDS = 24 * 60 * 60

const PREFIX = 'f1'

function keyFrom(secret: string): Buffer {
  // A key of its own, so a form token can never be replayed as any other signed value.
  return crypto.createHmac('sha256', secret).update('submission-form/v1').digest()
}

const signature = (secret: string, openedAt: number) =>
  crypto.createHmac('sha256', keyFrom(secret)).update(`${PREFIX}.${openedAt}`).digest('base64url')

/** A token saying the form opened at `openedAt` (ms since 1970; now by default). */
export function issueFormToken(secret: string, openedAt = Date.now()): string {
  const at = Math.floor(openedAt)
  return `${PREFIX}.${at}.${signature(secret, at)}`
}

export type FormTokenCheck =
  | { ok: true; seconds: number }
  | { ok: false; reason: 'missing' | 'forged' }
  | { ok: false; reason: 'tooQuick' | 'expired'; seconds: number }

/** Whether the token is ours, and whether the form was open long enough and not too long. */
export function checkFormToken(
  secret: string,
  token: unknown,
  { now = Date.now(), min = MIN_FORM_SECONDS, max = MAX_FORM_SECONDS } = {},
): FormTokenCheck {
  if (token === undefined || token === null || token === '') return { ok: false, reason: 'missing' }
  if (typeof token !== 'string' || token.length > 200) return { ok: false, reason: 'forged' }
  const [prefix, at, given, extra] = token.split('.')
  if (prefix !== PREFIX || !at || !/^\d{1,15}$/.test(at) || !given || extra !== undefined)
    return { ok: false, reason: 'forged' }
  const openedAt = Number(at)
  const expected = Buffer.from(signature(secret, openedAt))
  const actual = Buffer.from(given)
  if (expected.length !== actual.length || !crypto.timingSafeEqual(expected, actual))
    return { ok: false, reason: 'forged' }
  const seconds = Math.floor((now - openedAt) / 1000)
  if (seconds < min) return { ok: false, reason: 'tooQuick', seconds: Math.max(0, seconds) }
  if (seconds > max) return { ok: false, reason: 'expired', seconds }
  return { ok: true, seconds }
}

/** A honeypot is filled by anything but nothing: absent, null and blank text are empty. */
export function honeypotFilled(value: unknown): boolean {
  if (value === undefined || value === null) return false
  if (typeof value === 'string') return value.trim() !== ''
  return true
}
