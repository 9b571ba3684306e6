/**
 * What a REST query string may ask, checked where it enters (src/lib/http/api.ts) before Payload
 * or the read cache sees it. Pure: it sees the query string and whether the caller is anonymous.
 *
 * Payload reads the query with `qs` (`joins[posts][limit]=5` is `{ joins: { posts: { limit } } }`)
 * and turns what does not parse into a 500 or, worse, into no limit at all (`limit[]=0` is the
 * number 0, which means every row). So each parameter Payload reads as a number, a switch or an
 * object must be given once, in its plain form, with a sane value:
 *
 * - `depth`: a whole number (Payload serves at most `maxDepth`, 3);
 * - `limit` and `joins[name][limit]`: a whole number; for an anonymous reader 1 to 100, so a
 *   public read never returns a whole table;
 * - `page` and `joins[name][page]`: a whole number from 1;
 * - `pagination`: true or false, and never false for an anonymous reader;
 * - `where` and `data`: an object in brackets (`where[title][equals]=…`) or JSON of one; in
 *   `where`, a comparison takes one value (`in`, `not_in` and `all` a list of them);
 * - `joins[name]`: true, false, or an object in brackets.
 */
import type { IncomingHttpHeaders } from 'node:http'

/** Most documents an anonymous reader gets in one page, of a list or of a join. */
export const MAX_ANONYMOUS_LIMIT = 100
/** Largest number any of these parameters may take. */
export const MAX_QUERY_NUMBER = 1_000_000

export const queryMessages = {
  once: (name: string) => `${name}: give it once, as a plain value (${name}=…).`,
  whole: (name: string, value: string, min: number, max: number) =>
    `${name}: must be a whole number from ${min} to ${max} (got "${value}").`,
  anonymousLimit: (name: string, value: string) =>
    `${name}: must be a whole number from 1 to ${MAX_ANONYMOUS_LIMIT} when not signed in ` +
    `(got "${value}"); ask for the next page with page=2.`,
  switch: (name: string, value: string) => `${name}: must be true or false (got "${value}").`,
  anonymousPagination: () =>
    `pagination: stays on when not signed in; ask for at most ${MAX_ANONYMOUS_LIMIT} ` +
    `documents a page with limit and page.`,
  object: (name: string) =>
    `${name}: must be an object, in brackets (${name}[title][equals]=…) or as JSON.`,
  join: (name: string, value: string) =>
    `${name}: must be true, false, or an object such as ${name}[limit]=5 (got "${value}").`,
  joinName: () => 'joins: name the join field, as in joins[posts][limit]=5 or joins[posts]=false.',
  oneValue: (name: string) => `${name}: takes one value, as in ${name}=…`,
  listValue: (name: string) => `${name}: takes a list of values, as in ${name}[]=… or ${name}=a,b`,
  geo: (name: string) =>
    `${name}: near, within and intersects compare points, and this site has no point fields.`,
}

/** Payload's comparisons that take one value, and those that take a list. */
const SINGLE_VALUE_OPERATORS = new Set([
  'equals',
  'not_equals',
  'like',
  'not_like',
  'contains',
  'exists',
  'greater_than',
  'greater_than_equal',
  'less_than',
  'less_than_equal',
])
const LIST_OPERATORS = new Set(['in', 'not_in', 'all'])
/**
 * Payload's comparisons for point fields. The schema has none (payload-types.ts), and on any
 * other field the adapters fail inside the query: refused here. A point field added later would
 * have to be let through by name.
 */
const GEO_OPERATORS = new Set(['near', 'within', 'intersects'])

/** The bracketed name of the first geo comparison in a where, as a key path or a parsed JSON object. */
function geoOperatorIn(path: string[]): string | undefined {
  const at = path.findIndex((segment, i) => i > 1 && GEO_OPERATORS.has(segment))
  return at === -1
    ? undefined
    : `${path[0]}${path
        .slice(1, at + 1)
        .map((s) => `[${s}]`)
        .join('')}`
}

function geoOperatorInJson(value: unknown, path: string[]): string | undefined {
  if (!value || typeof value !== 'object') return undefined
  for (const [key, child] of Object.entries(value)) {
    const found = geoOperatorIn([...path, key]) ?? geoOperatorInJson(child, [...path, key])
    if (found) return found
  }
  return undefined
}

/** `where[title][equals][a]=…` would reach the database as an object: refused here. */
function whereValueProblem(path: string[]): string | undefined {
  const at = path.findIndex(
    (segment, i) => i > 1 && (SINGLE_VALUE_OPERATORS.has(segment) || LIST_OPERATORS.has(segment)),
  )
  if (at === -1) return undefined
  const name = `where${path
    .slice(1, at + 1)
    .map((segment) => `[${segment}]`)
    .join('')}`
  const rest = path.slice(at + 1)
  if (SINGLE_VALUE_OPERATORS.has(path[at]!))
    return rest.length > 0 ? queryMessages.oneValue(name) : undefined
  return rest.length > 1 || (rest.length === 1 && !/^\d*$/.test(rest[0]!))
    ? queryMessages.listValue(name)
    : undefined
}

