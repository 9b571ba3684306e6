import type { CollectionAfterChangeHook } from 'payload'

/**
 * A reader's correction, once accepted (approved), becomes a dated correction note on the post,
 * shown to readers with the post. The correction itself stays private.
 */
export const acceptCorrection: CollectionAfterChangeHook = async ({
  doc,
  previousDoc,
  operation,
  req,
}) => {
  if (
    operation !== 'update' ||
    doc.kind !== 'correction' ||
    doc.status !== 'approved' ||
    previousDoc?.status === 'approved'
  ) {
    return doc
  }
  const postId = typeof doc.post === 'object' ? doc.post.id : doc.post
  const post = (await req.payload.findByID({
    collection: 'posts',
    id: postId,
    depth: 0,
    overrideAccess: true,
    req,
  })) as {
    corrections?: { date: string; note: string; comment?: string }[] | null
  }
  req.context.liveEdit = true
  await req.payload.update({
    collection: 'posts',
    id: postId,
    data: {
      corrections: [
        ...(post.corrections ?? []),
        { date: new Date().toISOString(), note: doc.body, comment: doc.id },
      ],
    },
    overrideAccess: true,
    // Accepting the correction is the review: the note goes onto the live post, not a draft.
    req,
  })
  delete req.context.liveEdit
  return doc
}
