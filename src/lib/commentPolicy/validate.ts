/**
 * Validation of the rules an owner writes, so the CMS can refuse a bad policy with a 400 that
 * names the field (`rules.2.settings.patterns.0`) instead of failing later on a comment.
 */
import { LIMITS, type ValueCheck } from './checks'
import { messages } from './messages'
import { RULE_DEFINITIONS, RULE_KINDS, isRuleKind } from './rules'
import { isRecord, resolveSettings } from './settings'
import { type PolicyAction, type PolicyIssue, type RuleKind } from './types'

const ACTIONS: readonly PolicyAction[] = ['allow', 'hold', 'reject']

const isText = (value: unknown): value is string => typeof value === 'string' && value.trim() !== ''

const isGiven = (value: unknown) => value !== undefined && value !== null

// The definitions are typed per kind; here one kind is handled at a time through its own
// definition, so a loose view of it is enough.
type LooseDefinition = {
  fields: Record<string, ValueCheck>
  crossCheck?: (settings: Record<string, unknown>, path: string) => PolicyIssue[]
}

function validateSettings(kind: RuleKind, given: unknown, path: string): PolicyIssue[] {
  if (isGiven(given) && !isRecord(given)) {
    return [{ path, message: messages.validation.settingsNotAnObject }]
  }
  const definition = RULE_DEFINITIONS[kind] as unknown as LooseDefinition
  const unknownKeys = Object.entries(isRecord(given) ? given : {})
    // Null is what a CMS stores for a field it shows for another kind; only real values count.
    .filter(([key, value]) => !Object.hasOwn(definition.fields, key) && isGiven(value))
    .map(([key]) => ({
      path: `${path}.${key}`,
      message: messages.validation.unknownSetting(key, kind),
    }))
  const settings: Record<string, unknown> = resolveSettings(kind, given)
  const fieldIssues = Object.entries(definition.fields).flatMap(([key, check]) =>
    check(settings[key], `${path}.${key}`),
  )
  const crossIssues =
    fieldIssues.length === 0 && definition.crossCheck ? definition.crossCheck(settings, path) : []
  return [...unknownKeys, ...fieldIssues, ...crossIssues]
}

function validateRule(rule: unknown, path: string, seenIds: Set<string>): PolicyIssue[] {
  if (!isRecord(rule)) return [{ path, message: messages.validation.ruleNotAnObject }]
  const issues: PolicyIssue[] = []
  if (isGiven(rule.id)) {
    if (!isText(rule.id))
      issues.push({ path: `${path}.id`, message: messages.validation.idNotText })
    else if (seenIds.has(rule.id)) {
      issues.push({ path: `${path}.id`, message: messages.validation.duplicateId(rule.id) })
    } else seenIds.add(rule.id)
  }
  if (!isText(rule.title))
    issues.push({ path: `${path}.title`, message: messages.validation.titleMissing })
  if (!isText(rule.message)) {
    issues.push({ path: `${path}.message`, message: messages.validation.messageMissing })
  }
  if (isGiven(rule.action) && !ACTIONS.includes(rule.action as PolicyAction)) {
    issues.push({ path: `${path}.action`, message: messages.validation.unknownAction })
  }
  if (!isRuleKind(rule.kind)) {
    issues.push({ path: `${path}.kind`, message: messages.validation.unknownKind(RULE_KINDS) })
    return issues
  }
  return [...issues, ...validateSettings(rule.kind, rule.settings, `${path}.settings`)]
}

/**
 * Every problem in a policy's rules, each with the path of the field to fix; empty when the
 * rules are valid. Takes unknown input because it guards what arrives over the API.
 */
export function validatePolicyRules(rules: unknown): PolicyIssue[] {
  if (!Array.isArray(rules)) return [{ path: 'rules', message: messages.validation.rulesNotAList }]
  if (rules.length > LIMITS.rules) {
    return [{ path: 'rules', message: messages.validation.tooManyRules(LIMITS.rules) }]
  }
  const seenIds = new Set<string>()
  return rules.flatMap((rule, index) => validateRule(rule, `rules.${index}`, seenIds))
}
