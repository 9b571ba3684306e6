/**
 * The comment-policy rule engine: plain functions with no Payload imports, so a hook, a script
 * and a unit test judge comments the same way.
 */
export { LIMITS } from './checks'
export {
  compilePolicy,
  InvalidPolicyError,
  judge,
  judgeComment,
  type CompiledPolicy,
} from './engine'
export { explainVerdict } from './explain'
export { messages } from './messages'
export {
  countLinks,
  DEFAULT_ACTIONS,
  DEFAULT_BLOCKED_WORDS_SETTINGS,
  DEFAULT_CLOSE_AFTER_DAYS_SETTINGS,
  DEFAULT_CORRECTIONS_SETTINGS,
  DEFAULT_FIRST_COMMENT_SETTINGS,
  DEFAULT_HEATED_TONE_SETTINGS,
  DEFAULT_LENGTH_SETTINGS,
  DEFAULT_TOO_MANY_LINKS_SETTINGS,
  DEFAULT_WATCH_WORDS_SETTINGS,
  RULE_KINDS,
} from './rules'
export { countCharacters, foldText, toPlainText } from './text'
export type * from './types'
export { validatePolicyRules } from './validate'
export {
  blockFromRule,
  formIssueOf,
  formPathOf,
  ruleFromBlock,
  rulesFromBlocks,
  type RuleBlock,
  type WordRow,
} from './blocks'
export { ACTION_LABELS, actionLabel, KIND_HELP, kindLabel, type KindHelp } from './labels'
