/** A post: the article, its JSON-LD, the sidebar, then the comment section. */
import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { CommentSection } from '../../../../site/components/comments/CommentSection'
import { JsonLd } from '../../../../site/components/JsonLd'
import { PostArticle } from '../../../../site/components/PostArticle'
import { Sidebar } from '../../../../site/components/Sidebar'
import { postPage } from '../../../../site/data'
import { blogPostingJsonLd, postMetadata } from '../../../../site/seo'

export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ slug: string }> }

async function load(params: Props['params']) {
  const { post, sidebar } = await postPage((await params).slug)
  if (!post) notFound()
  return { post, sidebar }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return postMetadata((await load(params)).post)
}

export default async function PostPage({ params }: Props) {
  const { post, sidebar } = await load(params)
  return (
    <div className="with-sidebar">
      <div className="primary">
        <JsonLd data={blogPostingJsonLd(post, sidebar.siteTitle)} />
        <PostArticle post={post} />
        <CommentSection postId={post.id} postSlug={post.slug} />
      </div>
      <Sidebar data={sidebar} />
    </div>
  )
}
