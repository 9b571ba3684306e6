/**
 * An artwork's draft as it will look: `/preview/artworks/<id>?token=…`, the link the admin's
 * Preview and Live Preview open for an artwork. Read through the public GraphQL API with the
 * preview token, like the post preview (../../posts/[id]/page.tsx); refreshes itself when the
 * editor saves. Never indexed; a missing, wrong or expired token is a 404 with no content.
 */
import { notFound } from 'next/navigation'

import { ArtworkView } from '../../../../../site/components/ArtworkView'
import { LiveRefresh } from '../../../../../site/components/LiveRefresh'
import { PreviewBanner } from '../../../../../site/components/PreviewBanner'
import { previewArtwork } from '../../../../../site/data'
import { previewTokenProblem } from '../../../../../site/preview'
import { previewMetadata } from '../../../../../site/previewMetadata'

export const dynamic = 'force-dynamic'

export const metadata = previewMetadata

type Props = {
  params: Promise<{ id: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

export default async function PreviewArtworkPage({ params, searchParams }: Props) {
  const { id } = await params
  const { token } = await searchParams
  if (previewTokenProblem(token, 'artworks', id) !== null) notFound()
  const artwork = await previewArtwork(id, token as string)
  if (!artwork) notFound()
  return (
    <>
      <PreviewBanner />
      <ArtworkView artwork={artwork} />
      <LiveRefresh />
    </>
  )
}
