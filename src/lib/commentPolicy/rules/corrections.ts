/**
 * "If I make a mistake, point it out": a correction goes privately to the post's authors, who
 * may accept it and turn it into a correction note, instead of into the public thread.
 */
import { messages } from '../messages'
import { type CorrectionsSettings } from '../types'
import { type RuleDefinition } from './definition'

export const DEFAULT_CORRECTIONS_SETTINGS: Readonly<CorrectionsSettings> = {}

export const corrections: RuleDefinition<'corrections'> = {
  kind: 'corrections',
  // Held until the author accepts it.
  defaultAction: 'hold',
  defaults: DEFAULT_CORRECTIONS_SETTINGS,
  fields: {},
  compile() {
    return ({ kind }) =>
      kind === 'correction' ? { detail: messages.detail.correction, visibility: 'private' } : null
  },
}
