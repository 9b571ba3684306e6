import type { RequestContext } from 'payload'

import { hasCapability } from '../../../access/derive'
import { relationshipId } from '../../../collections/fields/relationshipIds'
import { WORKFLOW_CAPABILITIES, type Actor } from '../../lib/workflow'

type MaybeUser = { id?: string | number; roles?: readonly string[] | null } | null | undefined

/** The user as the workflow machine sees them: capabilities, and whether they own the document. */
export function actorFor(user: MaybeUser, doc: { owner?: unknown } | null | undefined): Actor {
  const owner = relationshipId(doc?.owner)
  const roles = user?.roles ?? []
  return {
    capabilities: WORKFLOW_CAPABILITIES.filter((capability) => hasCapability(user, capability)),
    // A new document (no owner yet) will be owned by its creator.
    isOwner: Boolean(user?.id !== undefined && (owner === undefined || owner === String(user.id))),
    describedAs: roles.length > 0 ? roles.join(', ') : 'public',
  }
}

/**
 * Whether a save may change a live document directly: those with `editLive`, and server-side
 * edits that carry `context.liveEdit` (an accepted correction note, say) whoever triggered them.
 */
export function editsLive(req: { user?: unknown; context: RequestContext }): boolean {
  return (
    hasCapability(req.user as Parameters<typeof hasCapability>[0], 'editLive') ||
    req.context.liveEdit === true
  )
}
