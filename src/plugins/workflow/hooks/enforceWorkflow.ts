import { APIError, type CollectionBeforeChangeHook } from 'payload'

import { fieldError } from '../../../../collections/hooks/fieldError'
import { displayNameOf } from '../../../lib/people'
import { interpretSave, isStage, type Stage } from '../../../lib/workflow'
import { actorFor, editsLive } from '../actor'
import { saveModeOf, setOutcome, takeRestore } from '../context'

type WorkflowDoc = {
  id?: string | number
  stage?: unknown
  _status?: unknown
  publishAt?: string | null
  owner?: unknown
  history?: unknown
  workflowNote?: unknown
}

function stageOf(doc: WorkflowDoc | undefined): Stage {
  if (isStage(doc?.stage)) return doc.stage
  return doc?._status === 'published' ? 'published' : 'draft'
}

/**
 * Asks the workflow machine what the save means (`interpretSave`), refuses it as the machine
 * says (403 naming the allowed moves, 400 naming the field), stores the stage and status it
 * settles, appends the move to the history, and leaves the outcome for `carryOutEffects`.
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
  const note = typeof doc.workflowNote === 'string' ? doc.workflowNote : undefined
  delete doc.workflowNote
  // The scheduled-publication job states what it does (publishAsScheduled.ts); nothing else may.
  const job = req.context.workflow?.scheduledPublish
  const scheduled =
    job && job.collection === slug && String(job.id) === String(id) ? job : undefined

  const result = interpretSave({
    operation: operation === 'create' ? 'create' : 'update',
    current: stageOf(original),
    mode,
    requested: {
      stage: isStage(doc.stage) ? doc.stage : undefined,
      note,
      publishAt: doc.publishAt,
    },
    storedPublishAt: original?.publishAt ?? null,
    restore: restore ? { ...restore, restoredStatus: doc._status } : undefined,
    scheduled,
    actor: req.user ? actorFor(req.user, original ?? doc) : null,
    editsLive: editsLive(req),
  })
  if (!result.ok) {
    if (result.status === 400) throw fieldError(slug, result.message)
    throw new APIError(result.message, result.status, { allowed: result.allowed }, true)
  }

  doc.stage = result.stage
  // Saving the live document sets its status from the stage; a draft save leaves the live one alone.
  if (result.status) doc._status = result.status
  if (result.from !== result.to) {
    const history = Array.isArray(original?.history) ? original.history : []
    doc.history = [
      ...history,
      {
        at: new Date().toISOString(),
        by: req.user?.id ?? null,
        // A name people may read, never the email (the history is shown to every writer).
        byName: req.user ? displayNameOf(req.user) : 'system',
        from: result.from,
        to: result.to,
        note: result.note ?? null,
      },
    ]
  }
  setOutcome(req.context, slug, id, {
    transition: result,
    mode,
    publishAt: doc.publishAt ?? original?.publishAt ?? null,
    restore: Boolean(restore),
    quiet: {
      webhooks: req.context.disableWebhooks,
      notifications: req.context.disableNotifications,
    },
  })
  return doc
}
