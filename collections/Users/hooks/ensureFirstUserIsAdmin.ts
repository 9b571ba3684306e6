import type { CollectionBeforeChangeHook } from 'payload'

import type { User } from '../../../payload-types'

/**
 * The very first account is the one that sets the site up, so it becomes an administrator whatever
 * roles were (or, for the public first-register form, could not be) submitted.
 */
export const ensureFirstUserIsAdmin: CollectionBeforeChangeHook<User> = async ({
  data,
  operation,
  req,
}) => {
  if (operation !== 'create') return data
  const { totalDocs } = await req.payload.count({ collection: 'users', req, overrideAccess: true })
  if (totalDocs === 0) return { ...data, roles: ['admin'] }
  return data
}
