/** Comments must be long enough to say something and short enough to stay a comment. */
import { wholeNumberFrom } from '../checks'
import { messages } from '../messages'
import { countCharacters } from '../text'
import { type LengthSettings } from '../types'
import { type RuleDefinition } from './definition'

export const DEFAULT_LENGTH_SETTINGS: Readonly<LengthSettings> = { min: 2, max: 5000 }

export const length: RuleDefinition<'length'> = {
  kind: 'length',
  defaultAction: 'reject',
  defaults: DEFAULT_LENGTH_SETTINGS,
  fields: { min: wholeNumberFrom(0), max: wholeNumberFrom(1) },
  crossCheck: ({ min, max }, path) =>
    min > max ? [{ path: `${path}.min`, message: messages.validation.minAboveMax(min, max) }] : [],
  compile({ min, max }) {
    return ({ text }) => {
      // `text` is already trimmed, with runs of spaces collapsed, so padding does not count.
      const characters = countCharacters(text)
      if (characters < min) return { detail: messages.detail.tooShort(characters, min) }
      if (characters > max) return { detail: messages.detail.tooLong(characters, max) }
      return null
    }
  },
}
