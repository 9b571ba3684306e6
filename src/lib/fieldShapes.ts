/**
 * Whether incoming data has the shape its fields can hold, before anything reads it. Payload
 * validates values, but several of its steps (and ours) assume the type first: a group sent as
 * `null`, a date as `{}`, a single relationship as `[]` or an email as a number crash them with a
 * 500, and drafts skip validation altogether. This checks the *type* of every value sent against
 * its field's config, through groups, tabs, rows, arrays and blocks, and accepts every form
 * Payload itself takes: populated references (`{ id, … }`), polymorphic ones
 * (`{ relationTo, value }`), numbers and checkboxes as strings, rich text as a JSON string,
 * cleared references (`''`, `'null'`), `null` for any value but a group.
 *
 * Pure: the plugin (src/plugins/fieldShapes.ts) turns problems into Payload's ValidationError.
 */
import type { Block, Field, Option } from 'payload'

export type ShapeProblem = {
  /** The field's path as Payload names it (`meta.image`, `items.0.caption`); '' for the data. */
  path: string
  message: string
}

export type ShapeOptions = {
  /** An auth collection: a `password` may come with the data. */
  auth?: boolean
  /** Blocks declared once in the config (`blockReferences`), by slug. */
  blocks?: Record<string, Block>
  /** Stop after this many problems. */
  maxProblems?: number
  /**
   * Set a list (array or blocks field) sent as `null` to `[]` in place: that is what it means,
   * and Payload's SQLite adapter fails on a null list instead of storing none.
   */
  emptyNullLists?: boolean
  /**
   * What a document ID looks like on this database (src/lib/database.ts): a reference that could
   * never be one is refused here, before a database that types its keys fails on it. Without
   * it, any non-empty string or finite number.
   */
  isDocumentId?: (value: string) => boolean
}

export const shapeMessages = {
  data: 'The data must be an object of field values.',
  text: 'must be text (a string) or null.',
  texts: 'must be a list of strings, or null.',
  number: 'must be a number or null.',
  numbers: 'must be a list of numbers, or null.',
  checkbox: 'must be true or false.',
  date: 'must be a date (an ISO 8601 string such as "2026-01-31T09:00:00.000Z") or null.',
  group: 'must be an object of field values.',
  list: 'must be a list (an array) of rows, or null.',
  row: 'must be an object of field values (one row).',
  blockType: (slugs: string[]) => `must name the block: one of ${slugs.join(', ')}.`,
  option: (values: string[]) => `must be one of ${values.join(', ')}, or null.`,
  options: (values: string[]) => `must be a list of values from ${values.join(', ')}, or null.`,
  reference: (relationTo: string) =>
    `must be the ID of a document in ${relationTo} (or that document), or null.`,
  references: (relationTo: string) =>
    `must be a list of IDs of documents in ${relationTo} (or those documents), or null.`,
  polymorphic: (relationTo: string[]) =>
    `must be { "relationTo": one of ${relationTo.join(', ')}, "value": an ID }, or null.`,
  polymorphics: (relationTo: string[]) =>
    `must be a list of { "relationTo": one of ${relationTo.join(', ')}, "value": an ID }, or null.`,
  richText: 'must be rich text (an editor state object) or null.',
  point: 'must be a [longitude, latitude] pair of numbers, or null.',
  password: 'must be text (a string).',
}

type Data = Record<string, unknown>

export const isPlainObject = (value: unknown): value is Data =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date)

const isNumeric = (value: unknown) =>
  (typeof value === 'number' && Number.isFinite(value)) ||
  (typeof value === 'string' && (value.trim() === '' || Number.isFinite(Number(value))))

const isDate = (value: unknown) =>
  value === '' ||
  (typeof value === 'string' && !Number.isNaN(Date.parse(value))) ||
  (value instanceof Date && !Number.isNaN(value.getTime()))

/** The forms Payload clears a reference with. */
const CLEARED = new Set<unknown>([null, '', 'none', 'null'])

type IdCheck = (value: unknown) => boolean

