/**
 * Finds every reference to a document inside a raw document, guided by the schema, and lets the
 * caller replace it: relationship and upload fields (one or many, polymorphic `{relationTo,
 * value}` or bare IDs) at any depth inside groups, tabs, rows, collapsibles, arrays and blocks;
 * Lexical rich text (upload and relationship nodes, internal links' `fields.doc`, and the fields
 * of block nodes, read through the editor's own sub-field map); and `{relationTo, value}` pairs
 * inside JSON (jobs' `input.doc`). Documents are changed in place.
 */
import type { Block, Field, Payload } from 'payload'

export type Reference = {
  collection: string
  id: string | number
  /** Where it sits, for reports: field names joined by dots, `>` entering rich text. */
  path: string
  /**
   * True for relationship and upload fields of the document, which SQL adapters store as foreign
   * keys; references inside rich text (block fields included) and JSON are plain data.
   */
  enforced: boolean
}

/** The ID to store instead (possibly the same), or null to drop the reference. */
export type RewriteReference = (reference: Reference) => string | number | null

export type ReferenceContext = { payload: Payload; rewrite: RewriteReference }

type Data = Record<string, unknown>
type Node = Data & { type?: string; children?: unknown }

/** The part of a Lexical editor adapter this file reads: the features' sub-field schemas. */
type SubFieldMaps = {
  getSubFields?: Map<string, (args: { node: Node; req: unknown }) => Field[] | null | undefined>
  getSubFieldsData?: Map<string, (args: { node: Node; req: unknown }) => Data | null | undefined>
}
type EditorWithFeatures = { editorConfig?: { features?: SubFieldMaps } }

const isObject = (value: unknown): value is Data =>
  typeof value === 'object' && value !== null && !Array.isArray(value)
const isId = (value: unknown): value is string | number =>
  typeof value === 'string' || typeof value === 'number'
const join = (path: string, name: string) => (path ? `${path}.${name}` : name)

function isRelationObject(
  value: unknown,
  ctx: ReferenceContext,
): value is { relationTo: string; value: string | number } {
  return (
    isObject(value) &&
    typeof value.relationTo === 'string' &&
    value.relationTo in ctx.payload.collections &&
    isId(value.value)
  )
}

/** A relationship or upload field's stored value with each ID passed through `rewrite`. */
function rewriteRelation(
  field: Field & { relationTo: string | string[] },
  value: unknown,
  path: string,
  ctx: ReferenceContext,
  enforced: boolean,
): unknown {
  const one = (item: unknown): unknown => {
    if (Array.isArray(field.relationTo)) {
      if (!isRelationObject(item, ctx)) return item
      const id = ctx.rewrite({ collection: item.relationTo, id: item.value, path, enforced })
      return id === null ? null : { ...item, value: id }
    }
    if (!isId(item)) return item
    return ctx.rewrite({ collection: field.relationTo, id: item, path, enforced })
  }
  if (Array.isArray(value)) return value.map(one).filter((item) => item !== null)
  return value === null || value === undefined ? value : one(value)
}

function blockConfig(
  field: Field & { type: 'blocks' },
  blockType: unknown,
  ctx: ReferenceContext,
): Block | undefined {
  const candidates = (field.blockReferences ?? field.blocks) as (Block | string)[]
  for (const candidate of candidates) {
    const block =
      typeof candidate === 'string'
        ? ctx.payload.config.blocks?.find((b) => b.slug === candidate)
        : candidate
    if (block?.slug === blockType) return block
  }
  return undefined
}

/**
 * Rewrites the references inside `data`, described by `fields` (not flattened: rows, tabs and
 * all). `enforced` is false for fields that live inside rich text.
 */
