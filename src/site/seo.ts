/**
 * Metadata for the site's pages: title, description, canonical URL, Open Graph and Twitter cards
 * from a post's SEO fields (plugin-seo's `meta` group), and JSON-LD for posts and people. Plain
 * functions over the query answers; absolute URLs use the public origin (SERVER_URL).
 */
import type { Metadata } from 'next'

import { absoluteUrl, paths } from './links'
import type { AuthorCard, Post } from './types'

export type PageSeo = {
  title: string
  description?: string | null
  /** The page's path on the site; its canonical URL is this on the public origin. */
  path: string
  image?: string | null
  type?: 'website' | 'article' | 'profile'
  publishedTime?: string | null
  authors?: string[]
  noindex?: boolean
}

export function pageMetadata(seo: PageSeo): Metadata {
  const url = absoluteUrl(seo.path)
  const images = seo.image ? [{ url: absoluteUrl(seo.image) }] : undefined
  const description = seo.description ?? undefined
  return {
    title: seo.title,
    description,
    alternates: { canonical: url },
    openGraph: {
      title: seo.title,
      description,
      url,
      type: seo.type ?? 'website',
      images,
      ...(seo.type === 'article'
        ? { publishedTime: seo.publishedTime ?? undefined, authors: seo.authors }
        : {}),
    },
    twitter: {
      card: images ? 'summary_large_image' : 'summary',
      title: seo.title,
      description,
      images: images?.map((image) => image.url),
    },
    ...(seo.noindex ? { robots: { index: false, follow: false } } : {}),
  }
}

/** A post's image for link previews: the SEO image, else the featured image's og size. */
export function postImage(post: Post): string | null {
  return (
    post.meta?.image?.sizes?.og?.url ||
    post.meta?.image?.url ||
    post.featuredImage?.sizes?.og?.url ||
    post.featuredImage?.url ||
    null
  )
}

export function postMetadata(post: Post, { noindex = false } = {}): Metadata {
  return pageMetadata({
    title: post.meta?.title || post.title,
    description: post.meta?.description || post.excerpt,
    path: paths.post(post.slug),
    image: postImage(post),
    type: 'article',
    publishedTime: post.publishedAt,
    authors: (post.authors ?? []).map((author) => absoluteUrl(paths.author(author.slug))),
    noindex,
  })
}

/** schema.org BlogPosting for a post page. */
export function blogPostingJsonLd(post: Post, siteTitle?: string | null): object {
  const image = postImage(post)
  return {
    '@context': 'https://schema.org',
    '@type': 'BlogPosting',
    headline: post.title,
    description: post.meta?.description || post.excerpt || undefined,
    url: absoluteUrl(paths.post(post.slug)),
    mainEntityOfPage: absoluteUrl(paths.post(post.slug)),
    datePublished: post.publishedAt || undefined,
    dateModified: post.updatedAt || post.publishedAt || undefined,
    wordCount: post.wordCount || undefined,
    image: image ? absoluteUrl(image) : undefined,
    author: (post.authors ?? []).map((author) => ({
      '@type': 'Person',
      name: author.name,
      url: absoluteUrl(paths.author(author.slug)),
    })),
    keywords: (post.tags ?? []).map((tag) => tag.title).join(', ') || undefined,
    publisher: siteTitle ? { '@type': 'Organization', name: siteTitle } : undefined,
  }
}

/** schema.org Person for an author page. */
export function personJsonLd(
  author: AuthorCard & { website?: string | null; socialLinks?: { url: string }[] | null },
): object {
  const portrait = author.portrait?.url || author.portrait?.sizes?.card?.url
  const sameAs = [author.website, ...(author.socialLinks ?? []).map((link) => link.url)].filter(
    (url): url is string => Boolean(url),
  )
  return {
    '@context': 'https://schema.org',
    '@type': 'Person',
    name: author.name,
    description: author.shortBio || undefined,
    url: absoluteUrl(paths.author(author.slug)),
    image: portrait ? absoluteUrl(portrait) : undefined,
    sameAs: sameAs.length ? sameAs : undefined,
  }
}
