/**
 * `adminListsPlugin`: what the admin's list views offer, per collection, in one place. The filter
 * menu offers only the fields people filter on (Payload lists every field otherwise, bookkeeping
 * such as "Import Hash" and "History > ID" included), and the column picker only the fields worth
 * a column. It runs after the plugins that add fields (the workflow's history, the SEO group), so
 * it sees every field. Payload's own `id`, `createdAt` and `updatedAt` stay available.
 */
import type { CollectionSlug, Config, Field } from 'payload'

export type ListOptions = {
  /** Top-level fields offered in the filter menu. */
  filters: readonly string[]
  /** Top-level fields offered as columns; every field when left out. */
  columns?: readonly string[]
}

function limit(fields: Field[], options: ListOptions): Field[] {
  return fields.map((field): Field => {
    if (field.type === 'row' || field.type === 'collapsible')
      return { ...field, fields: limit(field.fields, options) }
    if (field.type === 'tabs')
      return {
        ...field,
        tabs: field.tabs.map((tab) =>
          'name' in tab && tab.name
            ? {
                ...tab,
                admin: {
                  ...tab.admin,
                  disableListFilter: !options.filters.includes(tab.name),
                  disableListColumn: options.columns ? !options.columns.includes(tab.name) : false,
                },
              }
            : { ...tab, fields: limit(tab.fields, options) },
        ),
      }
    if (!('name' in field) || field.type === 'ui') return field
    const filter = options.filters.includes(field.name)
    const column = options.columns ? options.columns.includes(field.name) : true
    return {
      ...field,
      admin: {
        ...field.admin,
        ...(filter ? {} : { disableListFilter: true }),
        ...(column ? {} : { disableListColumn: true }),
      },
    } as Field
  })
}

export const adminListsPlugin =
  (lists: Partial<Record<CollectionSlug, ListOptions>>) =>
  (config: Config): Config => ({
    ...config,
    collections: (config.collections ?? []).map((collection) => {
      const options = lists[collection.slug as CollectionSlug]
      return options ? { ...collection, fields: limit(collection.fields, options) } : collection
    }),
  })
