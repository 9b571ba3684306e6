/** A verdict told to the commenter in one paragraph. */
import { messages } from './messages'
import { type Verdict } from './types'

// The owner's sentences are joined into a paragraph, so each must end like one.
const asSentence = (text: string) => {
  const trimmed = text.trim()
  return /[.!?…]["”’)]?$/u.test(trimmed) ? trimmed : `${trimmed}.`
}

// "2024-03-01T14:15:00.000Z" → "2024-03-01 14:15 UTC"; the frontend can localise the ISO time.
const readableTime = (iso: string) => `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`

/**
 * One paragraph for the commenter: what happened to the comment, then the owner's wording of
 * every rule that applied (each once), whether only the author sees it, and the cool-off window.
 */
export function explainVerdict(verdict: Verdict): string {
  const reasons = [...new Set(verdict.messages.map(asSentence))].join(' ')
  const sentences: string[] = []
  if (verdict.action === 'allow') {
    sentences.push(messages.verdict.published)
    if (reasons) sentences.push(reasons)
  } else {
    const opening = verdict.action === 'hold' ? messages.verdict.held : messages.verdict.rejected
    sentences.push(reasons ? `${opening}: ${reasons}` : `${opening}.`)
  }
  if (verdict.action !== 'reject') {
    if (verdict.visibility === 'private') sentences.push(messages.verdict.privately)
    if (verdict.coolOffUntil) {
      sentences.push(messages.verdict.coolOff(readableTime(verdict.coolOffUntil)))
    }
  }
  return sentences.join(' ')
}
