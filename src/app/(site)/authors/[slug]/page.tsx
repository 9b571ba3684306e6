/** An author: portrait, bio, links, their posts a page at a time (?page=2) and their artworks. */
import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { JsonLd } from '../../../../site/components/JsonLd'
import { Pagination } from '../../../../site/components/Pagination'
import { PostList } from '../../../../site/components/PostCard'
import { authorPage } from '../../../../site/data'
import { paths } from '../../../../site/links'
import { POSTS_PER_PAGE, pageHref, parsePageNumber } from '../../../../site/paging'
import { RichText } from '../../../../site/richText/RichText'
import { pageMetadata, personJsonLd } from '../../../../site/seo'

export const dynamic = 'force-dynamic'

type Props = {
  params: Promise<{ slug: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

async function load({ params, searchParams }: Props) {
  const page = parsePageNumber((await searchParams).page)
  if (page === null) notFound()
  const { slug } = await params
  const author = await authorPage(slug, page, POSTS_PER_PAGE)
  if (!author) notFound()
  if (page > 1 && !author.posts?.docs.length) notFound()
  return { author, page }
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { author, page } = await load(props)
  return pageMetadata({
    title: page > 1 ? `${author.name}, page ${page}` : author.name,
    description: author.shortBio,
    path: pageHref(paths.author(author.slug), page),
    image: author.portrait?.sizes?.card?.url ?? author.portrait?.url,
    type: 'profile',
  })
}

export default async function AuthorPage(props: Props) {
  const { author, page } = await load(props)
  const portrait = author.portrait?.sizes?.card
  const artworks = author.artworks?.docs ?? []
  return (
    <article className="author-page">
      <JsonLd data={personJsonLd(author)} />
      <header className="author-header">
        {portrait?.url ? (
          <img
            src={portrait.url}
            alt={author.portrait?.alt ?? ''}
            width={portrait.width ?? undefined}
            height={portrait.height ?? undefined}
          />
        ) : null}
        <div>
          <h1>{author.name}</h1>
          {author.shortBio ? <p className="lede">{author.shortBio}</p> : null}
        </div>
      </header>
      <RichText data={author.bio} />
      {author.website || author.socialLinks?.length ? (
        <ul className="author-links">
          {author.website ? (
            <li>
              <a href={author.website} rel="me noopener">
                Website
              </a>
            </li>
          ) : null}
          {(author.socialLinks ?? []).map((link) => (
            <li key={link.url}>
              <a href={link.url} rel="me noopener">
                {link.platform}
              </a>
            </li>
          ))}
        </ul>
      ) : null}
      {artworks.length ? (
        <section aria-labelledby="artworks">
          <h2 id="artworks">Artworks</h2>
          <ul className="artwork-grid">
            {artworks.map((artwork) => (
              <li key={artwork.slug}>
                <a href={paths.artwork(artwork.slug)}>
                  {artwork.image?.sizes?.thumbnail?.url ? (
                    <img
                      src={artwork.image.sizes.thumbnail.url}
                      alt=""
                      width={150}
                      height={150}
                      loading="lazy"
                    />
                  ) : null}
                  <span>{artwork.title}</span>
                </a>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {author.posts?.totalDocs ? (
        <section aria-labelledby="posts">
          <h2 id="posts">Posts by {author.name}</h2>
          <PostList posts={author.posts.docs} />
          <Pagination
            base={paths.author(author.slug)}
            page={page}
            hasNext={author.posts.hasNextPage}
          />
        </section>
      ) : null}
    </article>
  )
}
