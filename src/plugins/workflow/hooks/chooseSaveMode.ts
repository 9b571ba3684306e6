import { APIError, type CollectionBeforeOperationHook } from 'payload'

import { chooseSaveMode as decide } from '../../../lib/workflow'
import { editsLive } from '../actor'
import { markRestore, setSaveMode } from '../context'

type Incoming = { _status?: unknown; stage?: unknown } | undefined

/**
 * Before Payload decides, tells it whether the save writes the live document or a draft
 * (`chooseSaveMode` in the machine), and remembers the answer for the hooks that follow.
 */
export const chooseSaveMode: CollectionBeforeOperationHook = async ({
  args,
  operation,
  req,
  collection,
}) => {
  if (operation !== 'create' && operation !== 'update' && operation !== 'restoreVersion') {
    return args
  }
  const slug = collection.slug
  const id = (args as { id?: string | number }).id
  const kind =
    operation === 'restoreVersion'
      ? 'restore'
      : operation === 'create'
        ? 'create'
        : id === undefined
          ? 'bulkUpdate'
          : 'update'
  let wasLive = false
  if (kind === 'update') {
    // The stored row as it is, without read hooks: only its status matters here.
    const stored = await req.payload.db.findOne({
      collection: slug,
      where: { id: { equals: id } },
      req,
    })
    wasLive = (stored as { _status?: string } | null)?._status === 'published'
  }
  const data = (args as { data?: Incoming }).data
  const mode = decide({
    kind,
    draftAsked: Boolean((args as { draft?: boolean }).draft),
    autosave: Boolean((args as { autosave?: boolean }).autosave),
    wasLive,
    requested: { stage: data?.stage, status: data?._status },
    signedIn: Boolean(req.user),
    editsLive: editsLive(req),
  })
  if (!mode.ok) throw new APIError(mode.message, mode.status, undefined, true)
  if (kind === 'restore') markRestore(req.context, slug, mode.draft)
  if (kind === 'create' || kind === 'update') setSaveMode(req.context, slug, id, mode)
  return kind === 'update' ? { ...args, draft: mode.draft } : args
}
