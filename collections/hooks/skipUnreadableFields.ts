import type { CollectionBeforeOperationHook, FlattenedField, PayloadRequest } from 'payload'

/**
 * The top-level fields a request may not read: field access says no, or the field is hidden.
 * Field access here is a function of the user only (access/derive.ts, the collections' staff
 * rules), so asking it without a document gives the answer it gives for every document.
 */
async function unreadableFields(
  fields: FlattenedField[],
  req: PayloadRequest,
  showHiddenFields: boolean,
): Promise<string[]> {
  const names: string[] = []
  for (const field of fields) {
    if ('hidden' in field && field.hidden && !showHiddenFields) names.push(field.name)
    else if (field.access?.read && (await field.access.read({ req })) === false) {
      names.push(field.name)
    }
  }
  return names
}

/**
 * A reader's REST or GraphQL read that did not choose its fields leaves out, in the database
 * query itself, the fields that reader could never see (the workflow history, owners, import
 * fingerprints, commenters' emails and verdicts). Payload would load them and blank them after
 * field access; an array such as the history is a subquery per document. Signed-in users, reads
 * with their own `select`, and the Local API's trusted reads (`overrideAccess`) are untouched, so
 * server code still sees every field; readers get exactly the answer they got before.
 */
export const skipUnreadableFields: CollectionBeforeOperationHook = async ({
  args,
  collection,
  operation,
  req,
}) => {
  if (operation !== 'read' || req.user || args.overrideAccess === true || args.select) return args
  const names = await unreadableFields(
    collection.flattenedFields,
    req,
    Boolean(args.showHiddenFields),
  )
  if (names.length === 0) return args
  return { ...args, select: Object.fromEntries(names.map((name) => [name, false])) }
}
