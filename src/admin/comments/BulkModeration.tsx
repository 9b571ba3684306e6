/** The queue's bulk decisions, for those who moderate comments (see BulkModerationClient). */
import type { TypedUser } from 'payload'
import React from 'react'

import { hasCapability } from '../../../access/derive'
import { BulkModerationClient } from './BulkModerationClient'

export function BulkModeration({ user }: { user?: TypedUser | null }) {
  if (!hasCapability(user, 'moderateComments')) return null
  return <BulkModerationClient />
}
