/**
 * The shapes of a comment policy, a comment, and the verdict the engine returns. Plain data, so a
 * policy can be stored as JSON in the CMS and judged in a hook, a script or a test.
 */

/** What a rule does when it fires. The strictest fired action wins: reject > hold > allow. */
export type PolicyAction = 'allow' | 'hold' | 'reject'

/** Words or phrases to hold for review, e.g. election vocabulary for "no political comments". */
export type WatchWordsSettings = { words: string[] }

/** Abuse and spam: whole words, plus regular expression sources matched case-insensitively. */
export type BlockedWordsSettings = { words: string[]; patterns: string[] }

/** Signs a commenter should calm down first: shouting, "!!!", insults. */
export type HeatedToneSettings = {
  /** Share of cased letters that are capitals, in (0, 1], at or above which the comment shouts. */
  capsRatio: number
  /** The capitals check only counts for comments with at least this many cased letters. */
  minLetters: number
  /** Length of the shortest run of "!" that counts as heated. */
  exclamationRun: number
  insults: string[]
  /** How long the commenter may still edit or withdraw a held comment. */
  coolOffMinutes: number
}

export type TooManyLinksSettings = { maxLinks: number }

/** Bounds in characters, counted after trimming. */
export type LengthSettings = { min: number; max: number }

export type CloseAfterDaysSettings = { days: number }

export type FirstCommentSettings = Record<string, never>

export type CorrectionsSettings = Record<string, never>

/** The settings of each kind of rule. */
export type RuleSettings = {
  watchWords: WatchWordsSettings
  blockedWords: BlockedWordsSettings
  heatedTone: HeatedToneSettings
  tooManyLinks: TooManyLinksSettings
  length: LengthSettings
  closeAfterDays: CloseAfterDaysSettings
  firstComment: FirstCommentSettings
  corrections: CorrectionsSettings
}

export type RuleKind = keyof RuleSettings

/** One rule as the blog owner writes it. Missing settings and action fall back to the defaults. */
export type PolicyRuleOf<K extends RuleKind> = {
  /** Stable id reported in verdicts; the rule's index is used when it is missing. */
  id?: string
  title: string
  /** The owner's wording, shown to the commenter when the rule fires. */
  message: string
  kind: K
  action?: PolicyAction
  settings?: Partial<RuleSettings[K]>
}

export type PolicyRule = { [K in RuleKind]: PolicyRuleOf<K> }[RuleKind]

export type CommentPolicy = {
  name: string
  /** The owner's introduction to the policy, as plain paragraphs. */
  introduction?: string[]
  /** Evaluated in order; the order is kept in the verdict. */
  rules: PolicyRule[]
}

export type CommentInput = {
  /** Plain text or simple HTML; the engine judges what `toPlainText` makes of it. */
  body: string
  name: string
  email: string
  /** A correction points out a mistake in the post and may go privately to its authors. */
  kind: 'comment' | 'correction'
}

export type JudgeContext = {
  now: Date
  /** When the post was published; null while it is not. */
  postPublishedAt: Date | null
  /** The commenter already has approved comments. */
  trustedCommenter: boolean
  /** How many comments from this email were approved; any above zero also means trusted. */
  approvedCount?: number
}

export type FiredRule = {
  /** The rule's id, or its index in the policy when it has none. */
  ruleId: string | number
  title: string
  kind: RuleKind
  action: PolicyAction
  /** The owner's wording. */
  message: string
  /** A short machine-made explanation, e.g. `matched "election"`. */
  detail: string
}

export type Verdict = {
  action: PolicyAction
  visibility: 'public' | 'private'
  /** Every rule that fired, in policy order. */
  fired: FiredRule[]
  /** The owner's wording of every fired rule, in policy order. */
  messages: string[]
  /** ISO time until which the commenter may edit or withdraw a heated comment. */
  coolOffUntil?: string
}

/** A settings problem, with the field path the CMS names in its 400 answer. */
export type PolicyIssue = { path: string; message: string }
