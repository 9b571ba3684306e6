/**
 * A comment's stored verdict in words, for the admin: each fired rule with its title, what it
 * did, what it found and what the commenter was told. Plain functions, shared by the edit view's
 * field and the list's column, and unit-testable.
 */
import { actionLabel, kindLabel } from '../../lib/commentPolicy/labels'

export type StoredFiredRule = {
  ruleId?: string | number
  title?: string
  kind?: string
  action?: string
  message?: string
  detail?: string
}
export type StoredVerdict = { action?: string; fired?: StoredFiredRule[]; messages?: string[] }

export type FiredRuleInWords = {
  title: string
  kind: string
  action: string
  detail: string
  message: string
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** The fired rules of a stored verdict; nothing for a missing or unreadable one. */
export function firedRulesOf(verdict: unknown): StoredFiredRule[] {
  if (!isRecord(verdict) || !Array.isArray(verdict.fired)) return []
  return verdict.fired.filter(isRecord) as StoredFiredRule[]
}

export function firedRulesInWords(verdict: unknown): FiredRuleInWords[] {
  return firedRulesOf(verdict).map((rule) => ({
    title: rule.title || String(rule.ruleId ?? 'A rule'),
    kind: kindLabel(rule.kind ?? ''),
    action: actionLabel(rule.action ?? ''),
    detail: rule.detail ?? '',
    message: rule.message ?? '',
  }))
}

/** The policy's decision as a sentence. */
export function outcomeInWords(verdict: unknown): string | null {
  if (!isRecord(verdict) || typeof verdict.action !== 'string') return null
  if (verdict.action === 'allow') return 'Published when it was posted.'
  if (verdict.action === 'hold') return 'Held for review when it was posted.'
  return 'Refused when it was posted.'
}

/** Titles of the rules that fired, for the queue's column: stored ids stand in when titles are missing. */
export function firedRuleTitles(verdict: unknown, ids: readonly unknown[] = []): string[] {
  const fired = firedRulesOf(verdict)
  if (fired.length > 0) return fired.map((rule) => rule.title || String(rule.ruleId ?? ''))
  return ids.map(String)
}
