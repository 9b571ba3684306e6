/**
 * The editorial workflow as a state machine: what a save means, who may make which move, and
 * what follows from a move. Plain data and functions, no Payload: the hooks in
 * src/plugins/workflow only translate a request into a `SaveRequest` and the answer into writes,
 * jobs and emails. Which roles hold which capability is `CAPABILITIES` in access/permissions.ts.
 */
import { RELEASED_STAGES, STAGE_LABELS, STAGES, statusOf, type Stage } from './stages'

export type Edge = readonly [from: Stage, to: Stage]

/** The workflow's capabilities: kinds of move, plus editing a live document directly. */
export const WORKFLOW_CAPABILITIES = [
  'submitOwnWork',
  'releaseOwnWork',
  'moveAnyStage',
  'editLive',
] as const

export type WorkflowCapability = (typeof WORKFLOW_CAPABILITIES)[number]

type MoveCapability = Exclude<WorkflowCapability, 'editLive'>

/**
 * The moves each capability grants. `own` moves apply to documents the actor owns; `every`
 * means any stage to any other.
 */
export const MOVES: Record<
  MoveCapability,
  { documents: 'own' | 'all'; edges: readonly Edge[] | 'every' }
> = {
  // Writers hand their own work in for review, hand it back in after changes, and take it back
  // (withdraw) while it waits.
  submitOwnWork: {
    documents: 'own',
    edges: [
      ['draft', 'in_review'],
      ['changes_requested', 'in_review'],
      ['in_review', 'draft'],
    ],
  },
  // Authors decide when their approved work goes live, and may take it down again.
  releaseOwnWork: {
    documents: 'own',
    edges: [
      ['approved', 'published'],
      ['approved', 'scheduled'],
      ['scheduled', 'approved'],
      ['scheduled', 'published'],
      ['published', 'unpublished'],
      ['unpublished', 'published'],
    ],
  },
  moveAnyStage: { documents: 'all', edges: 'every' },
}

/** Who is asking, as the machine sees them. */
export interface Actor {
  capabilities: readonly WorkflowCapability[]
  /** They own the document (a new document will be theirs). */
  isOwner: boolean
  /** How refusals name them: "contributor", "author, editor". */
  describedAs: string
}

/** The stages the actor may move a document to from `from`, in workflow order. */
export function movesFrom(actor: Actor, from: Stage): Stage[] {
  const granted = actor.capabilities.flatMap((capability) =>
    capability === 'editLive' ? [] : [MOVES[capability]],
  )
  const usable = granted.filter((move) => move.documents === 'all' || actor.isOwner)
  return STAGES.filter(
    (to) =>
      to !== from &&
      usable.some(
        (move) => move.edges === 'every' || move.edges.some(([a, b]) => a === from && b === to),
      ),
  )
}

const describe = (stage: Stage) => `"${STAGE_LABELS[stage]}"`

/** Every refusal the workflow gives, naming the field or rule it is about. */
export const messages = {
  refused: (who: string, from: Stage, to: Stage, allowed: Stage[]) =>
    `Your role (${who}) may not move this from ${describe(from)} to ${describe(to)}. ` +
    (allowed.length > 0
      ? `Allowed from ${describe(from)}: ${allowed.map((stage) => `${stage} (${STAGE_LABELS[stage]})`).join(', ')}.`
      : `You may not move it from ${describe(from)} at all.`),
  noteRequired: 'workflowNote: requesting changes needs a note saying what to change.',
  publishAtRequired: 'publishAt: scheduling needs a publish time.',
  publishAtInvalid: 'publishAt: not a date and time (use ISO 8601, e.g. 2026-12-01T09:00:00Z).',
  publishAtPast: (publishAt: string) =>
    `publishAt: ${publishAt} is not in the future; publish now instead.`,
  liveNeedsPublish: (to: Stage) =>
    `stage: "${to}" changes what readers see, so it cannot be saved as a draft; save without draft=true.`,
  stageAndStatusDisagree: (stage: Stage) =>
    `stage: "${stage}" is not live, but the save asks to publish; choose one.`,
  restoreAsDraft:
    'Restore an old version as a draft (add ?draft=true); it then goes through review.',
  bulkByWriters: 'Writers update one document at a time (PATCH /api/<collection>/<id>).',
  notScheduled: (stage: Stage) =>
    `stage: the scheduled publication was cancelled; the document is ${describe(stage)} now.`,
  restored: 'Restored an earlier version.',
  publishedAsScheduled: (name: string, at: string | null | undefined) =>
    `Published as scheduled by ${name}${at ? ` for ${at}` : ''}.`,
}

