/**
 * The document's workflow buttons, in the place of Payload's Publish button (which also carried
 * the "Schedule Publish" drawer, a second scheduler that never moved the stage). A server
 * component: it turns the signed-in user's roles into workflow capabilities with the permission
 * table, so the browser gets capabilities, never role lists or the table itself.
 */
import type { TypedUser } from 'payload'
import React from 'react'

import { hasCapability } from '../../../access/derive'
import { WORKFLOW_CAPABILITIES } from '../../lib/workflow/machine'
import { WorkflowActionsClient } from './WorkflowActionsClient'

export function WorkflowActions({ user }: { user?: TypedUser | null }) {
  const capabilities = WORKFLOW_CAPABILITIES.filter((capability) => hasCapability(user, capability))
  return (
    <WorkflowActionsClient
      capabilities={capabilities}
      userId={user?.id === undefined ? null : String(user.id)}
    />
  )
}