const anyId: IdCheck = (value) =>
  (typeof value === 'string' && value !== '') ||
  (typeof value === 'number' && Number.isFinite(value))

const idCheckOf = (options: ShapeOptions): IdCheck => {
  const isDocumentId = options.isDocumentId
  return isDocumentId ? (value) => typeof value === 'string' && isDocumentId(value) : anyId
}

/** An ID, or a populated document that carries one. */
const isReference = (value: unknown, isId: IdCheck) =>
  isId(value) || (isPlainObject(value) && isId(value.id))

const isPolymorphic = (value: unknown, relationTo: string[], isId: IdCheck) =>
  isPlainObject(value) &&
  typeof value.relationTo === 'string' &&
  relationTo.includes(value.relationTo) &&
  isReference(value.value, isId)

const optionValues = (options: readonly Option[]) =>
  options.map((option) => (typeof option === 'string' ? option : option.value))

function isRichText(value: unknown): boolean {
  if (isPlainObject(value)) return true
  if (typeof value !== 'string') return false
  try {
    return isPlainObject(JSON.parse(value))
  } catch {
    // Not JSON: not rich text either.
    return false
  }
}

type Walk = {
  problems: ShapeProblem[]
  options: ShapeOptions
  max: number
  isId: IdCheck
}

const join = (prefix: string, name: string | number) => (prefix ? `${prefix}.${name}` : `${name}`)

/** The message for a value that is not a reference the field can hold, or undefined. */
function relationshipProblem(
  field: Extract<Field, { type: 'relationship' | 'upload' }>,
  value: unknown,
  isId: IdCheck,
): string | undefined {
  const relationTo = field.relationTo as string | string[]
  const one = Array.isArray(relationTo)
    ? (item: unknown) => isPolymorphic(item, relationTo, isId)
    : (item: unknown) => isReference(item, isId)
  if (CLEARED.has(value)) return undefined
  if (field.hasMany) {
    if (Array.isArray(value) && value.every(one)) return undefined
    return Array.isArray(relationTo)
      ? shapeMessages.polymorphics(relationTo)
      : shapeMessages.references(relationTo)
  }
  if (one(value)) return undefined
  return Array.isArray(relationTo)
    ? shapeMessages.polymorphic(relationTo)
    : shapeMessages.reference(relationTo)
}

function checkRows(
  container: Data,
  name: string,
  path: string,
  walk: Walk,
  fieldsOf: (row: Data, rowPath: string) => readonly Field[] | undefined,
) {
  const rows = container[name]
  // Payload itself reads 0 as no rows (the admin's old way of saying so).
  if (rows === null || rows === 0 || rows === '0') {
    if (walk.options.emptyNullLists) container[name] = []
    return
  }
  if (!Array.isArray(rows)) {
    walk.problems.push({ path, message: shapeMessages.list })
    return
  }
  rows.forEach((row, index) => {
    // Payload drops empty rows itself.
    if (row === null || row === undefined) return
    const rowPath = join(path, index)
    if (!isPlainObject(row)) {
      walk.problems.push({ path: rowPath, message: shapeMessages.row })
      return
    }
    const fields = fieldsOf(row, rowPath)
    if (fields) checkFields(row, fields, rowPath, walk)
  })
}

