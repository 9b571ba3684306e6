/**
 * Whole-word matching for word lists (watch words, blocked words, insults), compiled once into a
 * single regular expression per list.
 */
import { foldText } from './text'

// Letters, marks and digits make up a word. `\b` only knows ASCII, so "élection" would have a
// boundary after "é"; marks are included so a spacing vowel sign does not end a word.
const WORD_CHAR = String.raw`[\p{L}\p{M}\p{N}]`

/** Compares text against a word list; `matches` returns the distinct words found, lower-cased. */
export type WordMatcher = { matches: (foldedText: string) => string[] }

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/**
 * One list entry as a regular expression source: a trailing `*` is a prefix wildcard
 * (`democrat*` finds "Democrats"), and the spaces or hyphens inside a phrase match any run of
 * them, so "left-wing" also finds "left wing".
 */
function entrySource(entry: string): string {
  const folded = foldText(entry.trim())
  const wildcard = folded.endsWith('*')
  const stem = wildcard ? folded.slice(0, -1) : folded
  const source = stem
    .split(/[\s-]+/)
    .filter((part) => part !== '')
    .map(escapeRegExp)
    .join(String.raw`[\s-]+`)
  return wildcard ? `${source}${WORD_CHAR}*` : source
}

/** Builds the matcher for a list of words and phrases; null when the list is empty. */
export function compileWordMatcher(words: readonly string[]): WordMatcher | null {
  const entries = words.filter((word) => word.trim() !== '')
  if (entries.length === 0) return null
  // Longest first, so a phrase wins over a word it starts with.
  const alternatives = entries.map(entrySource).sort((a, b) => b.length - a.length)
  const pattern = new RegExp(
    `(?<!${WORD_CHAR})(?:${alternatives.join('|')})(?!${WORD_CHAR})`,
    'giu',
  )
  return {
    matches(foldedText) {
      const found = foldedText.match(pattern) ?? []
      return [...new Set(found.map((word) => word.toLowerCase().replace(/\s+/g, ' ')))]
    },
  }
}
