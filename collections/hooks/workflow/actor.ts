import type { WorkflowActor } from '../../../src/lib/workflow'

type MaybeUser = { id?: string | number; roles?: readonly string[] | null } | null | undefined

function ownerId(owner: unknown): string | undefined {
  if (owner && typeof owner === 'object' && 'id' in owner) return String((owner as { id: unknown }).id)
  return owner === null || owner === undefined ? undefined : String(owner)
}

/** The user as the workflow sees them: roles, and whether they own this document. */
export function actorFor(user: MaybeUser, doc: { owner?: unknown } | null | undefined): WorkflowActor {
  const owner = ownerId(doc?.owner)
  return {
    roles: user?.roles ?? [],
    // A new document (no owner yet) will be owned by its creator.
    isOwner: Boolean(user?.id !== undefined && (owner === undefined || owner === String(user.id))),
  }
}
