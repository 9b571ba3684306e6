import type { GlobalConfig } from 'payload'

/**
 * Internal: the read cache's generation token (src/plugins/readCache.ts). Every change to public
 * content writes a new one with its own transaction; each server process reads it at most once a
 * second and forgets its cached answers when it moved. No API user reads or writes it.
 */
export const READ_CACHE_STATE = 'read-cache-state' as const

export const ReadCacheState: GlobalConfig = {
  slug: READ_CACHE_STATE,
  admin: { hidden: true },
  access: { read: () => false, update: () => false },
  graphQL: false,
  fields: [{ name: 'generation', type: 'text' }],
}
