/**
 * The engine: a policy is compiled once (settings resolved, regular expressions built), then
 * judges each comment with no further allocation of patterns. Every rule is evaluated; the
 * strictest action wins, and every fired rule is reported in policy order.
 */
import { messages } from './messages'
import { RULE_DEFINITIONS, type PreparedComment, type RuleCheck } from './rules'
import { resolveSettings } from './settings'
import { foldText, toPlainText } from './text'
import {
  type CommentInput,
  type CommentPolicy,
  type FiredRule,
  type JudgeContext,
  type PolicyAction,
  type PolicyIssue,
  type PolicyRule,
  type RuleKind,
  type Verdict,
} from './types'
import { validatePolicyRules } from './validate'

type CompiledRule = Omit<FiredRule, 'detail'> & { check: RuleCheck }

/** A policy ready to judge comments; build it with `compilePolicy` and reuse it. */
export type CompiledPolicy = { readonly name: string; readonly rules: readonly CompiledRule[] }

/** Thrown by `compilePolicy` for a policy that does not validate; `issues` name the fields. */
export class InvalidPolicyError extends Error {
  readonly issues: PolicyIssue[]

  constructor(name: string, issues: PolicyIssue[]) {
    super(
      messages.validation.invalidPolicy(
        name,
        issues.map(({ path, message }) => `${path}: ${message}`),
      ),
    )
    this.name = 'InvalidPolicyError'
    this.issues = issues
  }
}

const SEVERITY: Record<PolicyAction, number> = { allow: 0, hold: 1, reject: 2 }

function compileRule(rule: PolicyRule, index: number): CompiledRule {
  const kind: RuleKind = rule.kind
  // Each kind's compile takes its own settings; the kind ties the two together at runtime.
  const compile = RULE_DEFINITIONS[kind].compile as (settings: unknown) => RuleCheck
  return {
    ruleId: rule.id ?? index,
    title: rule.title,
    kind,
    action: rule.action ?? RULE_DEFINITIONS[kind].defaultAction,
    message: rule.message,
    check: compile(resolveSettings(kind, rule.settings)),
  }
}

/**
 * Validates `policy` and builds its rules once, so judging is fast.
 * @throws InvalidPolicyError when `validatePolicyRules` finds problems.
 */
export function compilePolicy(policy: CommentPolicy): CompiledPolicy {
  const issues = validatePolicyRules(policy.rules)
  if (issues.length > 0) throw new InvalidPolicyError(policy.name, issues)
  return Object.freeze({ name: policy.name, rules: Object.freeze(policy.rules.map(compileRule)) })
}

/** Judges one comment: the strictest fired action, and every fired rule with its message. */
export function judgeComment(
  policy: CompiledPolicy,
  comment: CommentInput,
  context: JudgeContext,
): Verdict {
  const text = toPlainText(comment.body)
  const prepared: PreparedComment = { kind: comment.kind, text, folded: foldText(text) }
  const fired: FiredRule[] = []
  let action: PolicyAction = 'allow'
  let visibility: Verdict['visibility'] = 'public'
  let coolOffUntil: string | undefined
  for (const { check, ...rule } of policy.rules) {
    const hit = check(prepared, context)
    if (!hit) continue
    fired.push({ ...rule, detail: hit.detail })
    if (SEVERITY[rule.action] > SEVERITY[action]) action = rule.action
    if (hit.visibility) visibility = hit.visibility
    // ISO times of one format sort as text; the longest window wins.
    if (hit.coolOffUntil && (!coolOffUntil || hit.coolOffUntil > coolOffUntil)) {
      coolOffUntil = hit.coolOffUntil
    }
  }
  const verdict: Verdict = { action, visibility, fired, messages: fired.map((f) => f.message) }
  if (coolOffUntil) verdict.coolOffUntil = coolOffUntil
  return verdict
}

/** Compiles `policy` and judges one comment; use `compilePolicy` + `judgeComment` for many. */
export function judge(
  policy: CommentPolicy,
  comment: CommentInput,
  context: JudgeContext,
): Verdict {
  return judgeComment(compilePolicy(policy), comment, context)
}
