/**
 * Signed, expiring preview tokens: one token lets a frontend read one draft document, and
 * nothing else, until it expires. HMAC-SHA256 over the scope and expiry with a key derived from
 * the Payload secret, so no table of tokens is needed and rotating the secret revokes them all.
 */
import crypto from 'node:crypto'

export interface PreviewScope {
  collection: string
  id: string
}

export interface PreviewClaims extends PreviewScope {
  /** Expiry, unix seconds. */
  exp: number
}

export const PREVIEW_TOKEN_HEADER = 'x-preview-token'
export const DEFAULT_PREVIEW_TTL_SECONDS = 60 * 60

function keyFrom(secret: string): Buffer {
  // A key of its own, so a preview signature can never be replayed as a session token.
  return crypto.createHmac('sha256', secret).update('preview-token/v1').digest()
}

function signature(secret: string, payload: string): string {
  return crypto.createHmac('sha256', keyFrom(secret)).update(payload).digest('base64url')
}

export function signPreviewToken(
  secret: string,
  scope: PreviewScope,
  {
    ttlSeconds = DEFAULT_PREVIEW_TTL_SECONDS,
    now = new Date(),
  }: { ttlSeconds?: number; now?: Date } = {},
): { token: string; expiresAt: string } {
  // Rounded up, so a token lives at least as long as asked.
  const exp = Math.ceil(now.getTime() / 1000) + ttlSeconds
  const claims: PreviewClaims = { collection: scope.collection, id: String(scope.id), exp }
  const payload = Buffer.from(JSON.stringify(claims)).toString('base64url')
  return {
    token: `${payload}.${signature(secret, payload)}`,
    expiresAt: new Date(exp * 1000).toISOString(),
  }
}

/** The token's claims when it is genuine and unexpired; `null` otherwise (never throws). */
export function verifyPreviewToken(
  secret: string,
  token: string,
  now = new Date(),
): PreviewClaims | null {
  const [payload, given, extra] = token.split('.')
  if (!payload || !given || extra !== undefined) return null
  const expected = Buffer.from(signature(secret, payload))
  const actual = Buffer.from(given)
  if (expected.length !== actual.length || !crypto.timingSafeEqual(expected, actual)) return null
  let claims: Partial<PreviewClaims>
  try {
    claims = JSON.parse(
      Buffer.from(payload, 'base64url').toString('utf8'),
    ) as Partial<PreviewClaims>
  } catch {
    // A signed payload that is not JSON cannot come from us; treat it as no token.
    return null
  }
  if (
    typeof claims.collection !== 'string' ||
    typeof claims.id !== 'string' ||
    typeof claims.exp !== 'number'
  ) {
    return null
  }
  if (claims.exp * 1000 <= now.getTime()) return null
  return { collection: claims.collection, id: claims.id, exp: claims.exp }
}
