/** An artwork: the picture, the artist, the details of the work and its description. */
import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { ArtworkView } from '../../../../site/components/ArtworkView'
import { artworkPage } from '../../../../site/data'
import { paths } from '../../../../site/links'
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
  return <ArtworkView artwork={await load(params)} />
}
