import { LIMITS, validatePolicyRules } from '../../src/lib/commentPolicy'

/** A rule with valid common fields, so each test sees only the problem it plants. */
const rule = (kind: string, settings?: unknown, extra: Record<string, unknown> = {}) => ({
  title: 'A rule',
  message: 'A message.',
  kind,
  settings,
  ...extra,
})

const paths = (rules: unknown) => validatePolicyRules(rules).map((issue) => issue.path)

describe('validatePolicyRules', () => {
  it('should accept valid rules, with missing or null settings taking the defaults', () => {
    expect(
      validatePolicyRules([
        rule('watchWords', { words: ['election*', 'left-wing'] }),
        rule('blockedWords', { patterns: [String.raw`\bfree\s+money\b`] }),
        rule('heatedTone', { capsRatio: 1, insults: [] }),
        rule('tooManyLinks', { maxLinks: 0 }),
        rule('length', { min: 0, max: null }),
        rule('closeAfterDays'),
        rule('firstComment', {}),
        rule('corrections', null, { id: 'fixes', action: 'allow' }),
      ]),
    ).toEqual([])
  })

  it('should want a list of rule objects', () => {
    expect(validatePolicyRules({})).toEqual([
      { path: 'rules', message: 'The rules must be a list.' },
    ])
    expect(paths(['not a rule'])).toEqual(['rules.0'])
    expect(paths(Array.from({ length: LIMITS.rules + 1 }, () => rule('firstComment')))).toEqual([
      'rules',
    ])
  })

  it('should name missing wording, unknown kinds and actions, and duplicate ids', () => {
    expect(
      paths([
        rule('firstComment', {}, { title: ' ', message: '', id: 'a' }),
        rule('sentiment'),
        rule('corrections', {}, { action: 'delete', id: 'a' }),
        rule('corrections', {}, { id: 7 }),
      ]),
    ).toEqual([
      'rules.0.title',
      'rules.0.message',
      'rules.1.kind',
      'rules.2.id',
      'rules.2.action',
      'rules.3.id',
    ])
    expect(validatePolicyRules([rule('sentiment')])[0].message).toContain('heatedTone')
  })

  it('should name bad settings objects and unknown settings, ignoring nulls', () => {
    expect(paths([rule('length', 'short')])).toEqual(['rules.0.settings'])
    expect(paths([rule('tooManyLinks', { maxLink: 3, days: null })])).toEqual([
      'rules.0.settings.maxLink',
    ])
  })

  it('should refuse zero, negative and fractional thresholds', () => {
    expect(
      paths([
        rule('tooManyLinks', { maxLinks: -1 }),
        rule('closeAfterDays', { days: 0 }),
        rule('closeAfterDays', { days: 1.5 }),
        rule('heatedTone', { minLetters: 0, exclamationRun: '3', coolOffMinutes: 0 }),
        rule('length', { min: -1, max: 0 }),
      ]),
    ).toEqual([
      'rules.0.settings.maxLinks',
      'rules.1.settings.days',
      'rules.2.settings.days',
      'rules.3.settings.minLetters',
      'rules.3.settings.exclamationRun',
      'rules.3.settings.coolOffMinutes',
      'rules.4.settings.min',
      'rules.4.settings.max',
    ])
  })

  it('should want capsRatio above 0 and at most 1', () => {
    expect(
      paths([
        rule('heatedTone', { capsRatio: 0 }),
        rule('heatedTone', { capsRatio: 1.5 }),
        rule('heatedTone', { capsRatio: Number.NaN }),
      ]),
    ).toEqual([
      'rules.0.settings.capsRatio',
      'rules.1.settings.capsRatio',
      'rules.2.settings.capsRatio',
    ])
  })

  it('should refuse a minimum above the maximum, also against the default maximum', () => {
    expect(validatePolicyRules([rule('length', { min: 50, max: 10 })])).toEqual([
      {
        path: 'rules.0.settings.min',
        message: 'The minimum (50) is larger than the maximum (10).',
      },
    ])
    expect(paths([rule('length', { min: 6000 })])).toEqual(['rules.0.settings.min'])
  })

  it('should check word lists entry by entry', () => {
    expect(
      paths([
        rule('watchWords', { words: [] }),
        rule('watchWords'),
        rule('watchWords', { words: 'election' }),
        rule('watchWords', { words: ['ok', '', 'demo*crat', '***', 'x'.repeat(101), 3] }),
        rule('heatedTone', { insults: ['*idiot'] }),
      ]),
    ).toEqual([
      'rules.0.settings.words',
      'rules.1.settings.words',
      'rules.2.settings.words',
      'rules.3.settings.words.1',
      'rules.3.settings.words.2',
      'rules.3.settings.words.3',
      'rules.3.settings.words.4',
      'rules.3.settings.words.5',
      'rules.4.settings.insults.0',
    ])
  })

  it('should want at least one blocked word or pattern', () => {
    expect(paths([rule('blockedWords', {})])).toEqual(['rules.0.settings.words'])
    expect(paths([rule('blockedWords', { words: [], patterns: ['spam'] })])).toEqual([])
  })

  it('should refuse invalid, empty-matching, slow and overlong patterns', () => {
    const issues = validatePolicyRules([
      rule('blockedWords', {
        patterns: [
          'ok',
          '(unclosed',
          'a*',
          '(a+)+b',
          String.raw`((\w+\s?)*)$`,
          'x'.repeat(201),
          '',
        ],
      }),
    ])
    expect(issues.map((issue) => issue.path)).toEqual([
      'rules.0.settings.patterns.1',
      'rules.0.settings.patterns.2',
      'rules.0.settings.patterns.3',
      'rules.0.settings.patterns.4',
      'rules.0.settings.patterns.5',
      'rules.0.settings.patterns.6',
    ])
    expect(issues[0].message).toMatch(/not a valid regular expression: Unterminated group/)
    expect(issues[2].message).toMatch(/slow/)
  })

  it('should let harmless repetition through', () => {
    const patterns = ['(ab)+', String.raw`(\d{3})-\d+`, String.raw`([\p{L}])\1{9,}`, '(a|b)?c+']
    expect(validatePolicyRules([rule('blockedWords', { patterns })])).toEqual([])
  })
})
