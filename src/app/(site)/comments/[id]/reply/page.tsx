/** Replying to one comment: the comment quoted, the house rules, and the form with its parent. */
import { notFound } from 'next/navigation'

import { siteQuery } from '../../../../../site/api'
import { freshFormToken } from '../../../../../site/forms/request'
import { CommentForm } from '../../../../../site/components/comments/CommentForm'
import {
  PolicyIntro,
  type CommentSectionData,
} from '../../../../../site/components/comments/CommentSection'

export const dynamic = 'force-dynamic'

type ReplyTo = {
  Comment: {
    id: string
    name: string
    body: string
    depth?: number | null
    post: { id: string; slug: string; title: string } | null
  } | null
}

export default async function ReplyPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params
  const { Comment } = await siteQuery<ReplyTo>('reply', { id }).catch(() => ({ Comment: null }))
  if (!Comment?.post) notFound()
  const post = Comment.post
  const { Post, SiteSetting } = await siteQuery<CommentSectionData>(
    'comments',
    { id: post.id, post: post.id },
    { operationName: 'CommentSection' },
  )
  return (
    <>
      <h1>
        Reply to {Comment.name} on “{post.title}”
      </h1>
      <p>
        <a
          href={`/posts/${encodeURIComponent(post.slug)}#comment-${encodeURIComponent(Comment.id)}`}
        >
          Back to the post
        </a>
      </p>
      <blockquote className="replied-comment">
        {Comment.body.split(/\n{2,}/).map((paragraph, index) => (
          <p key={index}>{paragraph}</p>
        ))}
        <footer>{Comment.name}</footer>
      </blockquote>
      <section className="comments">
        <PolicyIntro policy={Post?.commentPolicy ?? SiteSetting.defaultCommentPolicy} />
        {Post?.commentsOpen === false ? (
          <p>Comments are closed on this post.</p>
        ) : (
          <CommentForm
            postId={post.id}
            postSlug={post.slug}
            formToken={await freshFormToken()}
            replyTo={{ id: Comment.id, name: Comment.name }}
          />
        )}
      </section>
    </>
  )
}
