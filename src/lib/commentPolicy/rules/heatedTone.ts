/**
 * "If a post angers you, calm down before you comment": shouting in capitals, runs of "!" and
 * insults hold the comment, and the commenter gets a window to edit or withdraw it.
 */
import { positiveNumber, ratio, wholeNumberFrom, wordList } from '../checks'
import { messages } from '../messages'
import { type HeatedToneSettings } from '../types'
import { compileWordMatcher } from '../words'
import { type RuleDefinition } from './definition'

export const DEFAULT_HEATED_TONE_SETTINGS: Readonly<HeatedToneSettings> = {
  capsRatio: 0.6,
  minLetters: 20,
  exclamationRun: 3,
  insults: [],
  coolOffMinutes: 15,
}

/**
 * Capitals and all cased letters in `text`. Only letters that have a case can be shouted, so
 * Chinese or Arabic letters neither count for nor dilute the share. A loop with an ASCII fast
 * path rather than a global `\p{Lu}` match, which would build an array of every letter of a long
 * comment.
 */
function countCase(text: string): { capitals: number; cased: number } {
  let capitals = 0
  let cased = 0
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (code >= 65 && code <= 90) {
      capitals++
      cased++
    } else if (code >= 97 && code <= 122) {
      cased++
    } else if (code > 127 && (code < 0xd800 || code > 0xdfff)) {
      // A letter has a case when its two cases differ ("ß" → "SS" too). Characters outside the
      // Basic Multilingual Plane are skipped: emoji have no case, and the folded text has already
      // turned mathematical letters such as 𝐀 into plain ones.
      const char = text[index]
      const lower = char.toLowerCase()
      if (lower !== char.toUpperCase()) {
        cased++
        if (char !== lower) capitals++
      }
    }
  }
  return { capitals, cased }
}

export const heatedTone: RuleDefinition<'heatedTone'> = {
  kind: 'heatedTone',
  defaultAction: 'hold',
  defaults: DEFAULT_HEATED_TONE_SETTINGS,
  fields: {
    capsRatio: ratio,
    minLetters: wholeNumberFrom(1),
    exclamationRun: wholeNumberFrom(1),
    insults: wordList,
    coolOffMinutes: positiveNumber,
  },
  compile({ capsRatio, minLetters, exclamationRun, insults, coolOffMinutes }) {
    const insultMatcher = compileWordMatcher(insults)
    const exclamations = new RegExp(`!{${exclamationRun},}`, 'g')
    return ({ folded }, { now }) => {
      const signs: string[] = []
      const { capitals, cased } = countCase(folded)
      if (cased >= minLetters) {
        const share = capitals / cased
        if (share >= capsRatio) signs.push(messages.detail.capitals(Math.round(share * 100)))
      }
      const runs = folded.match(exclamations)
      if (runs) {
        signs.push(messages.detail.exclamations(Math.max(...runs.map((run) => run.length))))
      }
      const found = insultMatcher?.matches(folded) ?? []
      if (found.length > 0) signs.push(messages.detail.insults(found))
      if (signs.length === 0) return null
      const coolOffUntil = new Date(now.getTime() + coolOffMinutes * 60_000).toISOString()
      return { detail: signs.join('; '), coolOffUntil }
    }
  },
}
