/**
 * Who may move a document from one stage to another. Plain data and functions, no Payload, so
 * the whole matrix is unit-testable and the admin, the hooks and the README read the same table.
 */
import { STAGES, STAGE_LABELS, type Stage } from './stages'

/** Who is asking: their roles, and whether they own the document. */
export interface WorkflowActor {
  roles: readonly string[]
  isOwner: boolean
}

type Edge = readonly [from: Stage, to: Stage]

/** Writers hand their own work in for review, and hand it back in after changes. */
const SUBMIT: readonly Edge[] = [
  ['draft', 'in_review'],
  ['changes_requested', 'in_review'],
]

/** Authors decide when their approved work goes live, and may take it down again. */
const RELEASE: readonly Edge[] = [
  ['approved', 'published'],
  ['approved', 'scheduled'],
  ['scheduled', 'approved'],
  ['scheduled', 'published'],
  ['published', 'unpublished'],
  ['unpublished', 'published'],
]

/** Edges per role, for documents the user owns. Editors and admins have every edge on every document. */
const OWN_EDGES: Record<string, readonly Edge[]> = {
  contributor: SUBMIT,
  author: [...SUBMIT, ...RELEASE],
}

const EVERY_EDGE_ROLES = ['editor', 'admin']

function edgesFor(actor: WorkflowActor): Edge[] | 'all' {
  if (actor.roles.some((role) => EVERY_EDGE_ROLES.includes(role))) return 'all'
  if (!actor.isOwner) return []
  return actor.roles.flatMap((role) => OWN_EDGES[role] ?? [])
}

/** The stages the actor may move a document to from `from`, in workflow order. */
export function allowedTargets(actor: WorkflowActor, from: Stage): Stage[] {
  const edges = edgesFor(actor)
  if (edges === 'all') return STAGES.filter((stage) => stage !== from)
  return STAGES.filter((to) => edges.some(([a, b]) => a === from && b === to))
}

export function mayTransition(actor: WorkflowActor, from: Stage, to: Stage): boolean {
  return from !== to && allowedTargets(actor, from).includes(to)
}

export const messages = {
  refused: (roles: string, from: Stage, to: Stage, allowed: Stage[]) =>
    `Your role (${roles}) may not move this from "${STAGE_LABELS[from]}" to "${STAGE_LABELS[to]}". ` +
    (allowed.length > 0
      ? `Allowed from "${STAGE_LABELS[from]}": ${allowed.map((stage) => `${stage} (${STAGE_LABELS[stage]})`).join(', ')}.`
      : `You may not move it from "${STAGE_LABELS[from]}" at all.`),
  noteRequired: 'workflowNote: requesting changes needs a note saying what to change.',
  publishAtRequired: 'publishAt: scheduling needs a publish time.',
  publishAtInvalid: 'publishAt: not a date and time (use ISO 8601, e.g. 2026-12-01T09:00:00Z).',
  publishAtPast: (publishAt: string) =>
    `publishAt: ${publishAt} is not in the future; publish now instead.`,
  liveNeedsPublish: (to: Stage) =>
    `stage: "${to}" changes what readers see, so it cannot be saved as a draft; save without draft=true.`,
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
  const allowed = allowedTargets(actor, from)
  if (!allowed.includes(to)) {
    const roles = actor.roles.length > 0 ? actor.roles.join(', ') : 'public'
    return { ok: false, status: 403, message: messages.refused(roles, from, to, allowed), allowed }
  }
  if (to === 'changes_requested' && !details.note?.trim()) {
    return { ok: false, status: 400, message: messages.noteRequired, allowed }
  }
  if (to === 'scheduled') {
    if (!details.publishAt)
      return { ok: false, status: 400, message: messages.publishAtRequired, allowed }
    const at = new Date(details.publishAt)
    if (Number.isNaN(at.getTime())) {
      return { ok: false, status: 400, message: messages.publishAtInvalid, allowed }
    }
    if (!(at.getTime() > (details.now ?? new Date()).getTime())) {
      return { ok: false, status: 400, message: messages.publishAtPast(at.toISOString()), allowed }
    }
  }
  return { ok: true }
}
