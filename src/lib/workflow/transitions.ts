/**
 * The machine's moves for callers that know roles rather than capabilities (the matrix tests, the
 * README): roles become capabilities through the permission table, and nothing here lists a role.
 */
import { CAPABILITIES } from '../../../access/permissions'
import {
  checkMove,
  movesFrom,
  WORKFLOW_CAPABILITIES,
  type Actor,
  type Refusal,
  type WorkflowCapability,
} from './machine'
import type { Stage } from './stages'

export { messages } from './machine'

/** Who is asking: their roles, and whether they own the document. */
export interface WorkflowActor {
  roles: readonly string[]
  isOwner: boolean
}

/** The workflow capabilities the roles hold (CAPABILITIES in access/permissions.ts). */
export function workflowCapabilitiesOf(roles: readonly string[]): WorkflowCapability[] {
  return WORKFLOW_CAPABILITIES.filter((capability) =>
    (CAPABILITIES[capability] as readonly string[]).some((role) => roles.includes(role)),
  )
}

export function machineActor(actor: WorkflowActor): Actor {
  return {
    capabilities: workflowCapabilitiesOf(actor.roles),
    isOwner: actor.isOwner,
    describedAs: actor.roles.length > 0 ? actor.roles.join(', ') : 'public',
  }
}

/** The stages the actor may move a document to from `from`, in workflow order. */
export function allowedTargets(actor: WorkflowActor, from: Stage): Stage[] {
  return movesFrom(machineActor(actor), from)
}

export function mayTransition(actor: WorkflowActor, from: Stage, to: Stage): boolean {
  return allowedTargets(actor, from).includes(to)
}

export type TransitionCheck =
  { ok: true } | { ok: false; status: 400 | 403; message: string; allowed: Stage[] }

/**
 * Checks one requested move. 403 when the actor may not make it (naming what they may do),
 * 400 when the move is allowed but its data is incomplete.
 */
export function checkTransition(
  actor: WorkflowActor,
  from: Stage,
  to: Stage,
  details: { note?: string | null; publishAt?: string | Date | null; now?: Date } = {},
): TransitionCheck {
  const check: { ok: true } | Refusal = checkMove(machineActor(actor), from, to, details)
  if (check.ok) return check
  return {
    ok: false,
    status: check.status === 403 ? 403 : 400,
    message: check.message,
    allowed: allowedTargets(actor, from),
  }
}
