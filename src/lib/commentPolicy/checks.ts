/**
 * Checks for rule settings. Each returns the problems with one value, named by its path, so the
 * CMS can answer 400 with the field to fix. Owners' patterns are compiled here exactly as the
 * engine compiles them, so a pattern that passes validation also compiles in the judge.
 */
import { messages } from './messages'
import { foldText } from './text'
import { type PolicyIssue } from './types'

/** Checks one settings value; `path` names it, e.g. `rules.2.settings.patterns.0`. */
export type ValueCheck = (value: unknown, path: string) => PolicyIssue[]

/** Guards that keep one policy from slowing every comment down. */
export const LIMITS = {
  rules: 100,
  /** Entries per word list or pattern list. */
  entries: 1000,
  wordLength: 100,
  /**
   * Owner patterns run on every comment. Short patterns without nested repetition, run over
   * bodies whose length is limited upstream (the length rule and the comment field), keep a
   * backtracking regular expression engine from running away.
   */
  patternLength: 200,
} as const

const issue = (path: string, message: string): PolicyIssue[] => [{ path, message }]

/** A whole number of at least `min`. */
export const wholeNumberFrom =
  (min: number): ValueCheck =>
  (value, path) =>
    Number.isInteger(value) && (value as number) >= min
      ? []
      : issue(path, messages.validation.wholeNumberFrom(min))

/** A finite number above zero. */
export const positiveNumber: ValueCheck = (value, path) =>
  typeof value === 'number' && Number.isFinite(value) && value > 0
    ? []
    : issue(path, messages.validation.positiveNumber)

/** A share in (0, 1]. */
export const ratio: ValueCheck = (value, path) =>
  typeof value === 'number' && value > 0 && value <= 1 ? [] : issue(path, messages.validation.ratio)

function listOf(value: unknown, path: string, check: ValueCheck): PolicyIssue[] {
  if (!Array.isArray(value)) return issue(path, messages.validation.notAList)
  if (value.length > LIMITS.entries)
    return issue(path, messages.validation.tooManyEntries(LIMITS.entries))
  return value.flatMap((entry, index) => check(entry, `${path}.${index}`))
}

const word: ValueCheck = (value, path) => {
  if (typeof value !== 'string' || value.trim() === '')
    return issue(path, messages.validation.notAWord)
  const entry = value.trim()
  if (entry.length > LIMITS.wordLength)
    return issue(path, messages.validation.wordTooLong(LIMITS.wordLength))
  if (entry.slice(0, -1).includes('*')) return issue(path, messages.validation.misplacedWildcard)
  if (!/[\p{L}\p{N}]/u.test(entry)) return issue(path, messages.validation.wordWithoutLetters)
  return []
}

/** A list of words and phrases, each ending in an optional `*`; may be empty. */
export const wordList: ValueCheck = (value, path) => listOf(value, path, word)

/** A list of words and phrases with at least one entry. */
export const nonEmptyWordList: ValueCheck = (value, path) =>
  Array.isArray(value) && value.length === 0
    ? issue(path, messages.validation.emptyWordList)
    : wordList(value, path)

/**
 * Compiles an owner's pattern the one way both validation and the engine use. Patterns run on
 * folded text, so they are folded too: "café" in a pattern finds both "café" and "cafe".
 */
export const compilePattern = (source: string) => new RegExp(foldText(source), 'iu')

/**
 * Whether a group containing a quantifier is itself repeated, as in `(a+)+` or `(\w*){2,}`: the
 * classic shape of catastrophic backtracking. A heuristic, not a proof: it catches the common
 * mistakes, and the length limits bound the rest.
 */
export function hasNestedRepetition(source: string): boolean {
  // Escapes and character classes cannot repeat anything, so reduce them to one plain character.
  const plain = source.replace(/\\./g, 'x').replace(/\[(?:[^\]\\]|\\.)*\]/g, 'x')
  const groups: boolean[] = []
  let quantified = false
  for (let index = 0; index < plain.length; index++) {
    const char = plain[index]
    const next = plain[index + 1]
    if (char === '(') {
      groups.push(quantified)
      quantified = false
    } else if (char === ')') {
      if (quantified && (next === '*' || next === '+' || next === '{')) return true
      // The group's inner repetition makes the enclosing group a repeating one too.
      quantified = (groups.pop() ?? false) || quantified
    } else if (char === '*' || char === '+' || char === '{') {
      quantified = true
    }
  }
  return false
}

const pattern: ValueCheck = (value, path) => {
  if (typeof value !== 'string' || value === '') return issue(path, messages.validation.notAPattern)
  if (value.length > LIMITS.patternLength) {
    return issue(path, messages.validation.patternTooLong(LIMITS.patternLength))
  }
  let compiled: RegExp
  try {
    compiled = compilePattern(value)
  } catch (error) {
    // V8 repeats the whole pattern in its message; the owner only needs the reason.
    const reason = (error as Error).message.replace(/^Invalid regular expression: \/.*\/\w*: /s, '')
    return issue(path, messages.validation.invalidPattern(reason))
  }
  if (hasNestedRepetition(foldText(value))) return issue(path, messages.validation.slowPattern)
  if (compiled.test('')) return issue(path, messages.validation.patternMatchesEverything)
  return []
}

/** A list of regular expression sources; may be empty. */
export const patternList: ValueCheck = (value, path) => listOf(value, path, pattern)
