import crypto from 'node:crypto'

/** A strong validator: the same bytes always give the same tag, in every process. */
export function strongEtag(body: Buffer): string {
  return `"${crypto.createHash('sha1').update(body).digest('base64url')}"`
}

/** Whether an If-None-Match header names this tag (or `*`); weak forms match too (RFC 9110 13.1.2). */
export function ifNoneMatchHits(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false
  return ifNoneMatch
    .split(',')
    .map((tag) => tag.trim())
    .some((tag) => tag === '*' || tag === etag || tag === `W/${etag}`)
}