export interface Refusal {
  ok: false
  status: 400 | 403 | 409
  /** The field or rule refused, as the message starts. */
  path: string
  message: string
  /** For refused moves: where the actor may move the document instead. */
  allowed?: Stage[]
}

const refuse = (status: Refusal['status'], message: string, allowed?: Stage[]): Refusal => ({
  ok: false,
  status,
  path: /^(\w+):/.exec(message)?.[1] ?? 'stage',
  message,
  ...(allowed ? { allowed } : {}),
})

/**
 * Checks one requested move: 403 when the actor may not make it (naming what they may do), 400
 * when the move is allowed but its note or time is missing.
 */
export function checkMove(
  actor: Actor,
  from: Stage,
  to: Stage,
  details: { note?: string | null; publishAt?: string | Date | null; now?: Date } = {},
): { ok: true } | Refusal {
  const allowed = movesFrom(actor, from)
  if (!allowed.includes(to)) {
    return refuse(403, messages.refused(actor.describedAs, from, to, allowed), allowed)
  }
  if (to === 'changes_requested' && !details.note?.trim()) return refuse(400, messages.noteRequired)
  if (to === 'scheduled') {
    if (!details.publishAt) return refuse(400, messages.publishAtRequired)
    const at = new Date(details.publishAt)
    if (Number.isNaN(at.getTime())) return refuse(400, messages.publishAtInvalid)
    if (!(at.getTime() > (details.now ?? new Date()).getTime())) {
      return refuse(400, messages.publishAtPast(at.toISOString()))
    }
  }
  return { ok: true }
}

/** Whether a save writes the live document or only a new draft version. */
export interface SaveMode {
  draft: boolean
  /** The live document was published before this save. */
  wasLive: boolean
  /** The `_status` the request itself asked for (hooks later see it merged with the stored one). */
  askedStatus?: 'published' | 'draft'
  /** An autosave from the admin: it keeps the text, never makes a move of its own. */
  autosave?: boolean
}

export interface ModeRequest {
  kind: 'create' | 'update' | 'bulkUpdate' | 'restore'
  /** The request asked for a draft save (`?draft=true`). */
  draftAsked: boolean
  autosave?: boolean
  wasLive: boolean
  requested: { stage?: unknown; status?: unknown }
  /** A signed-in user asks (the server's own saves have nobody). */
  signedIn: boolean
  /** The save may change a live document directly (capability `editLive`, or a server edit). */
  editsLive: boolean
}

const statusAsked = (status: unknown) =>
  status === 'published' || status === 'draft' ? status : undefined

/**
 * Decides, before Payload does, whether a save touches the live document or becomes a draft. A
 * writer's edit to a live document becomes a draft of the change that goes through review; so
 * does moving a live document's pending revision to another stage. Publishing and unpublishing
 * stay saves of the live document.
 */
export function chooseSaveMode(request: ModeRequest): (SaveMode & { ok: true }) | Refusal {
  const { kind, draftAsked, wasLive, requested, signedIn, editsLive } = request
  const askedStatus = statusAsked(requested.status)
  const autosave = Boolean(request.autosave)
  // Restoring straight onto the live document would skip review; writers restore as a draft.
  if (kind === 'restore' && signedIn && !editsLive && !draftAsked) {
    return refuse(403, messages.restoreAsDraft)
  }
  // Bulk updates cannot be turned into per-document drafts; they are an editor's tool.
  if (kind === 'bulkUpdate' && signedIn && !editsLive) return refuse(403, messages.bulkByWriters)
  if (kind !== 'update' || draftAsked || !wasLive) {
    return {
      ok: true,
      draft: draftAsked,
      wasLive: kind === 'restore' ? false : wasLive,
      askedStatus,
      autosave,
    }
  }
  const publishing = askedStatus === 'published' || requested.stage === 'published'
  const unpublishing = askedStatus === 'draft' || requested.stage === 'unpublished'
  const draft = !publishing && !unpublishing && (requested.stage !== undefined || !editsLive)
  return { ok: true, draft, wasLive, askedStatus, autosave }
}

