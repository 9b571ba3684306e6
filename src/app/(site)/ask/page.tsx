/**
 * "Ask a question": the reader's question goes to the owner, through the same defences and the
 * same house rules as comments (POST /ask, src/lib/http/siteForms.ts).
 */
import type { Metadata } from 'next'

import { siteQuery } from '../../../site/api'
import { formStateFor, freshFormToken } from '../../../site/forms/request'
import { PolicyIntro } from '../../../site/components/comments/CommentSection'
import { FormProblems, problemsFor } from '../../../site/components/comments/FormProblems'
import '../../../site/components/comments/comments.css'

export const dynamic = 'force-dynamic'
export const metadata: Metadata = { title: 'Ask a question' }

type AskPage = {
  SiteSetting: { defaultCommentPolicy?: { name: string; introduction?: unknown } | null }
}

const IDS: Record<string, string> = {
  name: 'ask-name',
  email: 'ask-email',
  question: 'ask-question',
  formToken: 'ask-submit',
}
const LABELS = {
  formNoun: 'question',
  name: 'Name',
  email: 'Email',
  question: 'Question',
  formToken: 'Form',
}

export default async function AskPage() {
  const state = await formStateFor('question')
  const { SiteSetting } = await siteQuery<AskPage>('ask')
  if (state?.done) {
    return (
      <>
        <h1>Ask a question</h1>
        <div className="verdict verdict-held" role="status" id="verdict">
          <p>
            <strong>Thank you: your question has reached the author.</strong>
          </p>
          <p>
            Questions are read before anything is done with them. If it is answered in a post, it is
            quoted only as you allowed.
          </p>
        </div>
        <p>
          <a href="/">Back to the blog</a>
        </p>
      </>
    )
  }
  const values = state?.values ?? {}
  const invalid = (field: string) =>
    problemsFor(state?.problems, field).length
      ? { 'aria-invalid': true as const, 'aria-describedby': 'form-problems' }
      : {}
  return (
    <>
      <h1>Ask a question</h1>
      <p>
        Is there something you would like to read about here? Ask it below. Some questions are
        answered in a post of their own.
      </p>
      <PolicyIntro policy={SiteSetting.defaultCommentPolicy} />
      <form method="post" action="/ask" className="reader-form" id="ask">
        {state?.problems?.length ? (
          <FormProblems problems={state.problems} fieldIds={IDS} labels={LABELS} />
        ) : null}
        <input type="hidden" name="formToken" value={await freshFormToken()} />
        <p>
          <label htmlFor="ask-name">Name</label>
          <input
            id="ask-name"
            name="name"
            type="text"
            required
            maxLength={80}
            autoComplete="name"
            defaultValue={values.name ?? ''}
            {...invalid('name')}
          />
        </p>
        <p>
          <label htmlFor="ask-email">Email (never shown)</label>
          <input
            id="ask-email"
            name="email"
            type="email"
            required
            autoComplete="email"
            defaultValue={values.email ?? ''}
            {...invalid('email')}
          />
        </p>
        <p>
          <label htmlFor="ask-question">Your question</label>
          <textarea
            id="ask-question"
            name="question"
            rows={7}
            required
            maxLength={5000}
            defaultValue={values.question ?? ''}
            {...invalid('question')}
          />
        </p>
        <p className="check">
          <input
            id="ask-consent"
            name="consentToPublish"
            type="checkbox"
            value="yes"
            defaultChecked={Boolean(values.consentToPublish)}
          />
          <label htmlFor="ask-consent">The question may be quoted in a post</label>
        </p>
        <fieldset>
          <legend>If it is quoted, credit it</legend>
          <p className="check">
            <input
              id="ask-anonymous"
              name="attribution"
              type="radio"
              value="anonymous"
              defaultChecked={values.attribution !== 'named'}
            />
            <label htmlFor="ask-anonymous">Anonymously</label>
          </p>
          <p className="check">
            <input
              id="ask-named"
              name="attribution"
              type="radio"
              value="named"
              defaultChecked={values.attribution === 'named'}
            />
            <label htmlFor="ask-named">With my name</label>
          </p>
        </fieldset>
        <div className="hp" aria-hidden="true">
          <label htmlFor="ask-website">Leave this empty</label>
          <input id="ask-website" name="website" type="text" tabIndex={-1} autoComplete="off" />
        </div>
        <p>
          <button type="submit" id="ask-submit">
            Send the question
          </button>
        </p>
      </form>
    </>
  )
}
