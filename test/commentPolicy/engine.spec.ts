import {
  compilePolicy,
  InvalidPolicyError,
  judge,
  judgeComment,
  type CommentPolicy,
  type PolicyRule,
} from '../../src/lib/commentPolicy'
import { comment, context, NOW } from './fixtures'

const watch = (id: string, word: string, action: PolicyRule['action']): PolicyRule => ({
  id,
  title: `Watch ${word}`,
  message: `Message of ${id}.`,
  kind: 'watchWords',
  action,
  settings: { words: [word] },
})

const policy = (...rules: PolicyRule[]): CommentPolicy => ({ name: 'test', rules })

describe('judging a comment against a whole policy', () => {
  it('should allow with no messages when no rule fires', () => {
    const verdict = judge(policy(watch('a', 'apples', 'reject')), comment('Pears.'), context())
    expect(verdict).toEqual({ action: 'allow', visibility: 'public', fired: [], messages: [] })
    expect('coolOffUntil' in verdict).toBe(false)
  })

  it('should let the strictest action win and keep every message in rule order', () => {
    const rules = [
      watch('note', 'apples', 'allow'),
      watch('ban', 'pears', 'reject'),
      watch('wait', 'plums', 'hold'),
    ]
    const body = 'Plums, pears and apples.'
    const verdict = judge(policy(...rules), comment(body), context())
    expect(verdict.action).toBe('reject')
    expect(verdict.messages).toEqual(['Message of note.', 'Message of ban.', 'Message of wait.'])
    expect(verdict.fired.map((fired) => [fired.ruleId, fired.action])).toEqual([
      ['note', 'allow'],
      ['ban', 'reject'],
      ['wait', 'hold'],
    ])

    const reversed = judge(policy(...[...rules].reverse()), comment(body), context())
    expect(reversed.action).toBe('reject')
    expect(reversed.messages).toEqual(['Message of wait.', 'Message of ban.', 'Message of note.'])
  })

  it('should rank hold above allow', () => {
    const rules = [watch('note', 'apples', 'allow'), watch('wait', 'plums', 'hold')]
    expect(judge(policy(...rules), comment('apples, plums'), context()).action).toBe('hold')
  })

  it('should let an allow rule add its note without holding the comment', () => {
    const verdict = judge(policy(watch('thanks', 'thank*', 'allow')), comment('Thanks!'), context())
    expect(verdict.action).toBe('allow')
    expect(verdict.messages).toEqual(['Message of thanks.'])
  })

  it('should use the kind’s default action and the index when a rule has neither', () => {
    const rules: PolicyRule[] = [
      { title: 'Spam', message: 'No spam.', kind: 'blockedWords', settings: { words: ['spam'] } },
      { title: 'First', message: 'First one waits.', kind: 'firstComment' },
    ]
    const verdict = judge(policy(...rules), comment('spam'), context({ trustedCommenter: false }))
    expect(verdict.fired.map(({ ruleId, action }) => ({ ruleId, action }))).toEqual([
      { ruleId: 0, action: 'reject' },
      { ruleId: 1, action: 'hold' },
    ])
  })

  it('should keep the longest cool-off window of several heated rules', () => {
    const heated = (coolOffMinutes: number): PolicyRule => ({
      title: `Heated ${coolOffMinutes}`,
      message: 'Calm down.',
      kind: 'heatedTone',
      settings: { coolOffMinutes },
    })
    const verdict = judge(policy(heated(10), heated(45), heated(5)), comment('No!!!'), context())
    expect(verdict.coolOffUntil).toBe(new Date(NOW.getTime() + 45 * 60_000).toISOString())
  })

  it('should judge what a reader sees, not the markup', () => {
    const rules = [watch('w', 'vote', 'hold')]
    const hidden = comment('<script>vote()</script><p class="vote">Hello</p>')
    expect(judge(policy(...rules), hidden, context()).action).toBe('allow')
    expect(judge(policy(...rules), comment('<p><b>Vote</b></p>'), context()).action).toBe('hold')
  })

  it('should refuse to compile an invalid policy, naming the fields', () => {
    const bad = policy({
      title: 'Bad',
      message: 'Bad.',
      kind: 'blockedWords',
      settings: { patterns: ['(unclosed'] },
    })
    expect(() => compilePolicy(bad)).toThrow(InvalidPolicyError)
    try {
      compilePolicy(bad)
    } catch (error) {
      expect((error as InvalidPolicyError).issues.map((issue) => issue.path)).toEqual([
        'rules.0.settings.patterns.0',
      ])
      expect((error as Error).message).toContain('rules.0.settings.patterns.0')
    }
  })

  it('should judge a compiled policy many times, the same way each time', () => {
    const compiled = compilePolicy(policy(watch('w', 'vote', 'hold')))
    const bodies = ['vote', 'no', 'vote', 'VOTE now', 'devote']
    const actions = bodies.map((body) => judgeComment(compiled, comment(body), context()).action)
    expect(actions).toEqual(['hold', 'allow', 'hold', 'hold', 'allow'])
  })
})
