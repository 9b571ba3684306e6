/**
 * The kinds of rule and their actions in words, for the admin's forms and verdicts: a label, what
 * the rule does, and an example an owner can copy. Kept with the engine so a new kind cannot
 * arrive without them.
 */
import { type PolicyAction, type RuleKind } from './types'

export type KindHelp = { label: string; description: string; example: string }

export const KIND_HELP: { readonly [K in RuleKind]: KindHelp } = {
  watchWords: {
    label: 'Watch words',
    description:
      'Holds a comment that uses any of these words or phrases, so you read it before it appears.',
    example:
      'election*, vote*, campaign trail: a * at the end matches any ending (elections, voted).',
  },
  blockedWords: {
    label: 'Blocked words and patterns',
    description:
      'Refuses abuse and spam: whole words or phrases, and patterns (regular expressions, ticked as "pattern") for what a word list cannot spell out.',
    example: 'casino*, payday loan*; as a pattern: whats\\s?app\\W{0,3}\\+?\\d',
  },
  heatedTone: {
    label: 'Heated tone',
    description:
      'Holds a comment that shouts in capitals, uses runs of "!" or any of the insults, and gives the commenter a cool-off to edit or withdraw it.',
    example:
      '60% capitals in comments of 20 letters or more, 3 "!" in a row, a 15-minute cool-off.',
  },
  tooManyLinks: {
    label: 'Too many links',
    description: 'Holds a comment with more links than the limit: the usual sign of advertising.',
    example: 'At most 2 links.',
  },
  length: {
    label: 'Length',
    description: 'Refuses a comment shorter or longer than these bounds, counted in characters.',
    example: 'At least 2 and at most 5000 characters.',
  },
  closeAfterDays: {
    label: 'Close after days',
    description: 'Refuses new comments on posts published longer ago than this many days.',
    example: '180 days: comments close about six months after publication.',
  },
  firstComment: {
    label: 'First comment',
    description:
      'Holds the first comment from an email address no one has approved before; once one is approved, its later comments go straight through.',
    example: 'No settings: every newcomer waits once.',
  },
  corrections: {
    label: 'Corrections',
    description:
      'A comment marked as pointing out a mistake goes privately to the authors; once accepted it becomes a dated correction note on the post.',
    example: 'No settings.',
  },
}

export const ACTION_LABELS: { readonly [A in PolicyAction]: string } = {
  allow: 'Publish, with the message',
  hold: 'Hold for review',
  reject: 'Refuse',
}

/** A kind in words; an unknown one as it is. */
export const kindLabel = (kind: string): string =>
  (KIND_HELP as Record<string, KindHelp | undefined>)[kind]?.label ?? kind

/** An action in words; an unknown one as it is. */
export const actionLabel = (action: string): string =>
  (ACTION_LABELS as Record<string, string | undefined>)[action] ?? action
