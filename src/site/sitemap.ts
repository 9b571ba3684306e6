/**
 * Every public page of the site with when it last changed, for /sitemap.xml: read page by page
 * through the public API (docs/queries/sitemap.graphql), so only what the public may read (no
 * draft) is listed.
 */
import { siteQuery } from './api'

export type SitemapEntry = { path: string; lastModified?: string }

type Listing = { hasNextPage: boolean; docs: { slug: string | null; updatedAt: string | null }[] }

/** URL folder, the query's operation and the list it answers. */
const KINDS = [
  { folder: 'posts', operation: 'SitemapPosts', list: 'Posts' },
  { folder: 'authors', operation: 'SitemapAuthors', list: 'Authors' },
  { folder: 'categories', operation: 'SitemapCategories', list: 'Categories' },
  { folder: 'tags', operation: 'SitemapTags', list: 'Tags' },
  { folder: 'galleries', operation: 'SitemapGalleries', list: 'Galleries' },
  { folder: 'artworks', operation: 'SitemapArtworks', list: 'Artworks' },
] as const

/** A sitemap holds at most 50,000 addresses; 400 pages of 100 per kind stays well within. */
const MAX_PAGES = 400

export async function sitemapEntries(): Promise<SitemapEntry[]> {
  const lists = await Promise.all(
    KINDS.map(async ({ folder, operation, list }) => {
      const entries: SitemapEntry[] = []
      for (let page = 1; page <= MAX_PAGES; page++) {
        const data = await siteQuery<Record<string, Listing>>(
          'sitemap',
          { page },
          { operationName: operation },
        )
        const listing = data[list]!
        for (const doc of listing.docs)
          if (doc.slug)
            entries.push({
              path: `/${folder}/${doc.slug}`,
              lastModified: doc.updatedAt ?? undefined,
            })
        if (!listing.hasNextPage) break
      }
      return entries
    }),
  )
  const posts = lists[0]
  const newest = posts
    .map((entry) => entry.lastModified)
    .filter(Boolean)
    .sort()
    .at(-1)
  return [{ path: '/', lastModified: newest }, ...lists.flat()]
}
