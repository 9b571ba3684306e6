/**
 * The feed routes' shared work: ask the API for the posts (docs/queries/feed*.graphql), build the
 * RSS or Atom document and answer it with caching headers. An unknown category or author is a 404.
 */
import { loadEnv } from '../../lib/env'
import { siteQuery } from '../api'
import { buildFeed, lastChange, type FeedFormat, type FeedPost } from './build'

type Frame = { SiteSetting: { siteTitle: string | null; tagline: string | null } }
type SiteFeed = Frame & { Posts: { docs: FeedPost[] } }
type CategoryFeed = Frame & {
  Categories: {
    docs: {
      title: string
      slug: string
      description: string | null
      posts: { docs: FeedPost[] } | null
    }[]
  }
}
type AuthorFeed = Frame & {
  Authors: {
    docs: {
      name: string
      slug: string
      shortBio: string | null
      posts: { docs: FeedPost[] } | null
    }[]
  }
}

export type FeedScope = { kind: 'site' } | { kind: 'category' | 'author'; slug: string }

/** Feeds are polled: readers may keep one five minutes, CDNs too, and serve it stale a while. */
export const FEED_CACHE_CONTROL = 'public, max-age=300, s-maxage=300, stale-while-revalidate=600'

const CONTENT_TYPES: Record<FeedFormat, string> = {
  rss: 'application/rss+xml; charset=utf-8',
  atom: 'application/atom+xml; charset=utf-8',
}

let settings: ReturnType<typeof loadEnv> | undefined
const env = () => (settings ??= loadEnv())

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

function notFound(): Response {
  return new Response('Not found\n', {
    status: 404,
    headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' },
  })
}

export async function feedResponse(scope: FeedScope, format: FeedFormat): Promise<Response> {
  const { serverUrl: origin, feeds } = env()
  const variables = { limit: feeds.items, full: feeds.content === 'full' }
  let title: string
  let description: string
  let pagePath: string
  let posts: FeedPost[]
  let siteTitle: string
  if (scope.kind === 'site') {
    const data = await siteQuery<SiteFeed>('feed', variables)
    siteTitle = data.SiteSetting.siteTitle ?? 'Blog'
    title = siteTitle
    description = data.SiteSetting.tagline ?? siteTitle
    pagePath = '/'
    posts = data.Posts.docs
  } else if (!SLUG.test(scope.slug)) {
    return notFound()
  } else if (scope.kind === 'category') {
    const data = await siteQuery<CategoryFeed>('feed-category', { ...variables, slug: scope.slug })
    const category = data.Categories.docs[0]
    if (!category) return notFound()
    siteTitle = data.SiteSetting.siteTitle ?? 'Blog'
    title = `${category.title} · ${siteTitle}`
    description = category.description ?? `Posts in ${category.title}`
    pagePath = `/categories/${category.slug}`
    posts = category.posts?.docs ?? []
  } else {
    const data = await siteQuery<AuthorFeed>('feed-author', { ...variables, slug: scope.slug })
    const author = data.Authors.docs[0]
    if (!author) return notFound()
    siteTitle = data.SiteSetting.siteTitle ?? 'Blog'
    title = `${author.name} · ${siteTitle}`
    description = author.shortBio ?? `Posts by ${author.name}`
    pagePath = `/authors/${author.slug}`
    posts = author.posts?.docs ?? []
  }
  const base = pagePath === '/' ? '' : pagePath
  const body = buildFeed({
    origin,
    format,
    content: feeds.content,
    title,
    description,
    pagePath,
    rssPath: `${base}/feed.xml`,
    atomPath: `${base}/atom.xml`,
    posts,
  })
  const updated = lastChange(posts)
  return new Response(body, {
    headers: {
      'content-type': CONTENT_TYPES[format],
      'cache-control': FEED_CACHE_CONTROL,
      ...(updated.getTime() > 0 ? { 'last-modified': updated.toUTCString() } : {}),
    },
  })
}
