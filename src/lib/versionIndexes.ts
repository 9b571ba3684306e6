/**
 * Indexes on the versions tables (`_posts_v`, ...) that a collection's `indexes` cannot
 * declare: Payload prefixes those with `version.`, while the admin reads versions by the columns
 * it keeps beside them. On SQLite and Postgres a schema hook declares them (the migrations carry
 * them); on MongoDB `ensureVersionIndexes` creates the same ones at start (src/lib/database.ts
 * calls both).
 */
import type { Payload } from 'payload'

/** Drizzle's `index(name).on(...columns)`, from sqlite-core or pg-core: both are used alike. */
export type IndexBuilder = (name: string) => { on: (...columns: never[]) => unknown }

/** The part of a drizzle adapter's schema hook arguments this hook uses (same on both). */
type SchemaHookArgs = {
  extendTable: (args: {
    table: unknown
    extraConfig: (columns: Record<string, unknown>) => Record<string, unknown>
  }) => unknown
  schema: { tables: Record<string, unknown> }
}

type Sort = { field: string; direction: 1 | -1 }

const parseSort = (sort: string): Sort => ({
  field: sort.replace(/^-/, ''),
  direction: sort.startsWith('-') ? -1 : 1,
})

/**
 * The orders a collection's lists are read in: its `defaultSort` (the admin list's), and the API's
 * when a collection keeps another one for requests that name none (`custom.apiDefaultSort`, see
 * collections/Posts/hooks/keepReadSort.ts).
 */
function listSortsOf(collection: { defaultSort?: unknown; custom?: Record<string, unknown> }): {
  admin: Sort
  api?: Sort
} {
  const sort = typeof collection.defaultSort === 'string' ? collection.defaultSort : 'createdAt'
  const api = collection.custom?.apiDefaultSort
  return { admin: parseSort(sort), api: typeof api === 'string' ? parseSort(api) : undefined }
}

const snake = (name: string) => name.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`)

type Column = { name: string }

/**
 * For each collection with drafts:
 * - `parent_id, updated_at`: a document's versions, newest first (the admin's Versions tab);
 * - `latest, version_<default sort>, created_at`: the admin list, which reads the latest version
 *   of every document, in the collection's default order (Payload adds `created_at` last);
 * - the same for the API's own default order, where the collection keeps one.
 */
export const versionListIndexes =
  (index: IndexBuilder) =>
  <Args extends { schema: unknown }>(hookArgs: Args): Args['schema'] => {
    const args = hookArgs as Args & SchemaHookArgs
    const { extendTable, schema } = args
    // Payload passes its adapter to schema hooks, though the hook's type leaves it out.
    const { adapter } = args as typeof args & { adapter: { payload: Payload } }
    for (const collection of adapter.payload.config.collections) {
      if (!collection.versions?.drafts) continue
      const tableName = `_${snake(collection.slug).replace(/-/g, '_')}_v`
      const table = schema.tables[tableName]
      if (!table) continue
      const sorts = listSortsOf(collection)
      const sortColumn = `version_${snake(sorts.admin.field)}`
      const apiSortColumn = sorts.api ? `version_${snake(sorts.api.field)}` : undefined
      extendTable({
        table,
        extraConfig: (t) => {
          const column = (name: string) => {
            const found = Object.values(t).find((value) => (value as Column)?.name === name)
            if (!found) throw new Error(`versionListIndexes: ${tableName} has no ${name} column`)
            return found as never
          }
          return {
            [`${tableName}_parent_updated_at_idx`]: index(`${tableName}_parent_updated_at_idx`).on(
              column('parent_id'),
              column('updated_at'),
            ),
            [`${tableName}_latest_sort_idx`]: index(`${tableName}_latest_sort_idx`).on(
              column('latest'),
              column(sortColumn),
              column('created_at'),
            ),
            ...(apiSortColumn
              ? {
                  [`${tableName}_latest_api_sort_idx`]: index(
                    `${tableName}_latest_api_sort_idx`,
                  ).on(column('latest'), column(apiSortColumn), column('created_at')),
                }
              : {}),
          }
        },
      })
    }
    return hookArgs.schema
  }

type MongoVersionModels = Record<
  string,
  { collection: { createIndexes: (specs: { key: Record<string, 1 | -1> }[]) => Promise<unknown> } }
>

/**
 * MongoDB: the same two indexes on each drafts collection's versions, created at start (creating
 * an index that exists is a no-op). Payload's mongoose adapter keeps one model per versions
 * collection in `payload.db.versions`.
 */
export async function ensureVersionIndexes(payload: Payload): Promise<void> {
  const models = (payload.db as unknown as { versions?: MongoVersionModels }).versions ?? {}
  for (const collection of payload.config.collections) {
    const model = models[collection.slug]
    if (!collection.versions?.drafts || !model) continue
    const { admin, api } = listSortsOf(collection)
    await model.collection.createIndexes([
      { key: { parent: 1, updatedAt: -1 } },
      ...[admin, ...(api ? [api] : [])].map(({ field, direction }) => ({
        key: { latest: 1 as const, [`version.${field}`]: direction, createdAt: direction },
      })),
    ])
  }
}
