/**
 * Where the searched words appear in a title or text, as segments: plain text and marked text.
 * The page renders each segment as a text node (marked ones inside `<mark>`), so neither the
 * content nor the query can ever become markup. `toHtml` is the same with explicit escaping, for
 * any caller that builds HTML by hand.
 */
export type Segment = { text: string; mark: boolean }

const escapeRegExp = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

function matcher(words: string[]): RegExp | undefined {
  const usable = words.filter(Boolean).sort((a, b) => b.length - a.length)
  if (usable.length === 0) return undefined
  return new RegExp(usable.map(escapeRegExp).join('|'), 'giu')
}

/** The text cut into segments, the words marked (case-insensitive, longest word first). */
export function highlight(text: string, words: string[]): Segment[] {
  const pattern = matcher(words)
  if (!pattern || !text) return text ? [{ text, mark: false }] : []
  const segments: Segment[] = []
  let last = 0
  for (const match of text.matchAll(pattern)) {
    const at = match.index
    if (at > last) segments.push({ text: text.slice(last, at), mark: false })
    const previous = segments[segments.length - 1]
    // Adjacent matches ("art" + "work") read as one mark.
    if (previous?.mark && at === last) previous.text += match[0]
    else segments.push({ text: match[0], mark: true })
    last = at + match[0].length
  }
  if (last < text.length) segments.push({ text: text.slice(last), mark: false })
  return segments
}

/**
 * A window of the text around the first word found, cut at word boundaries, with an ellipsis
 * where it was cut; the start of the text when no word is in it.
 */
export function snippet(text: string, words: string[], maxChars = 240): Segment[] {
  const pattern = matcher(words)
  const first = pattern ? text.search(pattern) : -1
  if (text.length <= maxChars) return highlight(text, words)
  let start = first <= 0 ? 0 : Math.max(0, first - Math.floor(maxChars / 3))
  let end = Math.min(text.length, start + maxChars)
  if (start > 0) {
    const space = text.indexOf(' ', start)
    start = space === -1 || space > first ? start : space + 1
  }
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end)
    end = space > start ? space : end
  }
  const piece = `${start > 0 ? '…' : ''}${text.slice(start, end)}${end < text.length ? '…' : ''}`
  return highlight(piece, words)
}

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
}

export const escapeHtml = (value: string) => value.replace(/[&<>"']/g, (char) => ESCAPES[char]!)

/** The segments as HTML: every piece escaped, the marked ones in `<mark>`. */
export function toHtml(segments: Segment[]): string {
  return segments
    .map(({ text, mark }) => (mark ? `<mark>${escapeHtml(text)}</mark>` : escapeHtml(text)))
    .join('')
}
