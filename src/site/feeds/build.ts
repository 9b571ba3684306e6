/**
 * Builds the site's RSS 2.0 and Atom documents with the `feed` library (no XML by hand): absolute
 * links on the public origin, the featured image as an enclosure, the excerpt as the summary and,
 * when the feeds carry it, the post's content as HTML.
 */
import { Feed } from 'feed'

import { absolute, contentHtml } from './html'

export type FeedFormat = 'rss' | 'atom'
export type FeedContent = 'full' | 'summary'

export type FeedPost = {
  title: string | null
  slug: string | null
  excerpt: string | null
  publishedAt: string | null
  updatedAt: string | null
  content?: unknown
  authors: { name: string; slug: string | null }[] | null
  categories: { title: string; slug: string | null }[] | null
  featuredImage: {
    alt: string | null
    url: string | null
    mimeType: string | null
    filesize: number | null
  } | null
}

export type FeedInput = {
  origin: string
  format: FeedFormat
  content: FeedContent
  title: string
  description: string
  /** The page the feed follows (`/`, `/categories/essays`), a path. */
  pagePath: string
  /** The feed's own paths, RSS and Atom. */
  rssPath: string
  atomPath: string
  posts: FeedPost[]
}

const dateOf = (value: string | null | undefined): Date | undefined => {
  if (!value) return undefined
  const date = new Date(value)
  return Number.isNaN(date.getTime()) ? undefined : date
}

/** The newest change among the posts: the feed's `updated` (and the answer's Last-Modified). */
export function lastChange(posts: FeedPost[]): Date {
  const times = posts
    .map((post) => dateOf(post.updatedAt) ?? dateOf(post.publishedAt))
    .filter((date): date is Date => Boolean(date))
    .map((date) => date.getTime())
  return new Date(times.length ? Math.max(...times) : 0)
}

export function buildFeed(input: FeedInput): string {
  const { origin, posts } = input
  const url = (path: string) => absolute(path, origin)
  const feed = new Feed({
    id: url(input.pagePath),
    title: input.title,
    description: input.description,
    link: url(input.pagePath),
    language: 'en',
    updated: lastChange(posts),
    generator: false,
    copyright: `© ${input.title}`,
    feedLinks: { rss: url(input.rssPath), atom: url(input.atomPath) },
  })
  for (const post of posts) {
    if (!post.slug || !post.title) continue
    const link = url(`/posts/${post.slug}`)
    const published = dateOf(post.publishedAt) ?? dateOf(post.updatedAt) ?? new Date(0)
    const image = post.featuredImage
    const html = input.content === 'full' ? contentHtml(post.content, origin) : ''
    feed.addItem({
      title: post.title,
      id: link,
      guid: link,
      link,
      date: dateOf(post.updatedAt) ?? published,
      published,
      description: post.excerpt ?? '',
      content: html || undefined,
      author: (post.authors ?? []).map((author) => ({
        name: author.name,
        link: author.slug ? url(`/authors/${author.slug}`) : undefined,
      })),
      category: (post.categories ?? []).map((category) => ({
        name: category.title,
        term: category.slug ?? category.title,
        domain: category.slug ? url(`/categories/${category.slug}`) : undefined,
      })),
      enclosure:
        image?.url && image.mimeType
          ? { url: url(image.url), type: image.mimeType, length: image.filesize ?? 0 }
          : undefined,
    })
  }
  return input.format === 'rss' ? feed.rss2() : feed.atom1()
}
