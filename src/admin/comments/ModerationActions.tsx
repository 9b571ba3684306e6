/**
 * Approve, Reject, Spam and Reply on a comment's page, for those who moderate comments
 * (`moderateComments`; row access narrows authors to their own posts). A server component, so the
 * browser gets a yes or no, never the permission table.
 */
import type { TypedUser } from 'payload'
import React from 'react'

import { hasCapability } from '../../../access/derive'
import { ModerationActionsClient } from './ModerationActionsClient'

export function ModerationActions({ user }: { user?: TypedUser | null }) {
  if (!hasCapability(user, 'moderateComments')) return null
  return <ModerationActionsClient />
}
