/** A stored verdict as the admin words it: the edit view's fired rules and the queue's titles. */
import {
  firedRulesInWords,
  firedRuleTitles,
  outcomeInWords,
} from '../../src/admin/comments/verdict'

const VERDICT = {
  action: 'hold',
  fired: [
    {
      ruleId: 'no-politics',
      title: 'No political comments',
      kind: 'watchWords',
      action: 'hold',
      message: 'The author reads comments about politics first.',
      detail: 'matched "election", "vote"',
    },
    {
      ruleId: 'too-many-links',
      title: 'Not too many links',
      kind: 'tooManyLinks',
      action: 'hold',
      message: 'Links wait for the author.',
      detail: '3 links, limit 2',
    },
  ],
}

describe('verdicts in words', () => {
  it('should give each fired rule its title, kind and action in words, finding and message', () => {
    expect(firedRulesInWords(VERDICT)).toEqual([
      {
        title: 'No political comments',
        kind: 'Watch words',
        action: 'Hold for review',
        detail: 'matched "election", "vote"',
        message: 'The author reads comments about politics first.',
      },
      {
        title: 'Not too many links',
        kind: 'Too many links',
        action: 'Hold for review',
        detail: '3 links, limit 2',
        message: 'Links wait for the author.',
      },
    ])
    expect(outcomeInWords(VERDICT)).toBe('Held for review when it was posted.')
  })

  it('should list titles for the queue, and fall back to the ids when there is no verdict', () => {
    expect(firedRuleTitles(VERDICT, ['no-politics', 'too-many-links'])).toEqual([
      'No political comments',
      'Not too many links',
    ])
    expect(firedRuleTitles(null, ['first-comment'])).toEqual(['first-comment'])
    expect(outcomeInWords(undefined)).toBeNull()
    expect(firedRulesInWords({ fired: 'not a list' })).toEqual([])
  })
})
