/**
 * The search page's data: the candidates from the public GraphQL API (docs/queries/search.graphql)
 * ranked and cut into pages by src/lib/search.
 */
import { candidateWheres, pageOf, rank, type Page, type SearchQuery } from '../../lib/search'
import { siteQuery } from '../api'

export type SearchEntry = {
  id: string
  kind: 'posts' | 'artworks' | null
  title: string
  slug: string | null
  excerpt: string | null
  text: string | null
  publishedAt: string | null
}

type SearchPageData = {
  all: { totalDocs: number; docs: SearchEntry[] }
  any: { totalDocs: number; docs: SearchEntry[] }
}

export const RESULTS_PER_PAGE = 10

export async function findEntries(
  query: SearchQuery,
  page: number,
): Promise<Page<SearchEntry & { text: string }>> {
  const { all, any } = await siteQuery<SearchPageData>('search', candidateWheres(query.words))
  const seen = new Set<string>()
  const candidates = [...all.docs, ...any.docs]
    .filter((entry) => entry.slug && !seen.has(entry.id) && seen.add(entry.id))
    .map((entry) => ({ ...entry, text: entry.text ?? '' }))
  return pageOf(rank(candidates, query.words, query.phrase), page, RESULTS_PER_PAGE)
}

/** Where a result links to on the site. */
export const entryPath = (entry: Pick<SearchEntry, 'kind' | 'slug'>) =>
  `/${entry.kind === 'artworks' ? 'artworks' : 'posts'}/${encodeURIComponent(entry.slug ?? '')}`
