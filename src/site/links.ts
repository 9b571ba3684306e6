/** Where a document lives on the site. */
export const paths = {
  post: (slug: string) => `/posts/${encodeURIComponent(slug)}`,
  author: (slug: string) => `/authors/${encodeURIComponent(slug)}`,
  category: (slug: string) => `/categories/${encodeURIComponent(slug)}`,
  tag: (slug: string) => `/tags/${encodeURIComponent(slug)}`,
  gallery: (slug: string) => `/galleries/${encodeURIComponent(slug)}`,
  artwork: (slug: string) => `/artworks/${encodeURIComponent(slug)}`,
}

/**
 * The public origin for absolute links (canonical URLs, Open Graph, JSON-LD): SERVER_URL, as the
 * server itself reads it (src/lib/env.ts), without a trailing slash.
 */
export function publicOrigin(): string {
  const configured = process.env.SERVER_URL
  const origin = configured || `http://localhost:${process.env.PORT || 3000}`
  return origin.replace(/\/+$/, '')
}

/** `path` on the public origin; URLs that are already absolute stay as they are. */
export function absoluteUrl(path: string): string {
  return /^https?:\/\//.test(path)
    ? path
    : `${publicOrigin()}${path.startsWith('/') ? '' : '/'}${path}`
}
