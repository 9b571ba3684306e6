import {
  APIError,
  type CollectionBeforeChangeHook,
  type CollectionBeforeDeleteHook,
  type PayloadRequest,
} from 'payload'

import type { User } from '../../../payload-types'

export const LAST_ADMIN_MESSAGE =
  'This is the last administrator: make another account an admin before demoting or deleting this one.'

async function otherAdmins(req: PayloadRequest, id: string | number): Promise<number> {
  const { totalDocs } = await req.payload.count({
    collection: 'users',
    where: { and: [{ roles: { contains: 'admin' } }, { id: { not_equals: id } }] },
    overrideAccess: true,
    req,
  })
  return totalDocs
}

/** A site always keeps at least one administrator: the last one cannot lose the role. */
export const keepLastAdminRole: CollectionBeforeChangeHook<User> = async ({
  data,
  originalDoc,
  operation,
  req,
}) => {
  if (operation !== 'update' || !originalDoc?.roles?.includes('admin')) return data
  if (!data.roles || data.roles.includes('admin')) return data
  if ((await otherAdmins(req, originalDoc.id)) === 0)
    throw new APIError(LAST_ADMIN_MESSAGE, 409, null, true)
  return data
}

/** ...and cannot be deleted. */
export const keepLastAdminAccount: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const user = await req.payload.findByID({
    collection: 'users',
    id,
    depth: 0,
    overrideAccess: true,
    req,
    disableErrors: true,
  })
  if (!user?.roles?.includes('admin')) return
  if ((await otherAdmins(req, id)) === 0) throw new APIError(LAST_ADMIN_MESSAGE, 409, null, true)
}
