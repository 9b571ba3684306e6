/**
 * A gallery's draft as it will look: `/preview/galleries/<id>?token=…`, the link the admin's
 * Preview and Live Preview open for a gallery. Read through the public GraphQL API with the
 * preview token, like the post preview (../../posts/[id]/page.tsx); refreshes itself when the
 * editor saves. Never indexed; a missing, wrong or expired token is a 404 with no content.
 */
import { notFound } from 'next/navigation'

import { GalleryView } from '../../../../../site/components/GalleryView'
import { LiveRefresh } from '../../../../../site/components/LiveRefresh'
import { PreviewBanner } from '../../../../../site/components/PreviewBanner'
import { previewGallery } from '../../../../../site/data'
import { previewTokenProblem } from '../../../../../site/preview'
import { previewMetadata } from '../../../../../site/previewMetadata'

export const dynamic = 'force-dynamic'

export const metadata = previewMetadata

type Props = {
  params: Promise<{ id: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

export default async function PreviewGalleryPage({ params, searchParams }: Props) {
  const { id } = await params
  const { token } = await searchParams
  if (previewTokenProblem(token, 'galleries', id) !== null) notFound()
  const gallery = await previewGallery(id, token as string)
  if (!gallery) notFound()
  return (
    <>
      <PreviewBanner />
      <GalleryView gallery={gallery} />
      <LiveRefresh />
    </>
  )
}
