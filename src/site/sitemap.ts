/**
 * Every public page of the site with when it last changed, for /sitemap.xml: read page by page
 * through the public API (docs/queries/sitemap.graphql), so only what the public may read (no
 * draft) is listed.
 */
import { siteQuery } from './api'

export type SitemapEntry = { path: string; lastModified?: string }

type Listing = { hasNextPage: boolean; docs: { slug: string | null; updatedAt: string | null }[] }

/** Each list the query answers, and the folder of its pages. */
const KINDS = {
  Posts: 'posts',
  Authors: 'authors',
  Categories: 'categories',
  Tags: 'tags',
  Galleries: 'galleries',
  Artworks: 'artworks',
} as const

type Sitemap = Record<keyof typeof KINDS, Listing>

/** A sitemap holds at most 50,000 addresses: 80 pages of six kinds stays well within. */
const MAX_PAGES = 80

export async function sitemapEntries(): Promise<SitemapEntry[]> {
  const lists = Object.fromEntries(
    Object.keys(KINDS).map((list) => [list, [] as SitemapEntry[]]),
  ) as Record<keyof typeof KINDS, SitemapEntry[]>
  for (let page = 1; page <= MAX_PAGES; page++) {
    const data = await siteQuery<Sitemap>('sitemap', { page })
    let more = false
    for (const [list, folder] of Object.entries(KINDS) as [keyof typeof KINDS, string][]) {
      for (const doc of data[list].docs)
        if (doc.slug)
          lists[list].push({
            path: `/${folder}/${doc.slug}`,
            lastModified: doc.updatedAt ?? undefined,
          })
      more ||= data[list].hasNextPage
    }
    if (!more) break
  }
  const newest = lists.Posts.map((entry) => entry.lastModified)
    .filter(Boolean)
    .sort()
    .at(-1)
  return [{ path: '/', lastModified: newest }, ...Object.values(lists).flat()]
}
