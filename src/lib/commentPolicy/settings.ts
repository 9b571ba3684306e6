/** A rule's settings as the engine uses them: the owner's values over the kind's defaults. */
import { RULE_DEFINITIONS } from './rules'
import { type RuleKind, type RuleSettings } from './types'

export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/**
 * Every setting of `kind`, taken from `given` where present and from the defaults otherwise. A
 * null counts as missing, since the CMS stores an emptied number field as null.
 */
export function resolveSettings<K extends RuleKind>(kind: K, given: unknown): RuleSettings[K] {
  const defaults: Record<string, unknown> = RULE_DEFINITIONS[kind].defaults
  const values = isRecord(given) ? given : {}
  return Object.fromEntries(
    Object.keys(defaults).map((key) => [key, values[key] ?? defaults[key]]),
  ) as RuleSettings[K]
}