/** The path `qs` makes of a key: `joins[posts][limit]` is joins → posts → limit. */
export function keyPath(key: string): string[] {
  const open = key.indexOf('[')
  if (open === -1) return [key]
  const path = open > 0 ? [key.slice(0, open)] : []
  const brackets = /\[([^[\]]*)\]/y
  brackets.lastIndex = open
  let match: RegExpExecArray | null
  let end = open
  while ((match = brackets.exec(key))) {
    path.push(match[1]!)
    end = brackets.lastIndex
  }
  // qs keeps an unbalanced remainder as one more segment.
  if (end < key.length) path.push(key.slice(end))
  return path
}

type Entry = { path: string[]; name: string; value: string }

function wholeNumber(value: string, min: number): boolean {
  return /^\d{1,7}$/.test(value) && Number(value) >= min && Number(value) <= MAX_QUERY_NUMBER
}

function isJsonObject(value: string): boolean {
  try {
    const parsed: unknown = JSON.parse(value)
    return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)
  } catch {
    return false
  }
}

function numberProblem(
  name: string,
  value: string,
  min: number,
  anonymousLimit: boolean,
): string | undefined {
  if (anonymousLimit && !(wholeNumber(value, 1) && Number(value) <= MAX_ANONYMOUS_LIMIT))
    return queryMessages.anonymousLimit(name, value)
  if (!wholeNumber(value, min)) return queryMessages.whole(name, value, min, MAX_QUERY_NUMBER)
  return undefined
}

/**
 * The first thing wrong with the query string, as a message naming the parameter; undefined when
 * Payload may have it.
 */
export function queryBoundsProblem(
  search: string,
  { anonymous }: { anonymous: boolean },
): string | undefined {
  const byName = new Map<string, Entry[]>()
  const add = (entry: Entry) => byName.set(entry.name, [...(byName.get(entry.name) ?? []), entry])
  for (const [key, value] of new URLSearchParams(search)) {
    const path = keyPath(key)
    const root = path[0]
    if (root === 'depth' || root === 'limit' || root === 'page' || root === 'pagination') {
      if (path.length > 1) return queryMessages.once(root)
      add({ path, name: root, value })
    } else if (root === 'where' || root === 'data') {
      const geo = root === 'where' ? geoOperatorIn(path) : undefined
      if (geo) return queryMessages.geo(geo)
      const problem = root === 'where' ? whereValueProblem(path) : undefined
      if (problem) return problem
      add({ path, name: root, value })
    } else if (root === 'joins') {
      if (path.length === 1) return queryMessages.joinName()
      const join = `joins[${path[1]}]`
      if (path.length === 2) add({ path, name: join, value })
      else if (path[2] === 'limit' || path[2] === 'page') {
        const name = `${join}[${path[2]}]`
        if (path.length > 3) return queryMessages.once(name)
        add({ path, name, value })
      }
    }
  }
  for (const [name, entries] of byName) {
    if (name === 'where' || name === 'data') {
      const plain = entries.filter((entry) => entry.path.length === 1)
      // Either one JSON object or bracketed keys; qs would merge a mix into something else.
      if (plain.length === 0) continue
      if (entries.length > 1 || !isJsonObject(plain[0]!.value)) return queryMessages.object(name)
      const geo =
        name === 'where' ? geoOperatorInJson(JSON.parse(plain[0]!.value), ['where']) : undefined
      if (geo) return queryMessages.geo(geo)
      continue
    }
    if (entries[0]!.path[0] === 'joins' && entries[0]!.path.length === 2) {
      if (entries.length > 1) return queryMessages.once(name)
      const { value } = entries[0]!
      if (value !== 'true' && value !== 'false') return queryMessages.join(name, value)
      continue
    }
    if (entries.length > 1) return queryMessages.once(name)
    const { value } = entries[0]!
    if (name === 'pagination') {
      if (value !== 'true' && value !== 'false') return queryMessages.switch(name, value)
      if (anonymous && value === 'false') return queryMessages.anonymousPagination()
      continue
    }
    const isLimit = name === 'limit' || name.endsWith('[limit]')
    const min = name === 'page' || name.endsWith('[page]') ? 1 : 0
    const problem = numberProblem(name, value, min, anonymous && isLimit)
    if (problem) return problem
  }
  return undefined
}

/**
 * A POST that Payload answers as a GET with the query string in its body (its admin does this
 * for long filters): the body must pass the same checks.
 */
export function isQueryInBody(method: string, headers: IncomingHttpHeaders): boolean {
  const override = headers['x-payload-http-method-override'] ?? headers['x-http-method-override']
  return (
    method === 'POST' &&
    override === 'GET' &&
    headers['content-type'] === 'application/x-www-form-urlencoded'
  )
}
