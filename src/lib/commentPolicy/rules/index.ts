/** The kinds of rule, one definition each, and their defaults. */
import { type PolicyAction, type RuleKind } from '../types'
import { blockedWords } from './blockedWords'
import { closeAfterDays } from './closeAfterDays'
import { corrections } from './corrections'
import { type RuleDefinition } from './definition'
import { firstComment } from './firstComment'
import { heatedTone } from './heatedTone'
import { length } from './length'
import { tooManyLinks } from './tooManyLinks'
import { watchWords } from './watchWords'

export { DEFAULT_BLOCKED_WORDS_SETTINGS } from './blockedWords'
export { DEFAULT_CLOSE_AFTER_DAYS_SETTINGS } from './closeAfterDays'
export { DEFAULT_CORRECTIONS_SETTINGS } from './corrections'
export { DEFAULT_FIRST_COMMENT_SETTINGS } from './firstComment'
export { DEFAULT_HEATED_TONE_SETTINGS } from './heatedTone'
export { DEFAULT_LENGTH_SETTINGS } from './length'
export { countLinks, DEFAULT_TOO_MANY_LINKS_SETTINGS } from './tooManyLinks'
export { DEFAULT_WATCH_WORDS_SETTINGS } from './watchWords'
export type { PreparedComment, RuleCheck, RuleDefinition, RuleHit } from './definition'

export const RULE_DEFINITIONS: { readonly [K in RuleKind]: RuleDefinition<K> } = {
  watchWords,
  blockedWords,
  heatedTone,
  tooManyLinks,
  length,
  closeAfterDays,
  firstComment,
  corrections,
}

export const RULE_KINDS = Object.keys(RULE_DEFINITIONS) as RuleKind[]

/** The action of each kind of rule when the owner does not choose one. */
export const DEFAULT_ACTIONS = Object.fromEntries(
  RULE_KINDS.map((kind) => [kind, RULE_DEFINITIONS[kind].defaultAction]),
) as { readonly [K in RuleKind]: PolicyAction }

export const isRuleKind = (value: unknown): value is RuleKind =>
  typeof value === 'string' && Object.hasOwn(RULE_DEFINITIONS, value)
