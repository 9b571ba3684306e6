import { APIError, type CollectionBeforeOperationHook } from 'payload'

import { hasCapability } from '../../../access/derive'

export const ROLE_MESSAGES = {
  notAdmin: 'Only an administrator can change roles.',
  self: 'Nobody changes their own roles: ask another administrator.',
}

const sameRoles = (a: unknown, b: unknown) =>
  JSON.stringify([...((a as string[]) ?? [])].sort()) ===
  JSON.stringify([...((b as string[]) ?? [])].sort())

/**
 * Field access alone would silently drop a forbidden `roles` change and answer 200; a client
 * trying to change roles it may not is told so with a 403 instead. Runs before field access.
 */
export const refuseRoleChanges: CollectionBeforeOperationHook = async ({
  args,
  operation,
  req,
}) => {
  const data = (args as { data?: { roles?: unknown } }).data
  if (operation !== 'update' || !data || data.roles === undefined || !req.user) return args
  const id = (args as { id?: string | number }).id
  if (id === undefined) throw new APIError(ROLE_MESSAGES.notAdmin, 403, null, true)
  const current = await req.payload.findByID({
    collection: 'users',
    id,
    depth: 0,
    overrideAccess: true,
    req,
    disableErrors: true,
  })
  if (!current || sameRoles(current.roles, data.roles)) return args
  if (!hasCapability(req.user, 'grantRoles'))
    throw new APIError(ROLE_MESSAGES.notAdmin, 403, null, true)
  if (String(req.user.id) === String(id)) throw new APIError(ROLE_MESSAGES.self, 403, null, true)
  return args
}