export function rewriteFields(
  fields: Field[],
  data: Data,
  path: string,
  ctx: ReferenceContext,
  enforced = true,
): void {
  const walk = (inner: Field[], innerData: Data, innerPath: string) =>
    rewriteFields(inner, innerData, innerPath, ctx, enforced)
  for (const field of fields) {
    switch (field.type) {
      case 'row':
      case 'collapsible':
        walk(field.fields, data, path)
        break
      case 'tabs':
        for (const tab of field.tabs) {
          if ('name' in tab && tab.name) {
            const inner = data[tab.name]
            if (isObject(inner)) walk(tab.fields, inner, join(path, tab.name))
          } else walk(tab.fields, data, path)
        }
        break
      case 'group':
        if ('name' in field && field.name) {
          const inner = data[field.name]
          if (isObject(inner)) walk(field.fields, inner, join(path, field.name))
        } else walk(field.fields, data, path)
        break
      case 'array': {
        const rows = data[field.name]
        if (Array.isArray(rows))
          for (const row of rows) if (isObject(row)) walk(field.fields, row, join(path, field.name))
        break
      }
      case 'blocks': {
        const rows = data[field.name]
        if (!Array.isArray(rows)) break
        for (const row of rows) {
          if (!isObject(row)) continue
          const block = blockConfig(field, row.blockType, ctx)
          if (block) walk(block.fields, row, join(path, `${field.name}.${block.slug}`))
        }
        break
      }
      case 'relationship':
      case 'upload':
        if (field.name in data)
          data[field.name] = rewriteRelation(
            field,
            data[field.name],
            join(path, field.name),
            ctx,
            enforced,
          )
        break
      case 'richText':
        if (isObject(data[field.name]))
          rewriteRichText(
            field.editor as EditorWithFeatures | undefined,
            data[field.name] as Data,
            join(path, field.name),
            ctx,
          )
        break
      case 'json':
        if (field.name in data)
          data[field.name] = rewriteJson(data[field.name], join(path, field.name), ctx)
        break
      default:
        // Scalars hold no references; join fields are computed and never stored.
        break
    }
  }
}

/**
 * Lexical state: upload and relationship nodes carry `{relationTo, value}` on the node itself;
 * nodes with fields of their own (links, blocks, uploads) expose their schema through the
 * feature's `getSubFields`, the same map Payload's field hooks use to reach inside rich text.
 */
export function rewriteRichText(
  editor: EditorWithFeatures | undefined,
  state: Data,
  path: string,
  ctx: ReferenceContext,
): void {
  const features = editor?.editorConfig?.features
  const req = { payload: ctx.payload }
  const visit = (node: unknown) => {
    if (!isObject(node)) return
    const type = String((node as Node).type ?? '')
    if (
      typeof node.relationTo === 'string' &&
      node.relationTo in ctx.payload.collections &&
      isId(node.value)
    ) {
      const id = ctx.rewrite({
        collection: node.relationTo,
        id: node.value,
        path: `${path}>${type}`,
        enforced: false,
      })
      if (id !== null) node.value = id
    }
    const subFields = features?.getSubFields?.get(type)?.({ node, req })
    const subData = features?.getSubFieldsData?.get(type)?.({ node, req })
    if (subFields?.length && isObject(subData))
      rewriteFields(subFields, subData, `${path}>${type}`, ctx, false)
    else if (isObject(node.fields)) node.fields = rewriteJson(node.fields, `${path}>${type}`, ctx)
    if (Array.isArray(node.children)) node.children.forEach(visit)
  }
  visit(state.root)
}

/** Free-form JSON: any `{relationTo: <collection>, value: <id>}` pair, at any depth. */
export function rewriteJson(value: unknown, path: string, ctx: ReferenceContext): unknown {
  if (Array.isArray(value)) return value.map((item) => rewriteJson(item, path, ctx))
  if (!isObject(value)) return value
  if (isRelationObject(value, ctx)) {
    const id = ctx.rewrite({ collection: value.relationTo, id: value.value, path, enforced: false })
    if (id !== null) value.value = id
  }
  const object: Data = value
  for (const [key, inner] of Object.entries(object)) {
    if (isObject(inner) || Array.isArray(inner))
      object[key] = rewriteJson(inner, join(path, key), ctx)
  }
  return value
}
