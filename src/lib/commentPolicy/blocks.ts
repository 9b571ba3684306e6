/**
 * A rule as the admin's form holds it (one block per kind: words as rows, numbers as numbers)
 * and as the engine reads it (`PolicyRule`, settings as named values), both ways. Plain
 * functions, so the collection's hook, the migration of older policies and a unit test convert
 * alike. The engine's validation issues name engine paths (`rules.2.settings.words.0`);
 * `formPathOf` turns them into the form field to fix (`rules.2.words.0.word`).
 */
import { isRuleKind } from './rules'
import {
  type PolicyAction,
  type PolicyIssue,
  type PolicyRule,
  type RuleKind,
  type RuleSettings,
} from './types'

/** One row of a word list: a word or phrase, or (where the kind takes them) a pattern. */
export type WordRow = { word?: string | null; pattern?: boolean | null; id?: string | null }

type Common = {
  id?: string | null
  blockName?: string | null
  title?: string | null
  message?: string | null
  action?: PolicyAction | null
  /** The rule's stable id, reported in verdicts and used to filter the queue. */
  ruleId?: string | null
}

type Num = number | null | undefined

/** The fields of each kind's block, beside the common ones. */
export type BlockFields = {
  watchWords: { words?: WordRow[] | null }
  blockedWords: { words?: WordRow[] | null }
  heatedTone: {
    /** `capsRatio` as a percentage, which is how people say it. */
    capitalsPercent?: Num
    minLetters?: Num
    exclamationRun?: Num
    insults?: WordRow[] | null
    coolOffMinutes?: Num
  }
  tooManyLinks: { maxLinks?: Num }
  length: { min?: Num; max?: Num }
  closeAfterDays: { days?: Num }
  firstComment: Record<never, never>
  corrections: Record<never, never>
}

export type RuleBlockOf<K extends RuleKind> = Common & { blockType: K } & BlockFields[K]
export type RuleBlock = { [K in RuleKind]: RuleBlockOf<K> }[RuleKind]

const given = (value: Num): number | undefined =>
  typeof value === 'number' && Number.isFinite(value) ? value : undefined

const textOf = (row: WordRow) => row.word ?? ''
const words = (rows: WordRow[] | null | undefined) => (rows ?? []).map(textOf)
const rowsOf = (list: readonly string[] | undefined, pattern?: boolean): WordRow[] =>
  (list ?? []).map((word) => (pattern === undefined ? { word } : { word, pattern }))

/** Drops settings the owner left empty, so the engine's defaults apply to them. */
function defined<T extends Record<string, unknown>>(settings: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(settings).filter(([, value]) => value !== undefined),
  ) as Partial<T>
}

// Four decimals keep 0.6 as 60 and back, without the float noise of `0.07 * 100`.
const round = (value: number) => Math.round(value * 10_000) / 10_000

const TO_SETTINGS: { [K in RuleKind]: (block: RuleBlockOf<K>) => Partial<RuleSettings[K]> } = {
  watchWords: (block) => ({ words: words(block.words) }),
  blockedWords: (block) => ({
    words: (block.words ?? []).filter((row) => !row.pattern).map(textOf),
    patterns: (block.words ?? []).filter((row) => row.pattern).map(textOf),
  }),
  heatedTone: (block) =>
    defined({
      capsRatio:
        given(block.capitalsPercent) === undefined
          ? undefined
          : round((block.capitalsPercent as number) / 100),
      minLetters: given(block.minLetters),
      exclamationRun: given(block.exclamationRun),
      insults: words(block.insults),
      coolOffMinutes: given(block.coolOffMinutes),
    }),
  tooManyLinks: (block) => defined({ maxLinks: given(block.maxLinks) }),
  length: (block) => defined({ min: given(block.min), max: given(block.max) }),
  closeAfterDays: (block) => defined({ days: given(block.days) }),
  firstComment: () => ({}),
  corrections: () => ({}),
}

