/**
 * A draft as it will look: `/preview/posts/<id>?token=…`, the link the admin's Preview and Live
 * Preview open. The draft is read through the public GraphQL API with the preview token, exactly
 * as an external frontend would; the page refreshes itself when the editor saves or autosaves.
 * Never indexed; a missing, wrong or expired token is a 404 with no content.
 */
import { notFound } from 'next/navigation'

import { LiveRefresh } from '../../../../../site/components/LiveRefresh'
import { PostArticle } from '../../../../../site/components/PostArticle'
import { PreviewBanner } from '../../../../../site/components/PreviewBanner'
import { Sidebar } from '../../../../../site/components/Sidebar'
import { previewPost } from '../../../../../site/data'
import { previewTokenProblem } from '../../../../../site/preview'
import { previewMetadata } from '../../../../../site/previewMetadata'

export const dynamic = 'force-dynamic'

export const metadata = previewMetadata

type Props = {
  params: Promise<{ id: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

export default async function PreviewPostPage({ params, searchParams }: Props) {
  const { id } = await params
  const { token } = await searchParams
  if (previewTokenProblem(token, 'posts', id) !== null) notFound()
  const { post, sidebar } = await previewPost(id, token as string)
  if (!post) notFound()
  return (
    <div className="with-sidebar">
      <div className="primary">
        <PreviewBanner />
        <PostArticle post={post} />
        <LiveRefresh />
      </div>
      <Sidebar data={sidebar} />
    </div>
  )
}
