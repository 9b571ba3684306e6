import type { WorkflowActor } from '../../../src/lib/workflow'
import { relationshipId } from '../../fields/relationshipIds'

type MaybeUser = { id?: string | number; roles?: readonly string[] | null } | null | undefined

/** The user as the workflow sees them: roles, and whether they own this document. */
export function actorFor(
  user: MaybeUser,
  doc: { owner?: unknown } | null | undefined,
): WorkflowActor {
  const owner = relationshipId(doc?.owner)
  return {
    roles: user?.roles ?? [],
    // A new document (no owner yet) will be owned by its creator.
    isOwner: Boolean(user?.id !== undefined && (owner === undefined || owner === String(user.id))),
  }
}