/** One save, as the hooks see it. */
export interface SaveRequest {
  operation: 'create' | 'update'
  /** The stage of the latest version before the save (ignored for a create). */
  current?: Stage
  mode: SaveMode
  /** What the request asks for: `stage`, `workflowNote`, `publishAt`. */
  requested: { stage?: Stage; note?: string | null; publishAt?: string | null }
  /** The publish time stored before the save. */
  storedPublishAt?: string | null
  /** A version restore (Payload gives the hooks the restored data, with its old stage). */
  restore?: { draft: boolean; restoredStatus?: unknown }
  /** The scheduled-publication job publishing, as stated in its input. */
  scheduled?: { byName: string; publishAt?: string | null }
  /** Nobody signed in: the server itself saves, and no move is checked. */
  actor: Actor | null
  /** The save may change a live document directly (see `ModeRequest.editsLive`). */
  editsLive: boolean
  now?: Date
}

export interface Transition {
  ok: true
  from: Stage
  to: Stage
  /** The stage to store. */
  stage: Stage
  /** The `_status` to store; none for a draft save, which leaves the live document alone. */
  status?: 'published' | 'draft'
  note?: string
  /** The publish time moved while scheduled: the queued job must follow it. */
  rescheduled: boolean
  /** A move that comes with editing itself (back to draft), which anyone who may edit makes. */
  implicit: boolean
  /** A move the autosave did not make: the user has not finished it (no error, no move). */
  deferred?: Stage
}

/**
 * What a save means: the move it makes (possibly none), or why it is refused. Every row of the
 * REST/GraphQL matrix is one call of this function.
 */
export function interpretSave(request: SaveRequest): Transition | Refusal {
  const { operation, mode, restore, scheduled, actor, editsLive } = request
  let note = request.requested.note?.trim() || undefined
  const current: Stage = operation === 'create' ? 'draft' : (request.current ?? 'draft')
  const asked = mode.askedStatus
  // A restored version carries the stage it had then; what matters is the stage it has now.
  let requested = request.requested.stage
  if (restore) {
    requested = !restore.draft && restore.restoredStatus === 'published' ? 'published' : 'draft'
    note ??= messages.restored
  }
  if (scheduled) {
    if (current !== 'scheduled') return refuse(409, messages.notScheduled(current))
    requested = 'published'
    note ??= messages.publishedAsScheduled(scheduled.byName, scheduled.publishAt)
  }

  let from: Stage = current
  let to: Stage = current
  let implicit = false
  if (restore && requested === 'draft') {
    to = 'draft'
    implicit = true
  } else if (requested && requested !== current) to = requested
  else if (!mode.draft && asked === 'published' && current !== 'published') to = 'published'
  else if (!mode.draft && asked === 'draft' && mode.wasLive) {
    from = 'published'
    to = 'unpublished'
  } else if (mode.draft && current === 'published') {
    // The first draft of a change to a live document.
    to = 'draft'
    implicit = true
  } else if (
    mode.draft &&
    operation === 'update' &&
    RELEASED_STAGES.includes(current) &&
    !editsLive
  ) {
    // A writer's edit after approval is new, unreviewed text: back to draft.
    to = 'draft'
    implicit = true
  }
  if (to === 'unpublished' && current !== 'published' && mode.wasLive) from = 'published'

  let deferred: Stage | undefined
  const explicit = to !== from && !implicit
  if (explicit && mode.autosave) {
    // Autosave keeps the text; a move is a deliberate act, made by an explicit save.
    deferred = to
    to = from = current
  }

  if (mode.draft && (to === 'published' || to === 'unpublished')) {
    return refuse(400, messages.liveNeedsPublish(to))
  }
  if (
    !mode.draft &&
    !mode.autosave &&
    asked === 'published' &&
    requested &&
    requested !== current &&
    requested !== 'published'
  ) {
    return refuse(400, messages.stageAndStatusDisagree(requested))
  }

  const publishAt = request.requested.publishAt ?? request.storedPublishAt ?? null
  if (to !== from && actor && !implicit) {
    const check = checkMove(actor, from, to, { note, publishAt, now: request.now })
    if (!check.ok) return check
  }

  const rescheduled =
    to === 'scheduled' &&
    from === 'scheduled' &&
    request.requested.publishAt !== undefined &&
    request.requested.publishAt !== request.storedPublishAt
  return {
    ok: true,
    from,
    to,
    stage: to,
    ...(mode.draft ? {} : { status: statusOf(to) }),
    ...(note && to !== from ? { note } : {}),
    rescheduled,
    implicit,
    ...(deferred ? { deferred } : {}),
  }
}

/** The emails a move sends, by the stage it reaches. */
export type Notice = 'submitted' | 'changes_requested' | 'approved' | 'scheduled' | 'published'

const NOTICES: Partial<Record<Stage, Notice>> = {
  in_review: 'submitted',
  changes_requested: 'changes_requested',
  approved: 'approved',
  scheduled: 'scheduled',
  published: 'published',
}

