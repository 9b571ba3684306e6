import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import type { Taxonomy } from '../data'
import { POSTS_PER_PAGE, pageHref, parsePageNumber } from '../paging'
import { pageMetadata } from '../seo'
import { Pagination } from './Pagination'
import { PostList } from './PostCard'

type Loader = (slug: string, page: number, limit: number) => Promise<Taxonomy | null>

export type ArchiveProps = {
  params: Promise<{ slug: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

/** A category's or tag's archive: its published posts, newest first, ?page=2 for older ones. */
export function taxonomyArchive(
  kind: 'Category' | 'Tag',
  load: Loader,
  path: (slug: string) => string,
) {
  async function find({ params, searchParams }: ArchiveProps) {
    const page = parsePageNumber((await searchParams).page)
    if (page === null) notFound()
    const term = await load((await params).slug, page, POSTS_PER_PAGE)
    if (!term) notFound()
    if (page > 1 && !term.posts?.docs.length) notFound()
    return { term, page }
  }

  async function generateMetadata(props: ArchiveProps): Promise<Metadata> {
    const { term, page } = await find(props)
    return pageMetadata({
      title: `${kind}: ${term.title}${page > 1 ? `, page ${page}` : ''}`,
      description: `Posts filed under ${term.title}.`,
      path: pageHref(path(term.slug), page),
    })
  }

  async function Archive(props: ArchiveProps) {
    const { term, page } = await find(props)
    return (
      <section className="archive">
        <p className="kicker">
          {kind}
          {term.parent ? (
            <>
              {' '}
              in <a href={path(term.parent.slug)}>{term.parent.title}</a>
            </>
          ) : null}
        </p>
        <h1>{term.title}</h1>
        <PostList posts={term.posts?.docs ?? []} />
        <Pagination base={path(term.slug)} page={page} hasNext={Boolean(term.posts?.hasNextPage)} />
      </section>
    )
  }

  return { generateMetadata, Archive }
}
