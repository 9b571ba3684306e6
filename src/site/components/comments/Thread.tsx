/** The approved conversation under a post, replies nested under what they answer. */

export type ThreadComment = {
  id: string
  name: string
  body: string
  createdAt: string
  fromAuthor?: boolean | null
  depth?: number | null
  parent?: { id: string } | null
}

type Node = ThreadComment & { replies: Node[] }

/** Replies go at most this deep (collections/Comments/hooks/judgeSubmission.ts). */
const MAX_THREAD_DEPTH = 3

const DAY = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' })

export function threadOf(comments: ThreadComment[]): Node[] {
  const nodes = new Map(
    comments.map((comment) => [comment.id, { ...comment, replies: [] as Node[] }]),
  )
  const roots: Node[] = []
  for (const node of nodes.values()) {
    const parent = node.parent ? nodes.get(node.parent.id) : undefined
    if (parent) parent.replies.push(node)
    else roots.push(node)
  }
  return roots
}

function CommentItem({ comment }: { comment: Node }) {
  const mayReply = (comment.depth ?? 0) + 1 < MAX_THREAD_DEPTH
  return (
    <li>
      <article
        id={`comment-${comment.id}`}
        className={comment.fromAuthor ? 'comment by-author' : 'comment'}
      >
        <header>
          <strong className="comment-name">{comment.name}</strong>
          {comment.fromAuthor ? <span className="badge"> (author)</span> : null}{' '}
          <time dateTime={comment.createdAt}>{DAY.format(new Date(comment.createdAt))}</time>
        </header>
        {comment.body.split(/\n{2,}/).map((paragraph, index) => (
          <p key={index}>{paragraph}</p>
        ))}
        {mayReply ? (
          <p className="reply-link">
            <a href={`/comments/${encodeURIComponent(comment.id)}/reply#respond`}>
              Reply to {comment.name}
            </a>
          </p>
        ) : null}
      </article>
      {comment.replies.length ? <Thread comments={comment.replies} /> : null}
    </li>
  )
}

export function Thread({ comments }: { comments: Node[] }) {
  return (
    <ol className="thread">
      {comments.map((comment) => (
        <CommentItem key={comment.id} comment={comment} />
      ))}
    </ol>
  )
}
