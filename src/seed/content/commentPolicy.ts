/**
 * The demo blog's comment policy, written for this project: an introduction for readers and the
 * rules the comment engine applies, one of every kind.
 */
import type { CommentPolicy } from '../../lib/commentPolicy'

export const DEMO_COMMENT_POLICY: CommentPolicy & { introduction: string[] } = {
  name: 'House rules for comments',
  introduction: [
    'Thank you for reading, and for wanting to join the conversation. Questions, comments and ' +
      'honest disagreement are all welcome here. A few house rules keep the discussion worth ' +
      'reading for everyone.',
    'This blog is about faith and the events of the day, not about parties and campaigns, so ' +
      'please take political arguments elsewhere. And if something written here makes you angry, ' +
      'give it a little time before you reply.',
    'Calm, careful disagreement is welcome, and so is criticism. If you find a mistake in a post, ' +
      'please tell me: every writer builds on assumptions, and mine have gaps too. Corrections ' +
      'reach me privately, and the ones I accept become a note on the post.',
  ],
  rules: [
    {
      id: 'no-politics',
      title: 'No political comments',
      message:
        'This blog stays out of party politics, even in an election year. Because your comment ' +
        'touches on politics, the author will read it before it appears.',
      kind: 'watchWords',
      action: 'hold',
      settings: {
        words: [
          'election*',
          'ballot*',
          'vote*',
          'voting',
          'candidate*',
          'campaign trail',
          'democrat*',
          'republican*',
          'gop',
          'maga',
          'left-wing',
          'right-wing',
          'partisan*',
          'primaries',
          'polling station*',
          'senator*',
          'congressman',
          'congresswoman',
          'liberals',
          'conservatives',
        ],
      },
    },
    {
      id: 'abuse-and-spam',
      title: 'No abuse or spam',
      message: 'Abuse and advertising are not published here.',
      kind: 'blockedWords',
      action: 'reject',
      settings: {
        words: [
          'kill yourself',
          'kys',
          'viagra',
          'casino*',
          'payday loan*',
          'buy followers',
          'crypto giveaway',
        ],
        patterns: [
          // Earnings claims: "$500 a day", "USD 300 per week".
          String.raw`(?:\$|usd|€)\s?\d[\d,]*\s*(?:per|a|/)\s*(?:hour|day|week)`,
          // Contact spam: "WhatsApp +44…".
          String.raw`whats\s?app\W{0,3}\+?\d`,
          // The same letter or digit fifteen times over is filler, not writing.
          String.raw`([\p{L}\p{N}])\1{14,}`,
        ],
      },
    },
    {
      id: 'calm-down-first',
      title: 'Calm down before commenting',
      message:
        'It sounds as if this post upset you. Your comment will wait for the author; take a few ' +
        'minutes, and edit or withdraw it if you would put it differently.',
      kind: 'heatedTone',
      action: 'hold',
      settings: {
        capsRatio: 0.6,
        minLetters: 20,
        exclamationRun: 3,
        insults: [
          'idiot',
          'idiots',
          'moron*',
          'stupid',
          'liar*',
          'shut up',
          'brainwashed',
          'pathetic',
          'clown*',
        ],
        coolOffMinutes: 15,
      },
    },
    {
      id: 'too-many-links',
      title: 'Not too many links',
      message:
        'Comments with more than two links wait for the author, because that is what most spam ' +
        'looks like.',
      kind: 'tooManyLinks',
      action: 'hold',
      settings: { maxLinks: 2 },
    },
    {
      id: 'length',
      title: 'Keep it to a comment',
      message:
        'Comments must be between 2 and 5,000 characters long. Longer thoughts are welcome by ' +
        'email.',
      kind: 'length',
      action: 'reject',
      settings: { min: 2, max: 5000 },
    },
    {
      id: 'comments-close',
      title: 'Comments close after three years',
      message:
        'Comments close three years after a post is published. You are welcome to write to the ' +
        'author instead.',
      kind: 'closeAfterDays',
      action: 'reject',
      settings: { days: 1095 },
    },
    {
      id: 'first-comment',
      title: 'First comments are read first',
      message:
        'Your first comment here waits for the author to read it. Once one is approved, your ' +
        'comments usually appear straight away.',
      kind: 'firstComment',
      action: 'hold',
    },
    {
      id: 'corrections',
      title: 'Corrections go to the author',
      message:
        'Thank you for pointing out a mistake. Corrections go privately to the author, who may ' +
        'add a correction note to the post.',
      kind: 'corrections',
      action: 'hold',
    },
  ],
}
