/**
 * Every user-facing string of the comment policy in one place: what the commenter reads about a
 * verdict, the short details moderators see, and what the blog owner is told about a bad rule.
 */

const list = (words: readonly string[]) => words.map((word) => `"${word}"`).join(', ')
const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`

export const messages = {
  verdict: {
    published: 'Your comment is published.',
    held: "Your comment is held for the author's review",
    rejected: 'Your comment was not accepted',
    privately: 'Only the author will see it.',
    coolOff: (until: string) => `You can still edit or withdraw it until ${until}.`,
  },
  detail: {
    matchedWords: (words: readonly string[]) => `matched ${list(words)}`,
    matchedPattern: (source: string) => `matched pattern /${source}/`,
    capitals: (percent: number) => `${percent}% capitals`,
    exclamations: (length: number) => `run of ${length} "!"`,
    insults: (words: readonly string[]) => `insult ${list(words)}`,
    links: (count: number, limit: number) => `${plural(count, 'link', 'links')}, limit ${limit}`,
    tooShort: (count: number, min: number) =>
      `${plural(count, 'character', 'characters')}, minimum ${min}`,
    tooLong: (count: number, max: number) =>
      `${plural(count, 'character', 'characters')}, maximum ${max}`,
    closed: (daysAgo: number, days: number) =>
      `published ${plural(daysAgo, 'day', 'days')} ago, comments close after ${days}`,
    firstComment: 'no approved comments from this commenter yet',
    correction: 'sent as a correction',
  },
  validation: {
    rulesNotAList: 'The rules must be a list.',
    tooManyRules: (max: number) => `A policy can have at most ${max} rules.`,
    ruleNotAnObject: 'Each rule needs a title, a message, a kind and its settings.',
    titleMissing: 'Give the rule a title.',
    messageMissing: 'Write the message the commenter will see when this rule applies.',
    unknownKind: (kinds: readonly string[]) => `Choose one of these kinds: ${kinds.join(', ')}.`,
    unknownAction: 'Choose allow, hold or reject.',
    idNotText: 'The id must be text.',
    duplicateId: (id: string) => `Another rule already uses the id "${id}".`,
    settingsNotAnObject: 'The settings must be a set of named values.',
    unknownSetting: (key: string, kind: string) => `"${key}" is not a setting of ${kind}.`,
    wholeNumberFrom: (min: number) => `Use a whole number of ${min} or more.`,
    positiveNumber: 'Use a number above 0.',
    ratio: 'Use a share above 0 and at most 1, e.g. 0.6 for 60%.',
    minAboveMax: (min: number, max: number) =>
      `The minimum (${min}) is larger than the maximum (${max}).`,
    notAList: 'Use a list.',
    tooManyEntries: (max: number) => `Use at most ${max} entries.`,
    emptyWordList: 'Add at least one word or phrase.',
    notAWord: 'Each entry must be a word or phrase.',
    wordTooLong: (max: number) => `Keep each word or phrase to at most ${max} characters.`,
    misplacedWildcard: 'A * may only end a word, as in democrat*.',
    wordWithoutLetters: 'A word needs at least one letter or digit.',
    nothingToBlock: 'Add at least one word or pattern.',
    notAPattern: 'Each pattern must be a non-empty regular expression.',
    patternTooLong: (max: number) => `Keep each pattern to at most ${max} characters.`,
    invalidPattern: (reason: string) => `This is not a valid regular expression: ${reason}`,
    slowPattern:
      'A repeated group that itself repeats, as in (a+)+, can make matching very slow; simplify it.',
    patternMatchesEverything: 'This pattern matches an empty comment, so it would match every one.',
    invalidPolicy: (name: string, problems: readonly string[]) =>
      `The comment policy "${name}" cannot be used: ${problems.join('; ')}`,
  },
} as const
