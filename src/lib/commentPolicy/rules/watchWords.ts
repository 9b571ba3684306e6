/** Words that ask for a second look, e.g. election vocabulary under "no political comments". */
import { nonEmptyWordList } from '../checks'
import { messages } from '../messages'
import { type WatchWordsSettings } from '../types'
import { compileWordMatcher } from '../words'
import { type RuleDefinition } from './definition'

/** No words by default: the owner decides what to watch for. */
export const DEFAULT_WATCH_WORDS_SETTINGS: Readonly<WatchWordsSettings> = { words: [] }

export const watchWords: RuleDefinition<'watchWords'> = {
  kind: 'watchWords',
  defaultAction: 'hold',
  defaults: DEFAULT_WATCH_WORDS_SETTINGS,
  fields: { words: nonEmptyWordList },
  compile({ words }) {
    const matcher = compileWordMatcher(words)
    return ({ folded }) => {
      const found = matcher?.matches(folded) ?? []
      return found.length > 0 ? { detail: messages.detail.matchedWords(found) } : null
    }
  },
}
