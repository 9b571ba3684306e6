/**
 * The comment form: a plain form posted to the post's own address, which Express answers
 * (src/lib/http/siteForms.ts) through the same defences as the API. No JavaScript.
 */
import type { FieldProblem } from '../../forms/state'
import { FormProblems, problemsFor } from './FormProblems'

export const COMMENT_FIELD_IDS: Record<string, string> = {
  name: 'comment-name',
  email: 'comment-email',
  body: 'comment-body',
  kind: 'comment-correction',
  parent: 'comment-body',
  post: 'comment-body',
  formToken: 'comment-submit',
}
const LABELS: Record<string, string> = {
  formNoun: 'comment',
  name: 'Name',
  email: 'Email',
  body: 'Comment',
  kind: 'This points out a mistake',
  parent: 'Reply to',
  post: 'Post',
  formToken: 'Form',
}

function FieldMessages({ problems, id }: { problems: FieldProblem[]; id: string }) {
  if (problems.length === 0) return null
  return (
    <span className="field-problem" id={`${id}-problem`}>
      {problems.map((problem) => problem.message).join(' ')}
    </span>
  )
}

export type CommentFormProps = {
  postId: string
  postSlug: string
  formToken: string
  values?: Record<string, string>
  problems?: FieldProblem[]
  /** Answering this comment (the page /comments/<id>/reply, or a refused reply shown again). */
  replyTo?: { id: string; name: string }
}

export function CommentForm({
  postId,
  postSlug,
  formToken,
  values = {},
  problems,
  replyTo,
}: CommentFormProps) {
  const field = (name: string) => {
    const own = problemsFor(problems, name)
    const id = COMMENT_FIELD_IDS[name]!
    return {
      id,
      own,
      aria: own.length
        ? { 'aria-invalid': true as const, 'aria-describedby': `${id}-problem` }
        : {},
    }
  }
  const name = field('name')
  const email = field('email')
  const body = field('body')
  return (
    <form
      method="post"
      action={`/posts/${encodeURIComponent(postSlug)}#respond`}
      className="comment-form"
      id="respond"
    >
      <h3>{replyTo ? `Reply to ${replyTo.name}` : 'Leave a comment'}</h3>
      {problems?.length ? (
        <FormProblems problems={problems} fieldIds={COMMENT_FIELD_IDS} labels={LABELS} />
      ) : null}
      <input type="hidden" name="post" value={postId} />
      <input type="hidden" name="formToken" value={formToken} />
      {replyTo ? <input type="hidden" name="parent" value={replyTo.id} /> : null}
      <p>
        <label htmlFor={name.id}>Name</label>
        <input
          id={name.id}
          name="name"
          type="text"
          required
          maxLength={80}
          autoComplete="name"
          defaultValue={values.name ?? ''}
          {...name.aria}
        />
        <FieldMessages problems={name.own} id={name.id} />
      </p>
      <p>
        <label htmlFor={email.id}>Email (never shown)</label>
        <input
          id={email.id}
          name="email"
          type="email"
          required
          autoComplete="email"
          defaultValue={values.email ?? ''}
          {...email.aria}
        />
        <FieldMessages problems={email.own} id={email.id} />
      </p>
      <p>
        <label htmlFor={body.id}>Comment</label>
        <textarea
          id={body.id}
          name="body"
          rows={7}
          required
          maxLength={5000}
          defaultValue={values.body ?? ''}
          {...body.aria}
        />
        <FieldMessages problems={body.own} id={body.id} />
      </p>
      <p className="check">
        <input
          id="comment-correction"
          name="correction"
          type="checkbox"
          value="yes"
          defaultChecked={Boolean(values.correction)}
        />
        <label htmlFor="comment-correction">
          This points out a mistake in the post (it goes privately to the author)
        </label>
      </p>
      <p className="check">
        <input
          id="comment-notify"
          name="notifyReplies"
          type="checkbox"
          value="yes"
          defaultChecked={Boolean(values.notifyReplies)}
        />
        <label htmlFor="comment-notify">Email me when someone replies</label>
      </p>
      {/* For robots only: people never see it, and a comment that fills it in is refused. */}
      <div className="hp" aria-hidden="true">
        <label htmlFor="comment-website">Leave this empty</label>
        <input id="comment-website" name="website" type="text" tabIndex={-1} autoComplete="off" />
      </div>
      <p>
        <button type="submit" id="comment-submit">
          {replyTo ? 'Send reply' : 'Send comment'}
        </button>
      </p>
    </form>
  )
}
