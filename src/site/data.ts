/**
 * The site's page queries, memoised per request with React's `cache`, so a page's
 * `generateMetadata` and its render share one GraphQL request.
 */
import { cache } from 'react'

import { siteQuery } from './api'
import type {
  AuthorCard,
  Image,
  LexicalDocument,
  Post,
  PostCard,
  PostsPage,
  Sidebar,
} from './types'

export type SiteFrame = {
  SiteSetting: { siteTitle: string | null; tagline: string | null }
  Categories: { docs: { title: string; slug: string }[] }
}

export const siteFrame = cache(() => siteQuery<SiteFrame>('site'))

export type HomePage = {
  SiteSetting: Sidebar & { tagline: string | null }
  Posts: { totalDocs: number; totalPages: number; page: number; docs: PostCard[] }
}

export const homePage = cache((page: number, limit: number) =>
  siteQuery<HomePage>('home', { page, limit }),
)

export const postPage = cache(async (slug: string) => {
  const data = await siteQuery<{ Posts: { docs: Post[] }; SiteSetting: Sidebar }>('post', { slug })
  return { post: data.Posts.docs[0] ?? null, sidebar: data.SiteSetting }
})

export type Author = AuthorCard & {
  bio: LexicalDocument
  website: string | null
  socialLinks: { platform: string; url: string }[] | null
  posts: PostsPage | null
  artworks: {
    totalDocs: number
    docs: { title: string; slug: string; subject: string | null; image: Image | null }[]
  } | null
}

export const authorPage = cache(async (slug: string, page: number, limit: number) => {
  const data = await siteQuery<{ Authors: { docs: Author[] } }>('author', { slug, page, limit })
  return data.Authors.docs[0] ?? null
})

export type Taxonomy = {
  title: string
  slug: string
  parent?: { title: string; slug: string } | null
  posts: PostsPage | null
}

export const categoryPage = cache(async (slug: string, page: number, limit: number) => {
  const data = await siteQuery<{ Categories: { docs: Taxonomy[] } }>('category', {
    slug,
    page,
    limit,
  })
  return data.Categories.docs[0] ?? null
})

export const tagPage = cache(async (slug: string, page: number, limit: number) => {
  const data = await siteQuery<{ Tags: { docs: Taxonomy[] } }>('tag', { slug, page, limit })
  return data.Tags.docs[0] ?? null
})

export type ArtworkDetails = {
  title: string
  slug: string
  subject: string | null
  tradition: string | null
  medium: string | null
  year: number | null
  dimensions: {
    width: number | null
    height: number | null
    depth: number | null
    unit: string | null
  } | null
  prints: { availability: string | null; note: string | null; url: string | null } | null
  image: Image | null
}

export type Artwork = ArtworkDetails & {
  description: LexicalDocument
  artist: { name: string; slug: string } | null
  galleries: { docs: { title: string; slug: string }[] } | null
}

export const artworkPage = cache(async (slug: string) => {
  const data = await siteQuery<{ Artworks: { docs: Artwork[] } }>('artwork', { slug })
  return data.Artworks.docs[0] ?? null
})

export type Gallery = {
  title: string
  slug: string
  description: LexicalDocument
  curator: { name: string; slug: string } | null
  cover: Image | null
  items: { caption: string | null; artwork: ArtworkDetails | null }[] | null
}

export const galleryPage = cache(async (slug: string) => {
  const data = await siteQuery<{ Galleries: { docs: Gallery[] } }>('gallery', { slug })
  return data.Galleries.docs[0] ?? null
})

/** The latest draft of one post, read with a preview token (never cached, never shared). */
export async function previewPost(id: string, token: string) {
  const data = await siteQuery<{ Posts: { docs: Post[] }; SiteSetting: Sidebar }>(
    'preview-post',
    { id },
    { headers: { 'x-preview-token': token } },
  )
  return { post: data.Posts.docs[0] ?? null, sidebar: data.SiteSetting }
}

/** The latest draft of one artwork, read with a preview token (never cached, never shared). */
export async function previewArtwork(id: string, token: string) {
  const data = await siteQuery<{ Artworks: { docs: Artwork[] } }>(
    'preview-artwork',
    { id },
    { headers: { 'x-preview-token': token } },
  )
  return data.Artworks.docs[0] ?? null
}

/** The latest draft of one gallery, read with a preview token (never cached, never shared). */
export async function previewGallery(id: string, token: string) {
  const data = await siteQuery<{ Galleries: { docs: Gallery[] } }>(
    'preview-gallery',
    { id },
    { headers: { 'x-preview-token': token } },
  )
  return data.Galleries.docs[0] ?? null
}
