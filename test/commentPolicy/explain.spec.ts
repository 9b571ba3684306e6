import { explainVerdict, type FiredRule, type Verdict } from '../../src/lib/commentPolicy'

const verdict = (overrides: Partial<Verdict>): Verdict => ({
  action: 'allow',
  visibility: 'public',
  fired: [] as FiredRule[],
  messages: [],
  ...overrides,
})

describe('explainVerdict', () => {
  it('should say a comment with no objections is published', () => {
    expect(explainVerdict(verdict({}))).toBe('Your comment is published.')
  })

  it('should add the notes of allow rules', () => {
    expect(explainVerdict(verdict({ messages: ['Thank you for the kind words'] }))).toBe(
      'Your comment is published. Thank you for the kind words.',
    )
  })

  it('should give every reason for a hold once, as sentences, with the cool-off time', () => {
    const held = verdict({
      action: 'hold',
      messages: ['Please leave politics out', 'Take a breath first.', 'Please leave politics out'],
      coolOffUntil: '2024-03-20T12:15:00.000Z',
    })
    expect(explainVerdict(held)).toBe(
      "Your comment is held for the author's review: Please leave politics out. Take a breath " +
        'first. You can still edit or withdraw it until 2024-03-20 12:15 UTC.',
    )
  })

  it('should say when only the author will see the comment', () => {
    const correction = verdict({ action: 'hold', visibility: 'private', messages: ['Thanks!'] })
    expect(explainVerdict(correction)).toBe(
      "Your comment is held for the author's review: Thanks! Only the author will see it.",
    )
  })

  it('should explain a rejection without offering a cool-off', () => {
    const rejected = verdict({
      action: 'reject',
      messages: ['Comments are closed.'],
      coolOffUntil: '2024-03-20T12:15:00.000Z',
    })
    expect(explainVerdict(rejected)).toBe('Your comment was not accepted: Comments are closed.')
  })
})
