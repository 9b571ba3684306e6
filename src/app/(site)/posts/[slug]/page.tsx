/** TEMP (site-reader only): a minimal post page placing the comment section; site-pages owns the real one. */
import { notFound } from 'next/navigation'

import { siteQuery } from '../../../../site/api'
import { CommentSection } from '../../../../site/components/comments/CommentSection'

export const dynamic = 'force-dynamic'

type PostPage = { Posts: { docs: { id: string; title: string; slug: string }[] } }

export default async function PostPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params
  const { Posts } = await siteQuery<PostPage>('post', { slug })
  const post = Posts.docs[0]
  if (!post) notFound()
  return (
    <article>
      <h1>{post.title}</h1>
      <CommentSection postId={post.id} postSlug={post.slug} />
    </article>
  )
}
