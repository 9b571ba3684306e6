/** Abuse and spam: listed words, and patterns for what a word list cannot spell out. */
import { compilePattern, patternList, wordList } from '../checks'
import { messages } from '../messages'
import { type BlockedWordsSettings } from '../types'
import { compileWordMatcher } from '../words'
import { type RuleDefinition } from './definition'

export const DEFAULT_BLOCKED_WORDS_SETTINGS: Readonly<BlockedWordsSettings> = {
  words: [],
  patterns: [],
}

export const blockedWords: RuleDefinition<'blockedWords'> = {
  kind: 'blockedWords',
  defaultAction: 'reject',
  defaults: DEFAULT_BLOCKED_WORDS_SETTINGS,
  fields: { words: wordList, patterns: patternList },
  crossCheck: ({ words, patterns }, path) =>
    words.length === 0 && patterns.length === 0
      ? [{ path: `${path}.words`, message: messages.validation.nothingToBlock }]
      : [],
  compile({ words, patterns }) {
    const matcher = compileWordMatcher(words)
    const compiled = patterns.map((source) => ({ source, pattern: compilePattern(source) }))
    return ({ folded }) => {
      const found = matcher?.matches(folded) ?? []
      if (found.length > 0) return { detail: messages.detail.matchedWords(found) }
      // Patterns are not global, so `test` keeps no state between comments.
      const hit = compiled.find(({ pattern }) => pattern.test(folded))
      return hit ? { detail: messages.detail.matchedPattern(hit.source) } : null
    }
  },
}
