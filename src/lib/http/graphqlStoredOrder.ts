/**
 * Payload 3.90's GraphQL resolver for a hasMany relationship or upload field starts one load per
 * stored id and pushes each document into its answer when that load resolves
 * (`@payloadcms/graphql` `fieldToSchemaMap.js`, `results.push(result)` after `await
 * payloadDataLoader.load(…)`). The request's dataloader hands out a document it has loaded
 * before (for another post, a parent category, the site settings' author) only after the
 * documents it fetches in the same batch, so a post's authors or categories came out in a
 * different order than the one stored (and than REST answers), depending on which other fields
 * of the query were resolved first: on Postgres, different from one run to the next. This puts
 * the answer back in the stored order; documents the reader may not see stay left out.
 */
import { GraphQLObjectType, type GraphQLFieldResolver, type GraphQLSchema } from 'graphql'

type PayloadField = { name?: unknown; type?: unknown; hasMany?: unknown }

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null

/** The key of one stored entry or one answered document: `[collection:]id`. */
function keyOf(entry: unknown): string | undefined {
  if (typeof entry === 'string' || typeof entry === 'number') return String(entry)
  if (!isRecord(entry)) return undefined
  if ('relationTo' in entry) {
    const inner = keyOf(entry.value)
    return inner === undefined ? undefined : `${String(entry.relationTo)}:${inner}`
  }
  return entry.id === undefined ? undefined : String(entry.id)
}

/** `answer` sorted by where each document's id stands in `stored` (stable; unknown ids last). */
export function inStoredOrder<T>(stored: unknown, answer: T[]): T[] {
  if (!Array.isArray(stored) || answer.length < 2) return answer
  const position = new Map<string, number>()
  stored.forEach((entry, index) => {
    const key = keyOf(entry)
    if (key !== undefined && !position.has(key)) position.set(key, index)
  })
  const rank = (doc: T) => position.get(keyOf(doc) ?? '') ?? stored.length
  return answer
    .map((doc, index) => ({ doc, index, rank: rank(doc) }))
    .sort((a, b) => a.rank - b.rank || a.index - b.index)
    .map(({ doc }) => doc)
}

/** Wraps every hasMany relationship and upload field's resolver to answer in stored order. */
export function keepStoredOrder(schema: GraphQLSchema): void {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!(type instanceof GraphQLObjectType) || type.name.startsWith('__')) continue
    for (const field of Object.values(type.getFields())) {
      const payloadField = field.extensions?.field as PayloadField | undefined
      const resolve = field.resolve
      if (
        !resolve ||
        !payloadField ||
        payloadField.hasMany !== true ||
        (payloadField.type !== 'relationship' && payloadField.type !== 'upload') ||
        typeof payloadField.name !== 'string'
      ) {
        continue
      }
      const name = payloadField.name
      field.resolve = (async (parent, args, context, info) => {
        const answer: unknown = await resolve(parent, args, context, info)
        return Array.isArray(answer) && isRecord(parent)
          ? inStoredOrder(parent[name], answer)
          : answer
      }) as GraphQLFieldResolver<unknown, unknown>
    }
  }
}
