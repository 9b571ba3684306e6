/** An artwork: the picture, the artist, the details of the work and its description. */
import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { ArtworkFacts } from '../../../../site/components/ArtworkFacts'
import { Figure } from '../../../../site/components/Figure'
import { artworkPage } from '../../../../site/data'
import { paths } from '../../../../site/links'
import { RichText } from '../../../../site/richText/RichText'
import { pageMetadata } from '../../../../site/seo'

export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ slug: string }> }

async function load(params: Props['params']) {
  const artwork = await artworkPage((await params).slug)
  if (!artwork) notFound()
  return artwork
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const artwork = await load(params)
  return pageMetadata({
    title: artwork.title,
    description: [
      artwork.subject,
      artwork.tradition,
      artwork.artist?.name && `by ${artwork.artist.name}`,
    ]
      .filter(Boolean)
      .join(', '),
    path: paths.artwork(artwork.slug),
    image: artwork.image?.sizes?.og?.url ?? artwork.image?.url,
  })
}

export default async function ArtworkPage({ params }: Props) {
  const artwork = await load(params)
  const galleries = artwork.galleries?.docs ?? []
  return (
    <article className="artwork">
      <header>
        <h1>{artwork.title}</h1>
        {artwork.artist ? (
          <p className="byline">
            By <a href={paths.author(artwork.artist.slug)}>{artwork.artist.name}</a>
          </p>
        ) : null}
      </header>
      {artwork.image ? <Figure image={artwork.image} size="feature" /> : null}
      <ArtworkFacts artwork={artwork} />
      <RichText data={artwork.description} />
      {galleries.length ? (
        <p>
          Shown in{' '}
          {galleries.map((gallery, index) => (
            <span key={gallery.slug}>
              {index > 0 ? ', ' : null}
              <a href={paths.gallery(gallery.slug)}>{gallery.title}</a>
            </span>
          ))}
        </p>
      ) : null}
    </article>
  )
}
