import { APIError, type CollectionBeforeChangeHook } from 'payload'

import { fieldError } from '../fieldError'

import {
  checkTransition,
  isStage,
  messages,
  RELEASED_STAGES,
  statusOf,
  type Stage,
} from '../../../src/lib/workflow'
import { displayNameOf } from '../../../src/lib/people'
import { actorFor } from './actor'
import { editsLive, saveModeOf, setTransition, takeRestore } from './context'

type WorkflowDoc = {
  id?: string | number
  stage?: unknown
  _status?: unknown
  publishAt?: string | null
  owner?: unknown
  history?: unknown[] | null
  workflowNote?: unknown
}

function stageOf(doc: WorkflowDoc | undefined): Stage {
  if (isStage(doc?.stage)) return doc.stage
  return doc?._status === 'published' ? 'published' : 'draft'
}

/**
 * Works out which transition a save makes, refuses it when the user may not make it (403
 * naming what they may do) or when it lacks its note or time (400), keeps `_status` in step with
 * the stage, and appends the transition to the history.
 */
export const enforceWorkflow: CollectionBeforeChangeHook = ({
  data,
  originalDoc,
  operation,
  req,
  collection,
}) => {
  const doc = data as WorkflowDoc
  const original = originalDoc as WorkflowDoc | undefined
  const slug = collection.slug
  const id = original?.id
  const restore = takeRestore(req.context, slug)
  const mode = restore
    ? { draft: restore.draft, wasLive: false }
    : (saveModeOf(req.context, slug, id) ?? {
        draft: false,
        wasLive: original?._status === 'published',
      })
  const user = req.user
  const asked = 'askedStatus' in mode ? mode.askedStatus : undefined

  let note =
    typeof doc.workflowNote === 'string' && doc.workflowNote.trim()
      ? doc.workflowNote.trim()
      : undefined
  delete doc.workflowNote

  const current = operation === 'create' ? 'draft' : stageOf(original)
  // A restored version carries the stage it had then; what matters is the stage it has now.
  let requested = isStage(doc.stage) ? doc.stage : undefined
  if (restore) {
    requested = restore.draft ? 'draft' : doc._status === 'published' ? 'published' : 'draft'
    note ??= 'Restored an earlier version.'
  }
  let from: Stage = current
  let to: Stage = current
  // Implicit moves back to draft come with editing itself; anyone who may edit may make them.
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
    !editsLive(req)
  ) {
    // A writer's edit after approval is new, unreviewed text: back to draft.
    to = 'draft'
    implicit = true
  }
  if (to === 'unpublished' && current !== 'published' && mode.wasLive) from = 'published'

  if (mode.draft && (to === 'published' || to === 'unpublished')) {
    throw fieldError(slug, messages.liveNeedsPublish(to))
  }
  if (
    !mode.draft &&
    asked === 'published' &&
    requested &&
    requested !== current &&
    requested !== 'published'
  ) {
    throw fieldError(
      slug,
      `stage: "${requested}" is not live, but the save asks to publish; choose one.`,
    )
  }

  const publishAt = doc.publishAt ?? original?.publishAt ?? null
  if (to !== from && user && !implicit) {
    const check = checkTransition(actorFor(user, original ?? doc), from, to, { note, publishAt })
    if (!check.ok) {
      if (check.status === 403)
        throw new APIError(check.message, 403, { allowed: check.allowed }, true)
      throw fieldError(slug, check.message)
    }
  }

  doc.stage = to
  // Saving the live document sets its status from the stage; a draft save leaves the live one alone.
  if (!mode.draft) doc._status = statusOf(to)

  const rescheduled =
    to === 'scheduled' &&
    from === 'scheduled' &&
    doc.publishAt !== undefined &&
    doc.publishAt !== original?.publishAt
  if (to !== from || rescheduled) {
    if (to !== from) {
      doc.history = [
        ...(original?.history ?? []),
        {
          at: new Date().toISOString(),
          by: user?.id ?? null,
          // A name people may read, never the email (the history is shown to every writer).
          byName: user ? displayNameOf(user) : 'system',
          from,
          to,
          note: note ?? null,
        },
      ]
    }
    setTransition(req.context, slug, id, { from, to, note, rescheduled })
  }
  return doc
}
