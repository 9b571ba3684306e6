/**
 * `siteSearchPlugin`: the reader site's search index, Payload's `@payloadcms/plugin-search`
 * configured for our content. The plugin keeps a `search` collection in step with posts and
 * artworks through their afterChange/beforeDelete hooks (so the Local API, the admin, the
 * importer and scheduled publications all update it), and only with what the public may read:
 *
 * - a draft is never indexed (`syncDrafts: false`);
 * - a draft saved over a live document leaves the live copy indexed (the plugin checks for a
 *   published version before removing anything);
 * - unpublishing (the document's own status becomes draft) or deleting removes its entry.
 *
 * Each entry carries what the results page shows and ranks (title, slug, excerpt, the text as
 * plain words, publication date), so the page asks one public GraphQL query and never reads the
 * documents themselves. Ranking happens in src/lib/search (plain `like` queries on every adapter).
 */
import { searchPlugin } from '@payloadcms/plugin-search'
import type { BeforeSync } from '@payloadcms/plugin-search/types'
import type { CollectionSlug, Config, Field, Payload, PayloadRequest } from 'payload'

import { accessFrom } from '../../access/derive'
import { searchTextOf } from '../../collections/Posts/hooks/keepSearchText'

/** The collections the site searches, and what each result is called on the page. */
export const SEARCHED_COLLECTIONS = ['posts', 'artworks'] as const
export type SearchedCollection = (typeof SEARCHED_COLLECTIONS)[number]
export const SEARCH_SLUG = 'search'

type Indexed = {
  title?: string | null
  slug?: string | null
  excerpt?: string | null
  content?: unknown
  description?: unknown
  subject?: string | null
  tradition?: string | null
  medium?: string | null
  publishedAt?: string | null
  createdAt?: string | null
}

const words = (...parts: (string | null | undefined)[]) =>
  parts
    .filter((part): part is string => Boolean(part && part.trim()))
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim()

/** The entry of one published document: the words a reader can find it by, and its card. */
export function searchEntryOf(collection: string, doc: Indexed) {
  if (collection === 'artworks') {
    return {
      kind: 'artworks',
      slug: doc.slug ?? '',
      excerpt: words(doc.subject, doc.tradition, doc.medium),
      text: words(doc.subject, doc.tradition, doc.medium, searchTextOf(doc.description)),
      publishedAt: doc.publishedAt ?? doc.createdAt ?? null,
    }
  }
  return {
    kind: 'posts',
    slug: doc.slug ?? '',
    excerpt: doc.excerpt ?? '',
    text: words(doc.excerpt, searchTextOf(doc.content)),
    publishedAt: doc.publishedAt ?? null,
  }
}

const beforeSync: BeforeSync = ({ originalDoc, searchDoc, collectionSlug }) => ({
  ...searchDoc,
  ...searchEntryOf(collectionSlug, originalDoc as Indexed),
})

const readOnly = { readOnly: true }
const extraFields: Field[] = [
  {
    name: 'kind',
    type: 'select',
    options: [
      { label: 'Post', value: 'posts' },
      { label: 'Artwork', value: 'artworks' },
    ],
    index: true,
    admin: readOnly,
  },
  { name: 'slug', type: 'text', admin: readOnly },
  { name: 'excerpt', type: 'textarea', admin: readOnly },
  { name: 'text', type: 'textarea', admin: { ...readOnly, hidden: true } },
  { name: 'publishedAt', type: 'date', index: true, admin: readOnly },
]

export const siteSearchPlugin = () => (config: Config) =>
  searchPlugin({
    collections: [...SEARCHED_COLLECTIONS],
    syncDrafts: false,
    deleteDrafts: true,
    beforeSync,
    searchOverrides: {
      slug: SEARCH_SLUG,
      access: accessFrom(SEARCH_SLUG),
      labels: { singular: 'Search entry', plural: 'Search index' },
      graphQL: { singularName: 'SearchEntry', pluralName: 'SearchEntries' },
      admin: {
        group: 'Settings',
        description:
          'What the site search finds: one entry per published post and artwork, kept up to date on every publication. Use Reindex if it ever drifts.',
        defaultColumns: ['title', 'kind', 'slug', 'publishedAt'],
      },
      fields: ({ defaultFields }) => [...defaultFields, ...extraFields],
    },
  })(config)

/**
 * Indexes every published post and artwork that has no entry yet: for a database that had content
 * before the search index existed (its migration calls it), batch by batch. Saves index the rest.
 */
export async function indexPublished(payload: Payload, req?: Partial<PayloadRequest>) {
  const BATCH = 100
  for (const collection of SEARCHED_COLLECTIONS) {
    for (let page = 1; ; page++) {
      const { docs, hasNextPage } = await payload.find({
        collection: collection as CollectionSlug,
        where: { _status: { equals: 'published' } },
        depth: 0,
        limit: BATCH,
        page,
        sort: 'createdAt',
        overrideAccess: true,
        req,
      })
      for (const doc of docs as (Indexed & { id: string | number })[]) {
        const existing = await payload.count({
          collection: SEARCH_SLUG as CollectionSlug,
          where: { 'doc.value': { equals: doc.id }, 'doc.relationTo': { equals: collection } },
          overrideAccess: true,
          req,
        })
        if (existing.totalDocs > 0) continue
        await payload.create({
          collection: SEARCH_SLUG as CollectionSlug,
          data: {
            title: doc.title ?? '',
            doc: { relationTo: collection, value: doc.id },
            ...searchEntryOf(collection, doc),
          } as never,
          depth: 0,
          overrideAccess: true,
          req,
        })
      }
      if (!hasNextPage) break
    }
  }
}
