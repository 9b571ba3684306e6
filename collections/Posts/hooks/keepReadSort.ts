import type { CollectionBeforeOperationHook } from 'payload'

/**
 * The order the API reads posts in when a request names none: newest publication first, the
 * order frontends and the read path's indexes were built on. The collection's `defaultSort`
 * (last change first) is the admin list's, which always names its sort.
 */
export const API_DEFAULT_SORT = '-publishedAt'

export const keepReadSort: CollectionBeforeOperationHook = ({ args, operation }) => {
  if (operation === 'read' && args && (args as { sort?: unknown }).sort === undefined)
    return { ...args, sort: API_DEFAULT_SORT }
  return args
}
