import {
  compilePolicy,
  explainVerdict,
  judgeComment,
  RULE_KINDS,
  validatePolicyRules,
} from '../../src/lib/commentPolicy'
import { DEMO_COMMENT_POLICY } from '../../src/seed/content/commentPolicy'
import { comment, context, NOW } from './fixtures'

const ruleById = (id: string) => {
  const rule = DEMO_COMMENT_POLICY.rules.find((candidate) => candidate.id === id)
  if (!rule) throw new Error(`The demo policy has no rule "${id}"`)
  return rule
}

describe('the demo comment policy', () => {
  const compiled = compilePolicy(DEMO_COMMENT_POLICY)

  it('should validate and use every kind of rule', () => {
    expect(validatePolicyRules(DEMO_COMMENT_POLICY.rules)).toEqual([])
    expect(new Set(DEMO_COMMENT_POLICY.rules.map((rule) => rule.kind))).toEqual(new Set(RULE_KINDS))
    expect(DEMO_COMMENT_POLICY.introduction.length).toBeGreaterThan(0)
  })

  it('should judge five sample comments under the demo policy', () => {
    const samples = [
      {
        body:
          'Whoever wins the election this autumn, I doubt the Democrats or the Republicans will ' +
          'change much over there.',
        kind: 'comment' as const,
        expected: { action: 'hold', visibility: 'public', rules: ['no-politics'] },
      },
      {
        body: 'THIS IS THE MOST ONE-SIDED THING I HAVE READ ALL YEAR!!! Shame on you.',
        kind: 'comment' as const,
        expected: { action: 'hold', visibility: 'public', rules: ['calm-down-first'] },
      },
      {
        body:
          'Useful background: https://example.org/report, www.example.net/timeline and ' +
          'example.com/maps/rafah.',
        kind: 'comment' as const,
        expected: { action: 'hold', visibility: 'public', rules: ['too-many-links'] },
      },
      {
        body:
          'A small slip: the resolution passed on 25 March, not the 26th as the second ' +
          'paragraph says.',
        kind: 'correction' as const,
        expected: { action: 'hold', visibility: 'private', rules: ['corrections'] },
      },
      {
        body:
          'I read this differently. The pressure on the negotiators seems to have come from ' +
          'several directions at once, not only from New York. Still, thank you for setting ' +
          'out your reasoning so clearly.',
        kind: 'comment' as const,
        expected: { action: 'allow', visibility: 'public', rules: [] },
      },
    ]

    for (const sample of samples) {
      const verdict = judgeComment(compiled, comment(sample.body, sample.kind), context())
      expect({
        action: verdict.action,
        visibility: verdict.visibility,
        rules: verdict.fired.map((fired) => fired.ruleId),
      }).toEqual(sample.expected)
      expect(verdict.messages).toEqual(sample.expected.rules.map((id) => ruleById(id).message))
    }
  })

  it('should tell each commenter what happened in the owner’s words', () => {
    const political = judgeComment(compiled, comment('Vote for change!'), context())
    expect(political.fired[0].detail).toBe('matched "vote"')
    expect(explainVerdict(political)).toBe(
      `Your comment is held for the author's review: ${ruleById('no-politics').message}`,
    )

    const heated = judgeComment(compiled, comment('You clowns!!!'), context())
    expect(heated.coolOffUntil).toBe(new Date(NOW.getTime() + 15 * 60_000).toISOString())
    expect(explainVerdict(heated)).toContain('edit or withdraw it until 2024-03-20 12:15 UTC')

    const calm = judgeComment(compiled, comment('A fair point, well made.'), context())
    expect(explainVerdict(calm)).toBe('Your comment is published.')
  })

  it('should hold a newcomer’s first comment, and reject spam and closed threads outright', () => {
    const newcomer = judgeComment(
      compiled,
      comment('A fair point, well made.'),
      context({ trustedCommenter: false, approvedCount: 0 }),
    )
    expect(newcomer.fired.map((fired) => fired.ruleId)).toEqual(['first-comment'])

    const spam = judgeComment(
      compiled,
      comment('Earn $400 a day from home!!! WhatsApp +44 7000 000000'),
      context({ trustedCommenter: false }),
    )
    expect(spam.action).toBe('reject')
    expect(spam.fired.map((fired) => fired.ruleId)).toEqual([
      'abuse-and-spam',
      'calm-down-first',
      'first-comment',
    ])

    const closed = judgeComment(
      compiled,
      comment('Coming to this late.'),
      context({ postPublishedAt: new Date('2020-01-01T00:00:00Z') }),
    )
    expect(closed.action).toBe('reject')
    expect(closed.fired.map((fired) => fired.detail)).toEqual([
      'published 1540 days ago, comments close after 1095',
    ])
  })
})
