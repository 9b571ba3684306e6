import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, CollectionConfig, PayloadRequest } from 'payload'

/** Collections whose stage follows Payload's scheduled-publish jobs. */
export const WORKFLOW_COLLECTIONS = ['posts', 'galleries', 'artworks']

type Job = {
  taskSlug?: string
  waitUntil?: string | null
  completedAt?: string | null
  processing?: boolean
  input?: { type?: string; doc?: { relationTo?: string; value?: string | { id: string } } } | null
}

function scheduledDoc(job: Job) {
  const doc = job.input?.doc
  if (job.taskSlug !== 'schedulePublish' || (job.input?.type ?? 'publish') !== 'publish' || !doc?.relationTo) return
  if (!WORKFLOW_COLLECTIONS.includes(doc.relationTo) || !doc.value) return
  const id = typeof doc.value === 'object' ? doc.value.id : doc.value
  return { collection: doc.relationTo as 'posts', id }
}

async function moveStage(req: PayloadRequest, job: Job, data: Record<string, unknown>) {
  const target = scheduledDoc(job)
  if (!target) return
  req.context.scheduledFromQueue = true
  try {
    await req.payload.update({ ...target, data, req, overrideAccess: !req.user, user: req.user ?? undefined })
  } finally {
    delete req.context.scheduledFromQueue
  }
}

/**
 * The admin's "Schedule" drawer queues Payload's job directly; this keeps the document's stage
 * in step (scheduled, with its time), under the same workflow rules as any other transition.
 */
const mirrorQueued: CollectionAfterChangeHook = async ({ doc, operation, req }) => {
  if (operation !== 'create' || req.context.schedulingFromWorkflow) return doc
  await moveStage(req, doc as Job, { stage: 'scheduled', publishAt: (doc as Job).waitUntil })
  return doc
}

/** Cancelling a pending publication in the drawer puts the document back to approved. */
const mirrorCancelled: CollectionAfterDeleteHook = async ({ doc, req }) => {
  const job = doc as Job
  if (req.context.schedulingFromWorkflow || job.completedAt || job.processing) return doc
  await moveStage(req, job, { stage: 'approved' })
  return doc
}

export function withScheduleMirror(jobs: CollectionConfig): CollectionConfig {
  return {
    ...jobs,
    hooks: {
      ...jobs.hooks,
      afterChange: [...(jobs.hooks?.afterChange ?? []), mirrorQueued],
      afterDelete: [...(jobs.hooks?.afterDelete ?? []), mirrorCancelled],
    },
  }
}
