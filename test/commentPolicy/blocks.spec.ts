/**
 * The policy form's blocks and the engine's rules, both ways, for every kind: what the owner
 * types in the form is what the engine enforces, and an older rule (kind plus settings) becomes
 * the block that shows the same settings.
 */
import {
  blockFromRule,
  formIssueOf,
  judge,
  ruleFromBlock,
  RULE_KINDS,
  rulesFromBlocks,
  validatePolicyRules,
  type PolicyRule,
  type RuleBlock,
} from '../../src/lib/commentPolicy'
import { DEMO_COMMENT_POLICY } from '../../src/seed/content/commentPolicy'
import { comment, context } from './fixtures'

const common = { title: 'A rule', message: 'A message.', action: null, ruleId: 'r' }

/** One case per kind: the block as the form stores it and the rule the engine reads. */
const CASES: { block: RuleBlock; rule: PolicyRule }[] = [
  {
    block: {
      ...common,
      blockType: 'watchWords',
      words: [{ word: 'election*' }, { word: 'campaign trail' }],
    },
    rule: {
      id: 'r',
      title: 'A rule',
      message: 'A message.',
      kind: 'watchWords',
      settings: { words: ['election*', 'campaign trail'] },
    },
  },
  {
    block: {
      ...common,
      blockType: 'blockedWords',
      action: 'reject',
      words: [
        { word: 'casino*', pattern: false },
        { word: String.raw`whats\s?app`, pattern: true },
        { word: 'payday loan*', pattern: false },
      ],
    },
    rule: {
      id: 'r',
      title: 'A rule',
      message: 'A message.',
      kind: 'blockedWords',
      action: 'reject',
      settings: { words: ['casino*', 'payday loan*'], patterns: [String.raw`whats\s?app`] },
    },
  },
  {
    block: {
      ...common,
      blockType: 'heatedTone',
      capitalsPercent: 60,
      minLetters: 20,
      exclamationRun: 3,
      insults: [{ word: 'idiot*' }],
      coolOffMinutes: 15,
    },
    rule: {
      id: 'r',
      title: 'A rule',
      message: 'A message.',
      kind: 'heatedTone',
      settings: {
        capsRatio: 0.6,
        minLetters: 20,
        exclamationRun: 3,
        insults: ['idiot*'],
        coolOffMinutes: 15,
      },
    },
  },
  {
    block: { ...common, blockType: 'tooManyLinks', maxLinks: 2 },
    rule: {
      id: 'r',
      title: 'A rule',
      message: 'A message.',
      kind: 'tooManyLinks',
      settings: { maxLinks: 2 },
    },
  },
  {
    block: { ...common, blockType: 'length', min: 2, max: 5000 },
    rule: {
      id: 'r',
      title: 'A rule',
      message: 'A message.',
      kind: 'length',
      settings: { min: 2, max: 5000 },
    },
  },
  {
    block: { ...common, blockType: 'closeAfterDays', days: 180 },
    rule: {
      id: 'r',
      title: 'A rule',
      message: 'A message.',
      kind: 'closeAfterDays',
      settings: { days: 180 },
    },
  },
  {
    block: { ...common, blockType: 'firstComment' },
    rule: { id: 'r', title: 'A rule', message: 'A message.', kind: 'firstComment', settings: {} },
  },
  {
    block: { ...common, blockType: 'corrections', action: 'allow' },
    rule: {
      id: 'r',
      title: 'A rule',
      message: 'A message.',
      kind: 'corrections',
      action: 'allow',
      settings: {},
    },
  },
]

describe('policy blocks and engine rules', () => {
  it('should cover every kind the engine has', () => {
    expect(CASES.map(({ block }) => block.blockType).sort()).toEqual([...RULE_KINDS].sort())
  })

  describe.each(CASES)('$block.blockType', ({ block, rule }) => {
    it('should give the engine the settings the form shows', () => {
      expect(ruleFromBlock(block, 0)).toEqual(rule)
    })

    it('should show an engine rule in the form and read it back unchanged', () => {
      const shown = blockFromRule(rule)
      expect(shown.blockType).toBe(rule.kind)
      expect(ruleFromBlock(shown, 0)).toEqual(rule)
    })
  })

  it('should leave empty numbers to the defaults and use the position when there is no id', () => {
    const [rule] = rulesFromBlocks([
      { blockType: 'heatedTone', title: 'Calm', message: 'Breathe.', capitalsPercent: null },
    ])
    expect(rule).toEqual({
      id: '0',
      title: 'Calm',
      message: 'Breathe.',
      kind: 'heatedTone',
      settings: { insults: [] },
    })
    expect(validatePolicyRules([rule])).toEqual([])
  })

  it('should keep a percentage exact both ways', () => {
    const block = blockFromRule({
      title: 'Calm',
      message: 'Breathe.',
      kind: 'heatedTone',
      settings: { capsRatio: 0.07 },
    }) as RuleBlock & { capitalsPercent?: number }
    expect(block.capitalsPercent).toBe(7)
    expect(ruleFromBlock(block, 0).settings).toMatchObject({ capsRatio: 0.07 })
  })

  it('should judge the demo policy the same after a round trip through the form', () => {
    const blocks = DEMO_COMMENT_POLICY.rules.map(blockFromRule)
    const rules = rulesFromBlocks(blocks)
    expect(rules).toEqual(
      DEMO_COMMENT_POLICY.rules.map((rule) => ({ action: undefined, settings: {}, ...rule })),
    )
    const verdict = judge(
      { name: 'House rules', rules },
      comment('Whoever wins the election, we still pray for them.'),
      context(),
    )
    expect(verdict.fired.map((fired) => [fired.title, fired.detail])).toEqual([
      ['No political comments', 'matched "election"'],
    ])
  })

  describe('validation issues in the form', () => {
    const blocks: RuleBlock[] = [
      { blockType: 'watchWords', title: 'No politics', message: 'Held.', words: [] },
      {
        blockType: 'blockedWords',
        title: 'No spam',
        message: 'Refused.',
        words: [
          { word: 'casino*', pattern: false },
          { word: '(unclosed', pattern: true },
        ],
      },
      {
        blockType: 'heatedTone',
        title: 'Calm down',
        message: 'Wait.',
        capitalsPercent: 150,
        insults: [{ word: 'a*b' }],
      },
      { blockType: 'length', title: 'Length', message: 'Too long.', min: 10, max: 5 },
      { blockType: 'firstComment', title: '', message: 'Wait.', ruleId: 'x' },
      { blockType: 'corrections', title: 'Fixes', message: 'Thanks.', ruleId: 'x' },
    ]
    const issues = validatePolicyRules(rulesFromBlocks(blocks)).map((issue) =>
      formIssueOf(blocks, issue),
    )

    it('should name the field to fix in the form', () => {
      expect(issues.map((issue) => issue.path)).toEqual([
        'rules.0.words',
        'rules.1.words.1.word',
        'rules.2.capitalsPercent',
        'rules.2.insults.0.word',
        'rules.3.min',
        'rules.4.title',
        'rules.5.ruleId',
      ])
    })

    it('should name the rule by its position and title', () => {
      expect(issues[0].message).toBe('Rule 1 ("No politics"): Add at least one word or phrase.')
      expect(issues[1].message).toMatch(/^Rule 2 \("No spam"\): This is not a valid regular/)
      expect(issues[5].message).toBe('Rule 5: Give the rule a title.')
    })
  })
})
