/**
 * A heated comment during its cool-off: its writer, with the link the verdict gave them (no
 * account), rewrites it or takes it back. The key is the comment's edit token; the API checks
 * it and the time (POST /api/comments/:id/cool-off, /revise, /withdraw). Express asks it first
 * (src/lib/http/siteForms.ts) and answers with its status: a link that opens nothing gets the
 * explanation below with 403 (wrong or expired key) or 404 (no such comment).
 */
import { apiPost, formStateFor } from '../../../../../site/forms/request'
import type { HeldComment } from '../../../../../site/forms/state'
import { FormProblems } from '../../../../../site/components/comments/FormProblems'
import { Verdict } from '../../../../../site/components/comments/Verdict'
import '../../../../../site/components/comments/comments.css'

export const dynamic = 'force-dynamic'

const TIME = new Intl.DateTimeFormat('en-GB', {
  hour: '2-digit',
  minute: '2-digit',
  timeZone: 'UTC',
  timeZoneName: 'short',
})

export default async function CoolOffPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>
  searchParams: Promise<{ token?: string | string[] }>
}) {
  const { id } = await params
  const token = [(await searchParams).token].flat()[0] ?? ''
  const state = await formStateFor('coolOff')
  if (state?.done) {
    return (
      <>
        <h1>Your comment</h1>
        {'withdrawn' in state.done ? (
          <p role="status" id="verdict">
            Your comment is withdrawn: nobody will read it.
          </p>
        ) : (
          <Verdict outcome={state.done.revised} />
        )}
      </>
    )
  }
  // Express handed the API's answer over; without it (after a refused rewrite) ask again.
  const body: HeldComment | undefined = state?.closed
    ? undefined
    : (state?.held ??
      (await apiPost<HeldComment>(`/api/comments/${encodeURIComponent(id)}/cool-off`, {
        token,
      }).then((answer) => (answer.status === 200 ? answer.body : undefined))))
  if (!body) {
    return (
      <>
        <h1>Your comment</h1>
        <p>
          This link no longer opens the comment: the time to change it has passed, it was withdrawn
          or rewritten already, or the link is incomplete. The author will read the comment as it
          stands.
        </p>
      </>
    )
  }
  const action = `/comments/${encodeURIComponent(id)}/cool-off?token=${encodeURIComponent(token)}`
  return (
    <>
      <h1>Rewrite or withdraw your comment</h1>
      <p>
        {body.post.title ? <>On “{body.post.title}”. </> : null}
        Until {TIME.format(new Date(body.coolOffUntil))} you can change your comment or take it
        back. A rewrite is read by the house rules afresh.
      </p>
      {state?.problems?.length ? (
        <FormProblems
          problems={state.problems}
          fieldIds={{ body: 'cool-off-body', token: 'cool-off-body' }}
          labels={{ formNoun: 'rewrite', body: 'Comment', token: 'Link' }}
        />
      ) : null}
      <form method="post" action={action} className="reader-form">
        <input type="hidden" name="token" value={token} />
        <input type="hidden" name="action" value="revise" />
        <p>
          <label htmlFor="cool-off-body">Your comment</label>
          <textarea
            id="cool-off-body"
            name="body"
            rows={7}
            required
            maxLength={5000}
            defaultValue={state?.values?.body || body.body}
          />
        </p>
        <p>
          <button type="submit">Send the rewrite</button>
        </p>
      </form>
      <form method="post" action={action} className="reader-form">
        <input type="hidden" name="token" value={token} />
        <input type="hidden" name="action" value="withdraw" />
        <p>
          <button type="submit">Withdraw my comment</button>
        </p>
      </form>
    </>
  )
}
