/**
 * Under a post: the comment policy's introduction in the owner's words (the post's own policy or
 * the site default), the approved thread with replies nested, and the comment form. After a form
 * post (src/lib/http/siteForms.ts) it shows the server's decision instead of a blank form, or the
 * form again with the reader's text and what was wrong.
 */
import { siteQuery } from '../../api'
import { formStateFor, freshFormToken } from '../../forms/request'
import { CommentForm } from './CommentForm'
import { RichParagraphs } from './RichParagraphs'
import { Thread, threadOf, type ThreadComment } from './Thread'
import { Verdict } from './Verdict'
import './comments.css'

export type CommentSectionProps = {
  /** The post's id (opaque string) and slug, as the PostPage query returns them. */
  postId: string
  postSlug: string
}

type Policy = { name: string; introduction?: unknown } | null
export type CommentSectionData = {
  Post: { id: string; commentsOpen?: boolean | null; commentPolicy?: Policy } | null
  SiteSetting: { defaultCommentPolicy?: Policy }
  Comments: { totalDocs: number; docs: ThreadComment[] }
}

/** The policy the post's comments are judged by, as readers see it. */
export function PolicyIntro({ policy }: { policy: Policy | undefined }) {
  if (!policy?.introduction) return null
  return (
    <div className="comment-policy" aria-labelledby="comment-policy-title">
      <h3 id="comment-policy-title">{policy.name}</h3>
      <RichParagraphs value={policy.introduction} />
    </div>
  )
}

export async function CommentSection({ postId, postSlug }: CommentSectionProps) {
  const [data, state] = await Promise.all([
    siteQuery<CommentSectionData>(
      'comments',
      { id: postId, post: postId },
      {
        operationName: 'CommentSection',
      },
    ),
    formStateFor('comment'),
  ])
  const policy = data.Post?.commentPolicy ?? data.SiteSetting.defaultCommentPolicy
  const comments = data.Comments.docs
  const open = data.Post?.commentsOpen !== false
  const parentId = state?.values?.parent
  const parent = parentId ? comments.find((comment) => comment.id === parentId) : undefined
  const count = data.Comments.totalDocs
  return (
    <section aria-labelledby={`comments-${postSlug}`} id="comments" className="comments">
      <h2 id={`comments-${postSlug}`}>
        {count === 0 ? 'Comments' : count === 1 ? '1 comment' : `${count} comments`}
      </h2>
      {comments.length ? <Thread comments={threadOf(comments)} /> : <p>No comments yet.</p>}
      {!open ? (
        <p className="comments-closed">Comments are closed on this post.</p>
      ) : state?.done ? (
        <div id="respond">
          <Verdict outcome={state.done} />
          <p>
            <a href={`/posts/${encodeURIComponent(postSlug)}#respond`}>Write another comment</a>
          </p>
        </div>
      ) : (
        <>
          <PolicyIntro policy={policy} />
          <CommentForm
            postId={postId}
            postSlug={postSlug}
            formToken={await freshFormToken()}
            values={state?.values}
            problems={state?.problems}
            replyTo={parent ? { id: parent.id, name: parent.name } : undefined}
          />
        </>
      )}
    </section>
  )
}
