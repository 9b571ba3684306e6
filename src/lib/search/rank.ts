/**
 * Orders search candidates by how well they answer the words: a word in the title counts more
 * than one in the text, every word found more than some, the words side by side (the phrase)
 * more again; ties go to the newer entry. Pure, so the order is the same on every adapter.
 */
export type Candidate = {
  title: string
  text: string
  publishedAt?: string | null
}

export const WEIGHTS = {
  /** Each word found in the title. */
  titleWord: 10,
  /** Each word found in the text, once... */
  textWord: 3,
  /** ...plus this for each further occurrence, up to `textRepeatsCounted`. */
  textRepeat: 0.5,
  textRepeatsCounted: 6,
  /** Every word found somewhere. */
  allWords: 25,
  /** The words, in order, in the title / in the text. */
  phraseInTitle: 15,
  phraseInText: 6,
  /** The title is exactly the words. */
  exactTitle: 10,
} as const

const fold = (text: string) => text.normalize('NFKC').toLowerCase()

function occurrences(haystack: string, needle: string, max: number): number {
  let count = 0
  for (
    let at = haystack.indexOf(needle);
    at !== -1 && count < max;
    at = haystack.indexOf(needle, at + needle.length)
  )
    count++
  return count
}

/** The score of one candidate (0 when it holds none of the words). */
export function scoreOf(candidate: Candidate, words: string[], phrase?: string): number {
  const title = fold(candidate.title)
  const text = fold(candidate.text)
  let score = 0
  let found = 0
  for (const word of words) {
    const inTitle = title.includes(word)
    const inText = occurrences(text, word, WEIGHTS.textRepeatsCounted + 1)
    if (inTitle) score += WEIGHTS.titleWord
    if (inText > 0) score += WEIGHTS.textWord + (inText - 1) * WEIGHTS.textRepeat
    if (inTitle || inText > 0) found++
  }
  if (found === 0) return 0
  if (found === words.length && words.length > 1) score += WEIGHTS.allWords
  if (phrase) {
    const squeezed = (value: string) => value.replace(/[^\p{L}\p{N}]+/gu, ' ')
    if (squeezed(title).includes(phrase)) score += WEIGHTS.phraseInTitle
    if (squeezed(text).includes(phrase)) score += WEIGHTS.phraseInText
  }
  if (title.replace(/[^\p{L}\p{N}]+/gu, ' ').trim() === words.join(' ')) score += WEIGHTS.exactTitle
  return score
}

/** The candidates that hold any of the words, best first (newer first on equal scores). */
export function rank<T extends Candidate>(candidates: T[], words: string[], phrase?: string): T[] {
  return candidates
    .map((candidate) => ({ candidate, score: scoreOf(candidate, words, phrase) }))
    .filter(({ score }) => score > 0)
    .sort(
      (a, b) =>
        b.score - a.score ||
        (b.candidate.publishedAt ?? '').localeCompare(a.candidate.publishedAt ?? '') ||
        a.candidate.title.localeCompare(b.candidate.title),
    )
    .map(({ candidate }) => candidate)
}

export type Page<T> = { items: T[]; page: number; pages: number; total: number }

/** One page of the ranked results; a page past the end shows the last one. */
export function pageOf<T>(items: T[], page: number, perPage: number): Page<T> {
  const pages = Math.max(1, Math.ceil(items.length / perPage))
  const current = Math.min(Math.max(1, Math.floor(page) || 1), pages)
  return {
    items: items.slice((current - 1) * perPage, current * perPage),
    page: current,
    pages,
    total: items.length,
  }
}
