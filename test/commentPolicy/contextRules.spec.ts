import { type PolicyRule } from '../../src/lib/commentPolicy'
import { details, judgeWith } from './fixtures'

const first: PolicyRule = {
  title: 'First comments',
  message: 'First comments wait for the author.',
  kind: 'firstComment',
}

describe('firstComment', () => {
  it('should hold a comment from a commenter with no approved history', () => {
    const verdict = judgeWith(first, 'Hello.', { context: { trustedCommenter: false } })
    expect(verdict.action).toBe('hold')
    expect(details(verdict)).toEqual(['no approved comments from this commenter yet'])
    const none = judgeWith(first, 'Hello.', {
      context: { trustedCommenter: false, approvedCount: 0 },
    })
    expect(none.action).toBe('hold')
  })

  it('should not fire for a trusted commenter or one with approved comments', () => {
    expect(judgeWith(first, 'Hello.', { context: { trustedCommenter: true } }).fired).toEqual([])
    const approved = judgeWith(first, 'Hello.', {
      context: { trustedCommenter: false, approvedCount: 3 },
    })
    expect(approved.fired).toEqual([])
  })
})

const corrections = (action?: PolicyRule['action']): PolicyRule => ({
  id: 'corrections',
  title: 'Corrections',
  message: 'Corrections go privately to the author.',
  kind: 'corrections',
  action,
})

describe('corrections', () => {
  it('should send a correction privately to the author, held by default', () => {
    const verdict = judgeWith(corrections(), 'The date is wrong.', { kind: 'correction' })
    expect(verdict).toMatchObject({
      action: 'hold',
      visibility: 'private',
      messages: ['Corrections go privately to the author.'],
    })
    expect(details(verdict)).toEqual(['sent as a correction'])
  })

  it('should follow the owner’s action, still in private', () => {
    const verdict = judgeWith(corrections('allow'), 'The date is wrong.', { kind: 'correction' })
    expect(verdict).toMatchObject({ action: 'allow', visibility: 'private' })
  })

  it('should leave an ordinary comment public', () => {
    expect(judgeWith(corrections(), 'Nice post.')).toEqual({
      action: 'allow',
      visibility: 'public',
      fired: [],
      messages: [],
    })
  })
})