function checkValue(field: Field, container: Data, path: string, walk: Walk) {
  const value = 'name' in field && field.name ? container[field.name] : undefined
  const problem = (message: string) => walk.problems.push({ path, message })
  switch (field.type) {
    case 'text':
    case 'textarea':
    case 'email':
    case 'code': {
      const hasMany = 'hasMany' in field && field.hasMany
      if (value === null) return
      if (hasMany) {
        if (!Array.isArray(value) || !value.every((item) => typeof item === 'string'))
          problem(shapeMessages.texts)
      } else if (typeof value !== 'string') problem(shapeMessages.text)
      return
    }
    case 'number':
      if (value === null) return
      if (field.hasMany) {
        if (!Array.isArray(value) || !value.every(isNumeric)) problem(shapeMessages.numbers)
      } else if (!isNumeric(value)) problem(shapeMessages.number)
      return
    case 'checkbox':
      if (
        value !== null &&
        typeof value !== 'boolean' &&
        !['true', 'false', ''].includes(value as string)
      )
        problem(shapeMessages.checkbox)
      return
    case 'date':
      if (value !== null && !isDate(value)) problem(shapeMessages.date)
      return
    case 'select':
    case 'radio': {
      if (value === null || value === '') return
      const values = optionValues(field.options)
      const hasMany = field.type === 'select' && field.hasMany
      if (hasMany) {
        if (!Array.isArray(value) || !value.every((item) => values.includes(item as string)))
          problem(shapeMessages.options(values))
      } else if (!values.includes(value as string)) problem(shapeMessages.option(values))
      return
    }
    case 'relationship':
    case 'upload': {
      const message = relationshipProblem(field, value, walk.isId)
      if (message) problem(message)
      return
    }
    case 'richText':
      if (value !== null && !isRichText(value)) problem(shapeMessages.richText)
      return
    case 'point':
      if (value !== null && !(Array.isArray(value) && value.length === 2 && value.every(isNumeric)))
        problem(shapeMessages.point)
      return
    case 'group':
      if (!isPlainObject(value)) problem(shapeMessages.group)
      else checkFields(value, field.fields, path, walk)
      return
    case 'array':
      checkRows(container, field.name, path, walk, () => field.fields)
      return
    case 'blocks': {
      const blocks = [
        ...(field.blocks ?? []),
        ...(field.blockReferences ?? []).map((block) =>
          typeof block === 'string' ? walk.options.blocks?.[block] : block,
        ),
      ].filter((block): block is Block => Boolean(block))
      checkRows(container, field.name, path, walk, (row, rowPath) => {
        const block = blocks.find(({ slug }) => slug === row.blockType)
        if (!block) {
          walk.problems.push({
            path: join(rowPath, 'blockType'),
            message: shapeMessages.blockType(blocks.map(({ slug }) => slug)),
          })
        }
        return block?.fields
      })
      return
    }
    default:
      // json takes any value; join and ui fields hold no data.
      return
  }
}

function checkFields(data: Data, fields: readonly Field[], prefix: string, walk: Walk) {
  for (const field of fields) {
    if (walk.problems.length >= walk.max) return
    if (field.type === 'row' || field.type === 'collapsible') {
      checkFields(data, field.fields, prefix, walk)
      continue
    }
    if (field.type === 'tabs') {
      for (const tab of field.tabs) {
        if ('name' in tab && tab.name) {
          const value = data[tab.name]
          const path = join(prefix, tab.name)
          if (value === undefined) continue
          if (!isPlainObject(value)) walk.problems.push({ path, message: shapeMessages.group })
          else checkFields(value, tab.fields, path, walk)
        } else checkFields(data, tab.fields, prefix, walk)
      }
      continue
    }
    if (!('name' in field) || !field.name) {
      // An unnamed group only groups fields in the admin; its fields sit beside it.
      if (field.type === 'group') checkFields(data, field.fields, prefix, walk)
      continue
    }
    // Localized values arrive as a map of locales with `locale=all`; virtual paths are read-only.
    if (
      ('localized' in field && field.localized) ||
      ('virtual' in field && typeof field.virtual === 'string')
    )
      continue
    if (data[field.name] === undefined) continue
    checkValue(field, data, join(prefix, field.name), walk)
  }
}

/** Every value in `data` whose type its field cannot hold (at most `maxProblems`, default 10). */
export function fieldShapeProblems(
  data: unknown,
  fields: readonly Field[],
  options: ShapeOptions = {},
): ShapeProblem[] {
  if (!isPlainObject(data)) return [{ path: '', message: shapeMessages.data }]
  const walk: Walk = {
    problems: [],
    options,
    max: options.maxProblems ?? 10,
    isId: idCheckOf(options),
  }
  if (options.auth && data.password !== undefined && typeof data.password !== 'string') {
    walk.problems.push({ path: 'password', message: shapeMessages.password })
  }
  checkFields(data, fields, '', walk)
  return walk.problems.slice(0, walk.max)
}
