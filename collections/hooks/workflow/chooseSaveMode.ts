import { APIError, type CollectionBeforeOperationHook } from 'payload'

import { editsLive, markRestore, setSaveMode } from './context'

type Incoming = { _status?: unknown; stage?: unknown } | undefined

const statusAsked = (data: Incoming) =>
  data?._status === 'published' || data?._status === 'draft' ? data._status : undefined

/**
 * Decides, before Payload does, whether a save touches the live document or becomes a draft.
 * A writer's edit to a live document becomes a draft of the change that goes through review;
 * so does moving a live document's pending revision to another stage. Publishing and
 * unpublishing stay saves of the live document.
 */
export const chooseSaveMode: CollectionBeforeOperationHook = async ({
  args,
  operation,
  req,
  collection,
}) => {
  if (operation === 'create') {
    const askedStatus = statusAsked(args.data as Incoming)
    setSaveMode(req.context, collection.slug, undefined, {
      draft: Boolean(args.draft),
      wasLive: false,
      askedStatus,
    })
    return args
  }
  const editor = editsLive(req)
  if (operation === 'restoreVersion') {
    const draft = Boolean((args as { draft?: boolean }).draft)
    // Restoring straight onto the live document would skip review; writers restore as a draft.
    if (req.user && !editor && !draft) {
      throw new APIError(
        'Restore an old version as a draft (add ?draft=true); it then goes through review.',
        403,
        undefined,
        true,
      )
    }
    markRestore(req.context, collection.slug, draft)
    return args
  }
  if (operation !== 'update') return args

  const id = (args as { id?: string | number }).id
  if (id === undefined) {
    // Bulk updates cannot be turned into per-document drafts; they are an editor's tool.
    if (req.user && !editor) {
      throw new APIError(
        'Writers update one document at a time (PATCH /api/<collection>/<id>).',
        403,
        undefined,
        true,
      )
    }
    return args
  }

  // The stored row as it is, without read hooks: only its status matters here.
  const stored = await req.payload.db.findOne({
    collection: collection.slug,
    where: { id: { equals: id } },
    req,
  })
  const wasLive = (stored as { _status?: string } | null)?._status === 'published'
  const data = args.data as Incoming
  let draft = Boolean(args.draft)
  if (!draft && wasLive) {
    const publishing = data?._status === 'published' || data?.stage === 'published'
    const unpublishing = data?._status === 'draft' || data?.stage === 'unpublished'
    if (!publishing && !unpublishing && (data?.stage !== undefined || !editor)) draft = true
  }
  setSaveMode(req.context, collection.slug, id, { draft, wasLive, askedStatus: statusAsked(data) })
  return { ...args, draft }
}
