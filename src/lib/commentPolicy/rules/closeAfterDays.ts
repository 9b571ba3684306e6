/** Comments close a number of days after the post was published. */
import { wholeNumberFrom } from '../checks'
import { messages } from '../messages'
import { type CloseAfterDaysSettings } from '../types'
import { type RuleDefinition } from './definition'

export const DEFAULT_CLOSE_AFTER_DAYS_SETTINGS: Readonly<CloseAfterDaysSettings> = { days: 180 }

const DAY_MS = 24 * 60 * 60 * 1000

export const closeAfterDays: RuleDefinition<'closeAfterDays'> = {
  kind: 'closeAfterDays',
  defaultAction: 'reject',
  defaults: DEFAULT_CLOSE_AFTER_DAYS_SETTINGS,
  fields: { days: wholeNumberFrom(1) },
  compile({ days }) {
    return (_comment, { now, postPublishedAt }) => {
      // An unpublished post has no clock running yet.
      if (!postPublishedAt) return null
      const elapsed = now.getTime() - postPublishedAt.getTime()
      if (elapsed < days * DAY_MS) return null
      return { detail: messages.detail.closed(Math.floor(elapsed / DAY_MS), days) }
    }
  },
}