export type Effect =
  | { kind: 'cancelSchedule' }
  | { kind: 'queuePublish'; at: string }
  /** Editors hear about submissions; the owner and the credited people about everything else. */
  | { kind: 'notify'; notice: Notice; audience: 'editors' | 'ownerAndCredited'; note?: string }
  | { kind: 'webhook'; event: 'publish' | 'unpublish' | 'update' }

export interface SaveOutcome {
  transition: Transition
  mode: SaveMode
  /** The publish time stored after the save. */
  publishAt?: string | null
  /** A version restore: frontends are not told (as before the machine). */
  restore?: boolean
  quiet?: { webhooks?: boolean; notifications?: boolean }
}

/**
 * What follows from a save, in the order it must happen: the queued publication follows the
 * stage, then people hear of the move, then frontends of what readers can now see.
 */
export function effectsOf(outcome: SaveOutcome): Effect[] {
  const { transition, mode, publishAt, quiet = {} } = outcome
  const { from, to, rescheduled, note } = transition
  const effects: Effect[] = []
  if (from === 'scheduled' && (to !== 'scheduled' || rescheduled)) {
    effects.push({ kind: 'cancelSchedule' })
  }
  if (to === 'scheduled' && publishAt && (from !== 'scheduled' || rescheduled)) {
    effects.push({ kind: 'queuePublish', at: publishAt })
  }
  const notice = NOTICES[to]
  if (notice && to !== from && !quiet.notifications) {
    effects.push({
      kind: 'notify',
      notice,
      audience: notice === 'submitted' ? 'editors' : 'ownerAndCredited',
      ...(note ? { note } : {}),
    })
  }
  if (!mode.draft && !outcome.restore && !quiet.webhooks) {
    const live = transition.status === 'published'
    const event = live ? (mode.wasLive ? 'update' : 'publish') : mode.wasLive ? 'unpublish' : null
    if (event) effects.push({ kind: 'webhook', event })
  }
  return effects
}

export type Action =
  'submit' | 'withdraw' | 'requestChanges' | 'approve' | 'schedule' | 'publish' | 'unpublish'

/** What each action asks of the save, for the admin's buttons and API clients alike. */
export const ACTIONS: Record<
  Action,
  { label: string; to: Stage; needs?: 'workflowNote' | 'publishAt' }
> = {
  submit: { label: 'Submit for review', to: 'in_review' },
  withdraw: { label: 'Withdraw', to: 'draft' },
  requestChanges: { label: 'Request changes', to: 'changes_requested', needs: 'workflowNote' },
  approve: { label: 'Approve', to: 'approved' },
  schedule: { label: 'Schedule', to: 'scheduled', needs: 'publishAt' },
  publish: { label: 'Publish', to: 'published' },
  unpublish: { label: 'Unpublish', to: 'unpublished' },
}

/** Where each action may start: the editorial path, not every edge an editor could force. */
const STARTS: Record<Action, readonly Stage[]> = {
  submit: ['draft', 'changes_requested'],
  withdraw: ['in_review'],
  requestChanges: ['in_review', 'approved', 'scheduled'],
  approve: ['in_review', 'changes_requested'],
  schedule: ['approved', 'draft', 'in_review', 'unpublished'],
  publish: ['draft', 'in_review', 'changes_requested', 'approved', 'scheduled', 'unpublished'],
  unpublish: ['published'],
}

export interface DocState {
  /** Not saved yet. */
  isNew?: boolean
  /**
   * A reviewer has started on it: it can no longer be withdrawn. The caller says so; the server
   * records no pick-up yet, so over the API a writer may withdraw until the stage moves on.
   */
  pickedUp?: boolean
}

/**
 * The actions the admin offers this actor on a document at `current`, in the order the buttons
 * show: only moves the actor may make, from where the document is. A document being written
 * for the first time is at `draft`.
 */
export function availableActions(actor: Actor, current: Stage, state: DocState = {}): Action[] {
  const from: Stage = state.isNew ? 'draft' : current
  const may = new Set(movesFrom(actor, from))
  return (Object.keys(ACTIONS) as Action[]).filter((action) => {
    const { to } = ACTIONS[action]
    if (!STARTS[action].includes(from) || !may.has(to)) return false
    // Withdrawing is the writer taking back their own submission, until a reviewer has it.
    if (action === 'withdraw') {
      return actor.isOwner && actor.capabilities.includes('submitOwnWork') && !state.pickedUp
    }
    return true
  })
}
