/** A commenter's first comment waits for the author; once one is approved, later ones do not. */
import { messages } from '../messages'
import { type FirstCommentSettings } from '../types'
import { type RuleDefinition } from './definition'

export const DEFAULT_FIRST_COMMENT_SETTINGS: Readonly<FirstCommentSettings> = {}

export const firstComment: RuleDefinition<'firstComment'> = {
  kind: 'firstComment',
  defaultAction: 'hold',
  defaults: DEFAULT_FIRST_COMMENT_SETTINGS,
  fields: {},
  compile() {
    return (_comment, { trustedCommenter, approvedCount = 0 }) =>
      trustedCommenter || approvedCount > 0 ? null : { detail: messages.detail.firstComment }
  },
}
