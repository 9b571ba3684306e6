/** The post editor's blocks as the site shows them (collections/Posts/blocks). */

export type PullQuoteFields = {
  quote?: string | null
  speaker?: string | null
  role?: string | null
  organisation?: string | null
  sourceUrl?: string | null
}

/** A quotation set apart, with who said it and where they work. */
export function PullQuote({ quote, speaker, role, organisation, sourceUrl }: PullQuoteFields) {
  if (!quote) return null
  const affiliation = [role, organisation].filter(Boolean).join(', ')
  return (
    <figure className="pull-quote">
      <blockquote cite={sourceUrl || undefined}>
        <p>{quote}</p>
      </blockquote>
      {speaker ? (
        <figcaption>
          <span className="speaker">{speaker}</span>
          {affiliation ? (
            <>
              , <span className="affiliation">{affiliation}</span>
            </>
          ) : null}
          {sourceUrl ? (
            <>
              {' '}
              <a className="source" href={sourceUrl} rel="noopener noreferrer">
                (source)
              </a>
            </>
          ) : null}
        </figcaption>
      ) : null}
    </figure>
  )
}

type Submission = {
  question?: string | null
  name?: string | null
  attribution?: string | null
}

export type ReaderQuestionFields = {
  submission?: Submission | string | number | null
  question?: string | null
  askedBy?: string | null
  location?: string | null
}

/** Who asked, as the asker chose: their name, or "a reader" when they asked anonymously. */
export function askerOf(fields: ReaderQuestionFields): { name: string; location: string } {
  const submission = typeof fields.submission === 'object' ? fields.submission : null
  const anonymous = submission?.attribution === 'anonymous'
  const name = anonymous ? '' : fields.askedBy || submission?.name || ''
  return { name: name && name !== 'A reader' ? name : 'A reader', location: fields.location || '' }
}

/** The question the post answers, as it was asked, at the top of the answer. */
export function ReaderQuestion(fields: ReaderQuestionFields) {
  const submission = typeof fields.submission === 'object' ? fields.submission : null
  const question = fields.question || submission?.question
  if (!question) return null
  const { name, location } = askerOf(fields)
  return (
    <aside className="reader-question" aria-label="A reader’s question">
      <p className="label">A reader asks</p>
      <blockquote>
        {question.split(/\n{2,}/).map((paragraph, index) => (
          <p key={index}>{paragraph}</p>
        ))}
      </blockquote>
      <p className="asker">
        — {name}
        {location ? `, ${location}` : ''}
      </p>
    </aside>
  )
}
