/** What every kind of rule provides to the engine and to validation. */
import { type ValueCheck } from '../checks'
import {
  type CommentInput,
  type JudgeContext,
  type PolicyAction,
  type PolicyIssue,
  type RuleKind,
  type RuleSettings,
} from '../types'

/** A comment as the rules read it, prepared once per judgement. */
export type PreparedComment = {
  kind: CommentInput['kind']
  /** What a reader sees: `toPlainText` of the body. */
  text: string
  /** `foldText` of `text`, for word matching. */
  folded: string
}

/** What a fired rule reports; a rule that does not fire returns null. */
export type RuleHit = {
  detail: string
  visibility?: 'private'
  coolOffUntil?: string
}

export type RuleCheck = (comment: PreparedComment, context: JudgeContext) => RuleHit | null

export type RuleDefinition<K extends RuleKind> = {
  kind: K
  defaultAction: PolicyAction
  defaults: Readonly<RuleSettings[K]>
  /** One check per setting; a missing setting takes its default, which is then checked too. */
  fields: { [P in keyof RuleSettings[K]]-?: ValueCheck }
  /** Checks across settings, run once every field is valid (e.g. min <= max). */
  crossCheck?: (settings: RuleSettings[K], path: string) => PolicyIssue[]
  /** Builds the check once, with its regular expressions, from valid settings. */
  compile: (settings: RuleSettings[K]) => RuleCheck
}
