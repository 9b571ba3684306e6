/** Headers a kept answer never replays: per connection, per message, or decided when it is served. */
export const NOT_REPLAYED: ReadonlySet<string> = new Set([
  'set-cookie',
  'content-length',
  'content-encoding',
  'transfer-encoding',
  'connection',
  'keep-alive',
  'date',
  'etag',
  'cache-control',
  'vary',
  'x-cache',
])

/** What an answer that must not be kept, by anyone, says. */
export const PRIVATE = 'private, no-store'
