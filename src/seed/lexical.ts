/**
 * Small builders for Lexical JSON, so seed and import code reads like the document it makes.
 * The shapes are the ones richtext-lexical stores.
 */
import { randomUUID } from 'node:crypto'

type Node = Record<string, unknown>
type Inline = string | Node

const element = (type: string, children: Node[], extra: Node = {}): Node => ({
  type,
  version: 1,
  direction: 'ltr',
  format: '',
  indent: 0,
  children,
  ...extra,
})

export const text = (value: string, format = 0): Node => ({
  type: 'text',
  version: 1,
  text: value,
  format,
  detail: 0,
  mode: 'normal',
  style: '',
})

/** Bold and italic, as Lexical's format bit flags. */
export const bold = (value: string) => text(value, 1)
export const italic = (value: string) => text(value, 2)

const inline = (parts: Inline[]): Node[] =>
  parts.map((part) => (typeof part === 'string' ? text(part) : part))

export const paragraph = (...parts: Inline[]) =>
  element('paragraph', inline(parts), { textFormat: 0, textStyle: '' })
export const heading = (tag: 'h2' | 'h3' | 'h4', value: string) =>
  element('heading', [text(value)], { tag })
export const quote = (...parts: Inline[]) => element('quote', inline(parts))

export const bulletList = (...items: Inline[][]) =>
  element(
    'list',
    items.map((parts, index) => element('listitem', inline(parts), { value: index + 1 })),
    { listType: 'bullet', start: 1, tag: 'ul' },
  )

export const link = (label: string, url: string): Node =>
  element('link', [text(label)], { version: 3, fields: { linkType: 'custom', url, newTab: false } })

/** A link to another post, stored by ID so it survives slug changes. */
export const postLink = (label: string, postId: string): Node =>
  element('link', [text(label)], {
    version: 3,
    fields: { linkType: 'internal', doc: { relationTo: 'posts', value: postId }, newTab: false },
  })

export const upload = (mediaId: string): Node => ({
  type: 'upload',
  version: 3,
  format: '',
  relationTo: 'media',
  value: mediaId,
  fields: null,
  id: randomUUID().replace(/-/g, '').slice(0, 24),
})

export const block = (blockType: string, fields: Record<string, unknown>): Node => ({
  type: 'block',
  version: 2,
  format: '',
  fields: { id: randomUUID().replace(/-/g, '').slice(0, 24), blockName: '', blockType, ...fields },
})

export const document = (...children: Node[]) => ({
  root: { type: 'root', version: 1, direction: 'ltr', format: '', indent: 0, children },
})
