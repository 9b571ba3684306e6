/**
 * Page numbers in the site's URLs (`/page/2`, `?page=2`): whole numbers from 1, written without
 * leading zeros or signs. Anything else is not a page (the caller answers 404).
 */
export const POSTS_PER_PAGE = 10

export function parsePageNumber(raw: string | string[] | undefined): number | null {
  if (raw === undefined) return 1
  if (Array.isArray(raw) || !/^[1-9]\d{0,5}$/.test(raw)) return null
  return Number(raw)
}

/** How many pages `total` items fill (at least one, so an empty list still has its page 1). */
export function pageCount(total: number, perPage = POSTS_PER_PAGE): number {
  return Math.max(1, Math.ceil(total / perPage))
}

/** The link to page `n` of a list whose first page is `base` (`/` or `/categories/x`). */
export function pageHref(base: string, n: number, style: 'path' | 'query' = 'query'): string {
  if (n <= 1) return base
  if (style === 'path') return `${base === '/' ? '' : base}/page/${n}`
  return `${base}?page=${n}`
}
