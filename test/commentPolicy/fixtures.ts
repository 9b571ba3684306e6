/** Shared makers for the comment-policy specs: a fixed clock, a commenter, one-rule policies. */
import {
  judge,
  type CommentInput,
  type JudgeContext,
  type PolicyRule,
  type Verdict,
} from '../../src/lib/commentPolicy'

export const NOW = new Date('2024-03-20T12:00:00.000Z')

export const DAY_MS = 24 * 60 * 60 * 1000

/** A returning commenter on a post published ten days before NOW. */
export const context = (overrides: Partial<JudgeContext> = {}): JudgeContext => ({
  now: NOW,
  postPublishedAt: new Date(NOW.getTime() - 10 * DAY_MS),
  trustedCommenter: true,
  ...overrides,
})

export const comment = (body: string, kind: CommentInput['kind'] = 'comment'): CommentInput => ({
  body,
  name: 'Ruth Abbott',
  email: 'ruth@example.org',
  kind,
})

/** Judges `body` under a policy made of `rule` alone. */
export const judgeWith = (
  rule: PolicyRule,
  body: string,
  overrides: { kind?: CommentInput['kind']; context?: Partial<JudgeContext> } = {},
): Verdict =>
  judge({ name: 'test', rules: [rule] }, comment(body, overrides.kind), context(overrides.context))

/** The details of the rules that fired, the quickest view of why. */
export const details = (verdict: Verdict) => verdict.fired.map((fired) => fired.detail)
