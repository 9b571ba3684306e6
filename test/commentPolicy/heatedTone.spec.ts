import {
  DEFAULT_HEATED_TONE_SETTINGS,
  type HeatedToneSettings,
  type PolicyRule,
} from '../../src/lib/commentPolicy'
import { details, judgeWith, NOW } from './fixtures'

const heated = (settings: Partial<HeatedToneSettings> = {}): PolicyRule => ({
  id: 'calm',
  title: 'Calm down first',
  message: 'Take a breath first.',
  kind: 'heatedTone',
  settings,
})

const minutesAfterNow = (minutes: number) =>
  new Date(NOW.getTime() + minutes * 60_000).toISOString()

describe('heatedTone', () => {
  it('should hold a shouted comment and open a cool-off window', () => {
    const verdict = judgeWith(heated(), 'THIS IS THE WORST POST I HAVE EVER READ')
    expect(verdict.action).toBe('hold')
    expect(details(verdict)).toEqual(['100% capitals'])
    expect(verdict.coolOffUntil).toBe(minutesAfterNow(DEFAULT_HEATED_TONE_SETTINGS.coolOffMinutes))
  })

  it('should report the share of capitals and fire from the threshold up', () => {
    // 14 capitals of 20 letters: 70%.
    expect(details(judgeWith(heated(), 'ABCDEFGHIJKLMN abcdef'))).toEqual(['70% capitals'])
    // 11 of 20: 55%, below the default 60%.
    expect(judgeWith(heated(), 'ABCDEFGHIJK abcdefghi').action).toBe('allow')
    // Exactly the threshold fires.
    expect(judgeWith(heated({ capsRatio: 0.5 }), 'ABCDEFGHIJ abcdefghij').action).toBe('hold')
  })

  it('should not count capitals in a comment shorter than minLetters', () => {
    // 17 letters, all capitals: an acronym-heavy line, not shouting.
    expect(judgeWith(heated(), 'NATO AND THE UN AGREE').action).toBe('allow')
    expect(judgeWith(heated({ minLetters: 5 }), 'NATO AND THE UN AGREE').action).toBe('hold')
  })

  it('should let only cased letters count towards shouting', () => {
    expect(judgeWith(heated(), 'ЭТО ПРОСТО ВОЗМУТИТЕЛЬНАЯ НЕПРАВДА').action).toBe('hold')
    // Chinese has no capitals, so it neither shouts nor dilutes the share.
    // 24 capitals beside 20 Chinese characters: 100% shouting, not 55%.
    const mixed = '我认为这篇文章的结论完全错误 THIS IS SIMPLY NOT TRUE AT ALL 我不同意作者'
    expect(details(judgeWith(heated(), mixed))).toEqual(['100% capitals'])
  })

  it('should hold a run of exclamation marks from the configured length', () => {
    expect(judgeWith(heated(), 'Really!! I disagree.').action).toBe('allow')
    expect(details(judgeWith(heated(), 'Really!!!! I disagree!!!'))).toEqual(['run of 4 "!"'])
    expect(judgeWith(heated({ exclamationRun: 2 }), 'Really!! I disagree.').action).toBe('hold')
    // A double exclamation mark character folds to two marks.
    expect(judgeWith(heated({ exclamationRun: 2 }), 'Really‼').action).toBe('hold')
  })

  it('should hold insults as whole words', () => {
    const rule = heated({ insults: ['liar', 'idiot*'] })
    expect(details(judgeWith(rule, 'You are a liar and your readers are idiots.'))).toEqual([
      'insult "liar", "idiots"',
    ])
    expect(judgeWith(rule, 'A familiar argument.').action).toBe('allow')
  })

  it('should list every sign it saw and use the configured cool-off', () => {
    const verdict = judgeWith(
      heated({ insults: ['liar'], coolOffMinutes: 30 }),
      'YOU ARE A LIAR AND EVERYONE KNOWS IT!!!',
    )
    expect(details(verdict)).toEqual(['100% capitals; run of 3 "!"; insult "liar"'])
    expect(verdict.coolOffUntil).toBe(minutesAfterNow(30))
  })

  it('should leave a calm comment alone, with no cool-off', () => {
    const verdict = judgeWith(heated({ insults: ['liar'] }), 'I think you are mistaken here.')
    expect(verdict).toEqual({ action: 'allow', visibility: 'public', fired: [], messages: [] })
  })
})
