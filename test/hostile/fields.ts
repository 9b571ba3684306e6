/**
 * The schema as the hostile suite sees it (from the sanitized Payload config), and wrong values
 * for each kind of field: the wrong type, out of range, over the limit, unknown option, missing
 * reference, broken rich text, nesting deep enough to hurt a recursive walk.
 */
import { randomUUID } from 'node:crypto'

import type { FlattenedField, SanitizedConfig } from 'payload'

export type FieldInfo = {
  name: string
  type: string
  hasMany: boolean
  maxLength?: number
  max?: number
  maxRows?: number
  relationTo?: string | string[]
  /** Sub-fields of arrays, groups and tabs (one level is enough to reach their validators). */
  fields?: FieldInfo[]
}

/** A collection or global: its slug and its fields. */
export type CollectionInfo = { slug: string; fields: FieldInfo[] }

export type SchemaInfo = { collections: CollectionInfo[]; globals: CollectionInfo[] }

function fieldInfo(field: FlattenedField): FieldInfo {
  const loose = field as FlattenedField & Record<string, unknown>
  const number = (key: string) =>
    typeof loose[key] === 'number' ? (loose[key] as number) : undefined
  const sub = loose.flattenedFields as FlattenedField[] | undefined
  return {
    name: field.name,
    type: field.type,
    hasMany: loose.hasMany === true,
    maxLength: number('maxLength'),
    max: number('max'),
    maxRows: number('maxRows'),
    relationTo: loose.relationTo as string | string[] | undefined,
    fields: sub?.map(fieldInfo),
  }
}

export function schemaOf(config: SanitizedConfig): SchemaInfo {
  return {
    collections: config.collections.map((collection) => ({
      slug: collection.slug,
      fields: collection.flattenedFields.map(fieldInfo),
    })),
    globals: config.globals.map((global) => ({
      slug: global.slug,
      fields: global.flattenedFields.map(fieldInfo),
    })),
  }
}

export type WrongValue = { what: string; value: unknown }

/**
 * A value nested too deep for a recursive JSON.stringify (the test's own included), kept as its
 * JSON text and spliced in by `jsonText`.
 */
export class Deep {
  constructor(readonly text: string) {}
}

/** `{"a":{"a":...}}` or `[[...]]`, `depth` levels. */
export function nested(depth: number, kind: 'object' | 'array' = 'object'): Deep {
  return kind === 'object'
    ? new Deep(`${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`)
    : new Deep(`${'['.repeat(depth)}1${']'.repeat(depth)}`)
}

/** A Lexical tree whose nodes nest `depth` deep. */
function deepLexical(depth: number): unknown {
  const text = `${'{"type":"paragraph","version":1,"children":['.repeat(depth)}{"type":"text","text":"x","version":1}${']}'.repeat(depth)}`
  return { root: { type: 'root', version: 1, children: [new Deep(text)] } }
}

const PLACEHOLDER = '\u0000deep'

/** JSON.stringify that writes each `Deep` value as its text. */
export function jsonText(value: unknown): string {
  const deep: Deep[] = []
  const text = JSON.stringify(value, (_key, item: unknown) =>
    item instanceof Deep ? `${PLACEHOLDER}${deep.push(item) - 1}` : item,
  )
  return text.replace(/"\\u0000deep(\d+)"/g, (_, index: string) => deep[Number(index)]!.text)
}

const over = (limit: number | undefined) => 'x'.repeat(Math.min((limit ?? 100_000) + 1, 1_000_001))

/**
 * Wrong values for one field, most telling first; `all` adds the costlier ones (huge and deep).
 */
export function wrongValuesFor(field: FieldInfo, all: boolean): WrongValue[] {
  const values: WrongValue[] = []
  const add = (what: string, value: unknown) => values.push({ what, value })
  const missingId = randomUUID()
  switch (field.type) {
    case 'text':
    case 'textarea':
    case 'email':
    case 'code':
      add('an object', { $ne: null })
      add('a number', 42)
      if (field.type === 'email') add('not an email', 'not-an-email')
      if (field.hasMany) add('a string for a list', 'x')
      if (all) {
        add('an array of objects', [{ a: 1 }])
        add('over its length', over(field.maxLength))
      }
      break
    case 'number':
      add('a word', 'abc')
      add('an object', { $gt: 0 })
      if (all) {
        add('far out of range', field.max !== undefined ? field.max + 1e12 : -1e308)
        add('an array of words', ['a', 'b'])
      }
      break
    case 'checkbox':
      add('a word', 'yes')
      if (all) add('an object', { a: 1 })
      break
    case 'date':
      add('not a date', 'the day after tomorrow')
      add('an object', { $gt: '2020' })
      if (all) add('year 275760+', '+275761-01-01T00:00:00Z')
      break
    case 'select':
    case 'radio':
      add('an unknown option', 'NOT_AN_OPTION')
      add('an object', { a: 1 })
      if (field.hasMany) add('a string for a list', 'NOT_AN_OPTION')
      if (all)
        add(
          'a list of 1,000 unknown options',
          Array.from({ length: 1000 }, (_, i) => `x${i}`),
        )
      break
    case 'relationship':
    case 'upload': {
      const polymorphic = Array.isArray(field.relationTo)
      add('a missing document', field.hasMany ? [missingId] : missingId)
      add('not an ID', field.hasMany ? ['not-an-id'] : 'not-an-id')
      add('an object', { id: { $ne: null } })
      if (polymorphic) add('the wrong collection', { relationTo: 'users', value: missingId })
      if (all) {
        add('a number', 42)
        add(
          '2,000 missing documents',
          Array.from({ length: 2000 }, () => randomUUID()),
        )
      }
      break
    }
    case 'richText':
      add('a plain string', 'just text')
      add('a root that is not a node', { root: 'x' })
      add('an unknown node type', {
        root: { type: 'root', version: 1, children: [{ type: 'no-such-node', version: 1 }] },
      })
      if (all) {
        add('nodes 3,000 deep', deepLexical(3000))
        add('a number', 42)
      }
      break
    case 'json':
      add('objects 5,000 deep', nested(5000))
      if (all) {
        add('arrays 5,000 deep', nested(5000, 'array'))
        add(
          '100,000 elements',
          Array.from({ length: 100_000 }, (_, i) => i),
        )
      }
      break
    case 'point':
      add('a string', 'x')
      add('out of range', [999, 999])
      if (all) add('words', ['a', 'b'])
      break
    case 'array':
      add('a string', 'x')
      add('rows that are numbers', [1, 2])
      if (all) {
        add(
          'over its rows',
          Array.from({ length: (field.maxRows ?? 1000) + 1 }, () => ({})),
        )
        add('arrays in arrays', nested(2000, 'array'))
      }
      break
    case 'blocks':
      add('an unknown block', [{ blockType: 'no-such-block' }])
      add('a block without type', [{}])
      if (all) add('a string', 'x')
      break
    case 'group':
    case 'tab':
      add('a string', 'x')
      add('an array', [1])
      if (all) add('objects 5,000 deep', nested(5000))
      break
    case 'join':
      add('IDs written to a join', [missingId])
      if (all) add('a string', 'x')
      break
    default:
      add('an object', { a: 1 })
  }
  return values
}
