/** A gallery: its artworks in the curator's order, each with its caption and details. */
import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { GalleryView } from '../../../../site/components/GalleryView'
import { galleryPage } from '../../../../site/data'
import { paths } from '../../../../site/links'
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
  return <GalleryView gallery={await load(params)} />
}
