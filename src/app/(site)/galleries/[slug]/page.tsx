/** A gallery: its artworks in the curator's order, each with its caption and details. */
import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { ArtworkFacts } from '../../../../site/components/ArtworkFacts'
import { Figure } from '../../../../site/components/Figure'
import { galleryPage } from '../../../../site/data'
import { paths } from '../../../../site/links'
import { RichText } from '../../../../site/richText/RichText'
import { pageMetadata } from '../../../../site/seo'

export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ slug: string }> }

async function load(params: Props['params']) {
  const gallery = await galleryPage((await params).slug)
  if (!gallery) notFound()
  return gallery
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const gallery = await load(params)
  return pageMetadata({
    title: gallery.title,
    description: gallery.curator ? `A gallery curated by ${gallery.curator.name}.` : undefined,
    path: paths.gallery(gallery.slug),
    image: gallery.cover?.sizes?.og?.url ?? gallery.cover?.url,
  })
}

export default async function GalleryPage({ params }: Props) {
  const gallery = await load(params)
  const items = (gallery.items ?? []).filter((item) => item.artwork)
  return (
    <article className="gallery">
      <header>
        <h1>{gallery.title}</h1>
        {gallery.curator ? (
          <p className="byline">
            Curated by <a href={paths.author(gallery.curator.slug)}>{gallery.curator.name}</a>
          </p>
        ) : null}
      </header>
      <RichText data={gallery.description} />
      <ol className="gallery-items">
        {items.map(({ caption, artwork }) => (
          <li key={artwork!.slug}>
            {artwork!.image ? (
              <Figure
                image={artwork!.image}
                size="card"
                href={paths.artwork(artwork!.slug)}
                caption={caption ?? ''}
              />
            ) : null}
            <h2>
              <a href={paths.artwork(artwork!.slug)}>{artwork!.title}</a>
            </h2>
            <ArtworkFacts artwork={artwork!} />
          </li>
        ))}
      </ol>
    </article>
  )
}
