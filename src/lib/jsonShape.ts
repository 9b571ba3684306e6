/**
 * How big parsed JSON is, measured without recursion: a hostile body can nest 100,000 deep, or
 * put 100,000 keys in one object, which costs Payload seconds of one core to walk (all other
 * requests wait) well within the byte limit. Also: no text in it may hold a NUL character, which
 * no field means and some databases cannot store (Postgres refuses it in text).
 */

/** Far deeper than any document: Lexical nests about four levels per nested list. */
export const MAX_JSON_DEPTH = 100

/**
 * What one body may hold. A 10,000-word essay's rich text is some 20,000 values, its longest
 * list a few hundred paragraphs; a document has well under a hundred fields.
 */
export const JSON_BOUNDS = {
  maxDepth: MAX_JSON_DEPTH,
  maxKeys: 1000,
  maxItems: 2000,
  maxValues: 100_000,
}

export type JsonBounds = typeof JSON_BOUNDS

export const jsonShapeMessages = {
  tooDeep: (what: string, max: number) => `${what} nests deeper than ${max} levels.`,
  tooManyKeys: (what: string, keys: number, max: number) =>
    `${what} has an object with ${keys} keys; at most ${max} are accepted.`,
  tooManyItems: (what: string, items: number, max: number) =>
    `${what} has a list of ${items} items; at most ${max} are accepted.`,
  tooManyValues: (what: string, max: number) =>
    `${what} holds more than ${max} values; send it in smaller parts.`,
  nul: (what: string, path: string) =>
    `${what} has a NUL character in ${JSON.stringify(path)}; text may not contain NUL.`,
}

const hasNul = (text: string) => text.includes('\0')

/** The dotted path of the first value (or the object holding the first key) with a NUL. */
function nulPath(value: unknown): string {
  const stack: [unknown, string][] = [[value, '']]
  while (stack.length > 0) {
    const [item, path] = stack.pop()!
    if (typeof item === 'string' && hasNul(item)) return path
    if (typeof item !== 'object' || item === null) continue
    const entries = Array.isArray(item)
      ? item.map((child, index) => [String(index), child])
      : Object.entries(item)
    for (const [key, child] of entries as [string, unknown][]) {
      const childPath = path ? `${path}.${key}` : key
      if (hasNul(key)) return childPath
      stack.push([child, childPath])
    }
  }
  return ''
}

/**
 * Why a parsed JSON value is bigger than `bounds` allow, or holds a NUL (unless `refuseNul` is
 * false), or undefined (`what` names it).
 */
export function jsonShapeProblem(
  value: unknown,
  what: string,
  bounds: JsonBounds = JSON_BOUNDS,
  refuseNul = true,
): string | undefined {
  let values = 0
  let nul = false
  const stack: [unknown, number][] = [[value, 1]]
  while (stack.length > 0) {
    const [item, depth] = stack.pop()!
    values += 1
    if (values > bounds.maxValues) return jsonShapeMessages.tooManyValues(what, bounds.maxValues)
    if (refuseNul && typeof item === 'string' && hasNul(item)) nul = true
    if (typeof item !== 'object' || item === null) continue
    if (depth > bounds.maxDepth) return jsonShapeMessages.tooDeep(what, bounds.maxDepth)
    if (Array.isArray(item)) {
      if (item.length > bounds.maxItems) {
        return jsonShapeMessages.tooManyItems(what, item.length, bounds.maxItems)
      }
      for (const child of item) stack.push([child, depth + 1])
      continue
    }
    const keys = Object.keys(item)
    if (keys.length > bounds.maxKeys) {
      return jsonShapeMessages.tooManyKeys(what, keys.length, bounds.maxKeys)
    }
    for (const key of keys) {
      if (refuseNul && hasNul(key)) nul = true
      stack.push([(item as Record<string, unknown>)[key], depth + 1])
    }
  }
  return nul ? jsonShapeMessages.nul(what, nulPath(value)) : undefined
}

/** True when a parsed JSON value nests deeper than `max` (the same walk, depth alone bounded). */
export function nestsDeeperThan(value: unknown, max: number): boolean {
  const depthOnly = { maxDepth: max, maxKeys: Infinity, maxItems: Infinity, maxValues: Infinity }
  return jsonShapeProblem(value, '', depthOnly, false) !== undefined
}
