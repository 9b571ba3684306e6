import type { CollectionBeforeChangeHook } from 'payload'

/** A moderator's decision is stamped with who made it and when. */
export const recordModeration: CollectionBeforeChangeHook = ({
  data,
  originalDoc,
  operation,
  req,
}) => {
  if (operation !== 'update' || !data.status || data.status === originalDoc?.status) return data
  return { ...data, moderatedAt: new Date().toISOString(), moderatedBy: req.user?.id ?? null }
}
