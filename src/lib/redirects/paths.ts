/**
 * Redirect addresses, without Payload: what a `from` may be (a path on this site), the page of a
 * document, and the resolution of a request path through the table (chains followed to their end,
 * loops dropped).
 */

/** The site's pages that move when a slug changes, by collection. */
export const PAGE_FOLDERS = {
  posts: 'posts',
  authors: 'authors',
  categories: 'categories',
} as const

export type RedirectedCollection = keyof typeof PAGE_FOLDERS

export const REDIRECTED_COLLECTIONS = Object.keys(PAGE_FOLDERS) as RedirectedCollection[]

export function pagePath(collection: RedirectedCollection, slug: string): string {
  return `/${PAGE_FOLDERS[collection]}/${slug}`
}

/** Paths the site never redirects: the admin, the API, Next's assets, previews. */
const RESERVED = /^\/(admin|api|_next|preview)(\/|$)/

/**
 * A `from` as stored: a path on this site (an address on `origin` is reduced to its path), without
 * query, fragment or trailing slash. Undefined when it is not one (another site, the admin, …).
 */
export function normalizeFrom(value: string, origin?: string): string | undefined {
  const raw = value.trim()
  if (!raw) return undefined
  let url: URL
  try {
    url = new URL(raw, 'http://site.invalid')
  } catch {
    return undefined
  }
  const relative = url.origin === 'http://site.invalid'
  if (!relative && (!origin || url.origin !== new URL(origin).origin)) return undefined
  if (relative && !raw.startsWith('/')) return undefined
  let path = url.pathname.replace(/\/{2,}/g, '/')
  if (path.length > 1) path = path.replace(/\/+$/, '')
  if (path === '/' || RESERVED.test(path)) return undefined
  return path
}

/** A `to` typed by hand: a path on this site (kept with its query) or an http(s) address. */
export function normalizeTo(value: string): string | undefined {
  const raw = value.trim()
  if (raw.startsWith('/') && !raw.startsWith('//')) return raw
  try {
    const url = new URL(raw)
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.toString() : undefined
  } catch {
    return undefined
  }
}

/** Most hops followed when redirects point at redirected addresses; past it, nothing. */
const MAX_HOPS = 10

/**
 * Where `path` should go: the end of the chain that starts there, or undefined when the path is
 * not redirected (or its chain loops back on itself).
 */
export function resolveRedirect(
  table: ReadonlyMap<string, string>,
  path: string,
): string | undefined {
  const seen = new Set<string>([path])
  let target = table.get(path)
  if (target === undefined) return undefined
  for (let hop = 0; hop < MAX_HOPS; hop++) {
    const next = table.get(target.split(/[?#]/)[0]!)
    if (next === undefined) return target
    if (seen.has(target)) return undefined
    seen.add(target)
    target = next
  }
  return undefined
}

/** The feeds under a category or author page follow it: `/categories/old/feed.xml`. */
const FEED_SUFFIX = /^(\/(?:categories|authors)\/[^/]+)(\/(?:feed|atom)\.xml)$/

/** Resolves `path` itself, or a feed under a redirected page. */
export function redirectFor(table: ReadonlyMap<string, string>, path: string): string | undefined {
  const direct = resolveRedirect(table, path)
  if (direct !== undefined) return direct
  const feed = FEED_SUFFIX.exec(path)
  if (!feed) return undefined
  const page = resolveRedirect(table, feed[1]!)
  return page?.startsWith('/') && !page.includes('?') ? `${page}${feed[2]}` : undefined
}
