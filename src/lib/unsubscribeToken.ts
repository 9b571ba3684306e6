/**
 * The one-click unsubscribe link of reply emails: a comment's id signed with a key derived from
 * the Payload secret (HMAC-SHA256). Whoever holds the link may stop the reply emails of the
 * address that wrote that comment, without an account; nobody can make one for another comment.
 * The token carries no address, so links and server logs never hold one.
 */
import crypto from 'node:crypto'

const PREFIX = 'u1'

function keyFrom(secret: string): Buffer {
  // A key of its own, so this token can never be replayed as a form token or any other value.
  return crypto.createHmac('sha256', secret).update('reply-unsubscribe/v1').digest()
}

const signature = (secret: string, commentId: string) =>
  crypto.createHmac('sha256', keyFrom(secret)).update(`${PREFIX}.${commentId}`).digest('base64url')

/** The token for the comment whose replies are being announced. */
export function issueUnsubscribeToken(secret: string, commentId: string): string {
  return `${PREFIX}.${Buffer.from(commentId).toString('base64url')}.${signature(secret, commentId)}`
}

/** The comment id the token was issued for, or undefined when it is not one of ours. */
export function readUnsubscribeToken(secret: string, token: unknown): string | undefined {
  if (typeof token !== 'string' || token.length > 300) return undefined
  const [prefix, encodedId, given, extra] = token.split('.')
  if (prefix !== PREFIX || !encodedId || !given || extra !== undefined) return undefined
  const commentId = Buffer.from(encodedId, 'base64url').toString('utf8')
  if (!commentId || commentId.length > 100) return undefined
  const expected = Buffer.from(signature(secret, commentId))
  const actual = Buffer.from(given)
  if (expected.length !== actual.length || !crypto.timingSafeEqual(expected, actual))
    return undefined
  return commentId
}
