/** What the server decided on a comment, told in the owner's words (the rules' messages). */
import type { CommentOutcome } from '../../forms/state'

const TIME = new Intl.DateTimeFormat('en-GB', {
  hour: '2-digit',
  minute: '2-digit',
  timeZone: 'UTC',
  timeZoneName: 'short',
})

export const verdictWords = {
  published: 'Thank you: your comment is published.',
  held: 'Thank you: your comment is waiting for the author, who reads it before it appears.',
  heldBecause: 'The house rules say:',
  coolOff: (until: string) => `Until ${until} you can still rewrite your comment or take it back.`,
  coolOffLink: 'Rewrite or withdraw your comment',
  keepLink: 'This link works only for you: keep it to come back within that time.',
}

export function Verdict({ outcome }: { outcome: CommentOutcome }) {
  const published = outcome.result === 'published'
  return (
    <div className={`verdict verdict-${outcome.result}`} role="status" id="verdict">
      <p>
        <strong>{published ? verdictWords.published : verdictWords.held}</strong>
      </p>
      {outcome.messages.length > 0 ? (
        <>
          {published ? null : <p>{verdictWords.heldBecause}</p>}
          <ul className="verdict-messages">
            {[...new Set(outcome.messages)].map((message) => (
              <li key={message}>{message}</li>
            ))}
          </ul>
        </>
      ) : null}
      {outcome.coolOffPath && outcome.coolOffUntil ? (
        <p className="cool-off">
          {verdictWords.coolOff(TIME.format(new Date(outcome.coolOffUntil)))}{' '}
          <a href={outcome.coolOffPath}>{verdictWords.coolOffLink}</a>. {verdictWords.keepLink}
        </p>
      ) : null}
    </div>
  )
}
