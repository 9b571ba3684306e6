/**
 * The unsubscribe link of reply emails: the page asks first (a link opened by a mail scanner
 * must not unsubscribe anybody); its button, or a mail program's one-click POST, unsubscribes.
 */
import type { Metadata } from 'next'

import { formStateFor } from '../../../site/forms/request'
import '../../../site/components/comments/comments.css'

export const dynamic = 'force-dynamic'
export const metadata: Metadata = { title: 'Stop emails about replies', robots: { index: false } }

export default async function UnsubscribePage({
  searchParams,
}: {
  searchParams: Promise<{ token?: string | string[] }>
}) {
  const token = [(await searchParams).token].flat()[0] ?? ''
  const state = await formStateFor('unsubscribe')
  if (state?.done) {
    return (
      <>
        <h1>Stop emails about replies</h1>
        <p role="status" id="verdict">
          Done: you will get no more emails about replies to your comments. Ticking “Email me when
          someone replies” on a new comment starts them again.
        </p>
      </>
    )
  }
  return (
    <>
      <h1>Stop emails about replies</h1>
      {state?.problems?.length ? (
        <div className="form-problems" role="alert" id="form-problems">
          {state.problems.map((problem, index) => (
            <p key={index}>{problem.message}</p>
          ))}
        </div>
      ) : null}
      <p>You asked to hear when someone replies to your comments. Stop these emails?</p>
      <form method="post" action="/unsubscribe" className="reader-form">
        <input type="hidden" name="token" value={token} />
        <p>
          <button type="submit">Stop emails about replies</button>
        </p>
      </form>
    </>
  )
}
