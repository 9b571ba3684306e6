import { type PolicyRule } from '../../src/lib/commentPolicy'
import { details, judgeWith } from './fixtures'

const watch = (words: string[]): PolicyRule => ({
  id: 'no-politics',
  title: 'No politics',
  message: 'Politics is for elsewhere.',
  kind: 'watchWords',
  settings: { words },
})

describe('watchWords', () => {
  it('should hold a comment with a watched word, whatever its case, with the owner’s wording', () => {
    const verdict = judgeWith(watch(['election']), 'Who will win the ELECTION?')
    expect(verdict.action).toBe('hold')
    expect(verdict.messages).toEqual(['Politics is for elsewhere.'])
    expect(verdict.fired).toEqual([
      {
        ruleId: 'no-politics',
        title: 'No politics',
        kind: 'watchWords',
        action: 'hold',
        message: 'Politics is for elsewhere.',
        detail: 'matched "election"',
      },
    ])
  })

  it('should match whole words only', () => {
    expect(judgeWith(watch(['party']), 'We were partying all night.').action).toBe('allow')
    expect(judgeWith(watch(['party']), 'A party of twelve.').action).toBe('hold')
    expect(judgeWith(watch(['vote']), 'She is devoted to it.').action).toBe('allow')
    expect(judgeWith(watch(['ballot']), 'Ballots were counted.').action).toBe('allow')
  })

  it('should ignore accents on either side', () => {
    expect(details(judgeWith(watch(['election']), 'Une élection difficile.'))).toEqual([
      'matched "election"',
    ])
    expect(judgeWith(watch(['café']), 'Meet at the CAFE.').action).toBe('hold')
    // "e" followed by a combining acute accent, as some keyboards send it.
    expect(judgeWith(watch(['cafe']), 'Meet at the cafe\u0301 later.').action).toBe('hold')
  })

  it('should see word boundaries in any script, not only ASCII', () => {
    const rule = watch(['выборы'])
    expect(judgeWith(rule, 'Выборы уже скоро.').action).toBe('hold')
    expect(judgeWith(rule, 'Перевыборы уже скоро.').action).toBe('allow')
    // With \b, "é" would end a word and "election" would be found inside "éelection".
    expect(judgeWith(watch(['lection']), 'une élection').action).toBe('allow')
  })

  it('should treat a trailing * as a prefix wildcard', () => {
    const rule = watch(['democrat*'])
    expect(details(judgeWith(rule, 'Democrats and democratic norms'))).toEqual([
      'matched "democrats", "democratic"',
    ])
    expect(judgeWith(rule, 'an undemocratic move').action).toBe('allow')
  })

  it('should match phrases across any spacing or hyphen', () => {
    const rule = watch(['left-wing', 'vote for'])
    expect(judgeWith(rule, 'the LEFT WING of the church').action).toBe('hold')
    expect(judgeWith(rule, 'please vote\nfor me').action).toBe('hold')
    expect(judgeWith(rule, 'the wing on the left').action).toBe('allow')
  })

  it('should report each matched word once', () => {
    expect(details(judgeWith(watch(['senate']), 'Senate, senate, SENATE.'))).toEqual([
      'matched "senate"',
    ])
  })
})

const blocked = (settings: { words?: string[]; patterns?: string[] }): PolicyRule => ({
  title: 'No spam',
  message: 'Spam is not published.',
  kind: 'blockedWords',
  settings,
})

describe('blockedWords', () => {
  it('should reject a comment with a blocked word by default', () => {
    const verdict = judgeWith(blocked({ words: ['casino*'] }), 'Best CASINOS online')
    expect(verdict.action).toBe('reject')
    expect(details(verdict)).toEqual(['matched "casinos"'])
  })

  it('should match patterns case-insensitively, naming the pattern', () => {
    const rule = blocked({ patterns: [String.raw`free\s+money`] })
    expect(details(judgeWith(rule, 'Get FREE    Money now'))).toEqual([
      String.raw`matched pattern /free\s+money/`,
    ])
    expect(judgeWith(rule, 'money is never free').action).toBe('allow')
  })

  it('should run patterns on accent-free text, so decorations do not slip past', () => {
    expect(judgeWith(blocked({ patterns: ['viagra'] }), 'cheap vïagrà').action).toBe('reject')
  })

  it('should give the same answer for the same comment every time', () => {
    // A global regular expression keeps lastIndex between calls; the matchers must not.
    const rule = blocked({ words: ['spam'], patterns: ['ham'] })
    const results = ['spam', 'spam', 'ham', 'ham', 'eggs'].map(
      (body) => judgeWith(rule, body).action,
    )
    expect(results).toEqual(['reject', 'reject', 'reject', 'reject', 'allow'])
  })
})
