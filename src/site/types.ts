/** The shapes the site's GraphQL queries (docs/queries) answer with; only what the pages read. */

export type ImageSize = { url: string | null; width?: number | null; height?: number | null }

export type Image = {
  url?: string | null
  alt: string
  caption?: string | null
  credit?: string | null
  width?: number | null
  height?: number | null
  sizes?: Partial<Record<'thumbnail' | 'card' | 'feature' | 'og', ImageSize | null>> | null
}

export type LexicalDocument = { root: { children: unknown[] } } | null

export type AuthorCard = {
  name: string
  slug: string
  kind?: string | null
  shortBio?: string | null
  portrait?: Image | null
}

export type PostCard = {
  title: string
  slug: string
  excerpt?: string | null
  publishedAt?: string | null
  readingTime?: number | null
  authors?: { name: string; slug: string }[] | null
  featuredImage?: Image | null
}

export type Post = PostCard & {
  id: string
  updatedAt?: string | null
  wordCount?: number | null
  content: LexicalDocument
  authors: AuthorCard[] | null
  categories: { title: string; slug: string }[] | null
  tags: { title: string; slug: string }[] | null
  relatedPosts: PostCard[] | null
  corrections: { date: string; note: string }[] | null
  meta: {
    title?: string | null
    description?: string | null
    image?: Image | null
  } | null
}

export type Sidebar = {
  siteTitle: string | null
  featuredArtwork: {
    label: string | null
    artwork: { title: string; slug: string; image: Image | null } | null
  } | null
  aboutAuthor: AuthorCard | null
}

/** A join's page of posts (an author's, a category's, a tag's). */
export type PostsPage = { totalDocs: number; hasNextPage: boolean; docs: PostCard[] }