const FROM_SETTINGS: {
  [K in RuleKind]: (settings: Partial<RuleSettings[K]>) => BlockFields[K]
} = {
  watchWords: (settings) => ({ words: rowsOf(settings.words) }),
  blockedWords: (settings) => ({
    words: [...rowsOf(settings.words, false), ...rowsOf(settings.patterns, true)],
  }),
  heatedTone: (settings) => ({
    capitalsPercent:
      typeof settings.capsRatio === 'number' ? round(settings.capsRatio * 100) : undefined,
    minLetters: settings.minLetters,
    exclamationRun: settings.exclamationRun,
    insults: rowsOf(settings.insults),
    coolOffMinutes: settings.coolOffMinutes,
  }),
  tooManyLinks: (settings) => ({ maxLinks: settings.maxLinks }),
  length: (settings) => ({ min: settings.min, max: settings.max }),
  closeAfterDays: (settings) => ({ days: settings.days }),
  firstComment: () => ({}),
  corrections: () => ({}),
}

/** A block as the engine's rule; the rule's position stands in for a missing id. */
export function ruleFromBlock(block: RuleBlock, index: number): PolicyRule {
  const toSettings = TO_SETTINGS[block.blockType] as (block: RuleBlock) => object
  return {
    id: block.ruleId || String(index),
    title: block.title ?? '',
    message: block.message ?? '',
    kind: block.blockType,
    action: block.action || undefined,
    settings: toSettings(block),
  } as PolicyRule
}

/** Every block as the engine's rules, in order. An unknown block type is kept for validation. */
export function rulesFromBlocks(blocks: readonly RuleBlock[] | null | undefined): PolicyRule[] {
  return (blocks ?? []).map((block, index) =>
    isRuleKind(block.blockType)
      ? ruleFromBlock(block, index)
      : ({ id: block.ruleId || String(index), title: block.title, kind: block.blockType } as never),
  )
}

/** An engine rule (a seed, an older policy's stored row) as the block the form shows. */
export function blockFromRule(rule: PolicyRule): RuleBlock {
  const fromSettings = FROM_SETTINGS[rule.kind] as (settings: object) => object
  const settings = (rule.settings ?? {}) as object
  // Settings left out stay out (null in the form), so they keep following the defaults.
  const fields = Object.fromEntries(
    Object.entries(fromSettings(settings)).filter(([, value]) => value !== undefined),
  )
  return {
    blockType: rule.kind,
    title: rule.title,
    message: rule.message,
    action: rule.action ?? null,
    ruleId: rule.id ?? null,
    ...fields,
  } as RuleBlock
}

/** Where the form holds each engine setting of a kind, when the names differ. */
const SETTING_FIELDS: Partial<Record<RuleKind, Record<string, string>>> = {
  heatedTone: { capsRatio: 'capitalsPercent' },
}

/**
 * The form field an engine issue is about: `rules.2.settings.words.0` is the first word row of
 * rule 3 (for blocked words, the first row that is not a pattern), `rules.2.id` its rule id.
 */
export function formPathOf(blocks: readonly RuleBlock[], path: string): string {
  const match = /^rules\.(\d+)\.(.+)$/.exec(path)
  if (!match) return path
  const index = Number(match[1])
  const rest = match[2]
  const block = blocks[index]
  const base = `rules.${index}`
  if (rest === 'id') return `${base}.ruleId`
  if (!block || !rest.startsWith('settings')) return `${base}.${rest}`
  const [, key, entry] = /^settings(?:\.([^.]+))?(?:\.(\d+))?/.exec(rest) ?? []
  if (!key) return base
  if (block.blockType === 'blockedWords' && (key === 'words' || key === 'patterns')) {
    if (entry === undefined) return `${base}.words`
    const wanted = key === 'patterns'
    const rows = (block.words ?? [])
      .map((row, rowIndex) => ({ row, rowIndex }))
      .filter(({ row }) => Boolean(row.pattern) === wanted)
    const found = rows[Number(entry)]
    return found ? `${base}.words.${found.rowIndex}.word` : `${base}.words`
  }
  const field = SETTING_FIELDS[block.blockType]?.[key] ?? key
  return entry === undefined ? `${base}.${field}` : `${base}.${field}.${entry}.word`
}

/** An engine issue as the form reports it: on the field, naming the rule by its title. */
export function formIssueOf(blocks: readonly RuleBlock[], issue: PolicyIssue): PolicyIssue {
  const index = Number(/^rules\.(\d+)/.exec(issue.path)?.[1])
  const title = Number.isInteger(index) ? blocks[index]?.title?.trim() : undefined
  const rule = Number.isInteger(index) ? `Rule ${index + 1}${title ? ` ("${title}")` : ''}: ` : ''
  return { path: formPathOf(blocks, issue.path), message: `${rule}${issue.message}` }
}
