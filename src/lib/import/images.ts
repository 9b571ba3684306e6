/**
 * Images in a Markdown or HTML body. Neither converter makes a usable upload node from an image
 * (Markdown keeps `![alt](path)` as text; HTML makes an upload node with no document, inside its
 * paragraph), so images are taken out first, each replaced by a marker both converters keep as
 * text, and put back as upload nodes once the Lexical tree exists. Plain functions, no Payload.
 */
import type { SourceFormat } from './parse'

export interface ImageReference {
  /** The path or URL as written in the file. */
  src: string
  alt: string
  /** The file line it is on. */
  line: number
}

export interface ExtractedImages {
  /** The body with local images replaced by markers and remote ones by links. */
  body: string
  /** Local images, in order; marker N stands for `local[N]`. */
  local: ImageReference[]
  warnings: string[]
}

// Private-use characters: no writer types them, and both converters keep them as plain text.
const OPEN = '\uE000'
const CLOSE = '\uE001'
const MARKER = /\uE000(\d+)\uE001/g
const marker = (index: number) => `${OPEN}${index}${CLOSE}`

const MARKDOWN_IMAGE =
  /(?<!\\)!\[((?:\\.|[^\]\\])*)\]\(\s*(<[^>\n]*>|[^\s()]+)(?:\s+(?:"[^"]*"|'[^']*'|\([^)]*\)))?\s*\)/g
const HTML_IMAGE = /<img\b[^>]*>/gi
// Code shows image syntax rather than using it: fenced blocks and inline spans are left alone.
const MARKDOWN_CODE = /^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$|`[^`\n]+`/gm

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
}
const decodeEntities = (value: string) =>
  value.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#')
      return String.fromCodePoint(
        name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1)),
      )
    return ENTITIES[name.toLowerCase()] ?? whole
  })
const escapeHtml = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;')

function attributes(tag: string): Record<string, string> {
  const found: Record<string, string> = {}
  for (const match of tag
    .slice(4)
    .matchAll(/([^\s"'=<>/]+)(?:\s*=\s*("[^"]*"|'[^']*'|[^\s"'>]+))?/g)) {
    const value = match[2] ?? ''
    found[match[1]!.toLowerCase()] = decodeEntities(
      /^["']/.test(value) ? value.slice(1, -1) : value,
    )
  }
  return found
}

export type ImageKind = 'local' | 'remote' | 'embedded'

/** Local files are uploaded; http(s) images stay links; data: and other schemes are left out. */
export function kindOf(src: string): ImageKind {
  if (/^(https?:)?\/\//i.test(src)) return 'remote'
  if (/^file:/i.test(src) || !/^[a-z][a-z0-9+.-]*:/i.test(src)) return 'local'
  return 'embedded'
}

type Found = {
  start: number
  end: number
  src: string
  alt: string
  link: (label: string) => string
}

function findMarkdown(body: string): Found[] {
  const code = [...body.matchAll(MARKDOWN_CODE)].map(
    (match) => [match.index, match.index + match[0].length] as const,
  )
  const inCode = (at: number) => code.some(([start, end]) => at >= start && at < end)
  const found: Found[] = []
  for (const match of body.matchAll(MARKDOWN_IMAGE)) {
    if (inCode(match.index)) continue
    const written = match[2]!
    const src = written.startsWith('<') ? written.slice(1, -1) : written
    const rawAlt = match[1]!
    found.push({
      start: match.index,
      end: match.index + match[0].length,
      src,
      alt: rawAlt.replace(/\\(.)/g, '$1').trim(),
      link: (label) => `[${rawAlt || label}](${written})`,
    })
  }
  return [...found, ...findHtml(body, inCode)].sort((a, b) => a.start - b.start)
}

function findHtml(body: string, skip: (at: number) => boolean = () => false): Found[] {
  const found: Found[] = []
  for (const match of body.matchAll(HTML_IMAGE)) {
    if (skip(match.index)) continue
    const attrs = attributes(match[0])
    if (!attrs.src) continue
    found.push({
      start: match.index,
      end: match.index + match[0].length,
      src: attrs.src,
      alt: (attrs.alt || attrs.title || '').trim(),
      link: (label) => `<a href="${escapeHtml(attrs.src!)}">${escapeHtml(attrs.alt || label)}</a>`,
    })
  }
  return found
}

/** Takes the images out of a body; `bodyLine` is the file line the body starts on. */
export function extractImages(
  format: SourceFormat,
  body: string,
  bodyLine: number,
): ExtractedImages {
  const result: ExtractedImages = { body, local: [], warnings: [] }
  if (format === 'text') return result
  const found = format === 'markdown' ? findMarkdown(body) : findHtml(body)
  let out = ''
  let last = 0
  let line = bodyLine
  for (const image of found) {
    // An <img> written inside Markdown image syntax (or the reverse) is one image, not two.
    if (image.start < last) continue
    const before = body.slice(last, image.start)
    line += before.split('\n').length - 1
    out += before
    const kind = kindOf(image.src)
    if (kind === 'local') {
      out += marker(result.local.length)
      result.local.push({ src: image.src, alt: image.alt, line })
    } else if (kind === 'remote') {
      out += image.link(image.src)
      result.warnings.push(
        `image ${image.src} (line ${line}) is not a local file: kept as a link, not uploaded`,
      )
    } else {
      result.warnings.push(
        `image ${image.src.slice(0, 40)}… (line ${line}) is embedded in the file: left out (save it as a file to import it)`,
      )
    }
    line += body.slice(image.start, image.end).split('\n').length - 1
    last = image.end
  }
  result.body = out + body.slice(last)
  return result
}

// Putting the images back, once the converter has made the Lexical tree.

export type LexicalNode = {
  type: string
  text?: string
  children?: LexicalNode[]
  [key: string]: unknown
}

/** Blocks whose text is split around an image: the image is a block of its own in Lexical. */
const SPLITTABLE = new Set(['paragraph', 'quote'])

const hasMarker = (node: LexicalNode): boolean =>
  (node.text !== undefined && node.text.includes(OPEN)) || (node.children ?? []).some(hasMarker)

// Inline elements that hold text: one left with none (its text was an image) is dropped.
const INLINE_ELEMENTS = new Set(['link', 'autolink'])

/** Removes the markers under `node`, returning their numbers in order; emptied text goes too. */
function takeMarkers(node: LexicalNode, taken: number[] = []): number[] {
  if (!node.children) return taken
  node.children = node.children.filter((child) => {
    if (child.type === 'text') {
      if (!child.text?.includes(OPEN)) return true
      for (const match of child.text.matchAll(MARKER)) taken.push(Number(match[1]))
      child.text = child.text.replace(MARKER, '')
      return child.text !== ''
    }
    takeMarkers(child, taken)
    return !(INLINE_ELEMENTS.has(child.type) && child.children?.length === 0)
  })
  return taken
}

/** Leading and trailing blanks of a piece of a split paragraph go; a blank piece goes entirely. */
function trimmed(children: LexicalNode[]): LexicalNode[] {
  const out = children.filter((child) => !(child.type === 'text' && child.text === ''))
  while (out[0]?.type === 'linebreak') out.shift()
  while (out.at(-1)?.type === 'linebreak') out.pop()
  if (out[0]?.type === 'text') out[0] = { ...out[0], text: out[0].text!.trimStart() }
  const end = out.length - 1
  if (out[end]?.type === 'text') out[end] = { ...out[end]!, text: out[end]!.text!.trimEnd() }
  const kept = out.filter((child) => !(child.type === 'text' && child.text === ''))
  return kept.some((child) => child.type !== 'linebreak') ? kept : []
}

function split(block: LexicalNode, upload: (index: number) => LexicalNode, out: LexicalNode[]) {
  let piece: LexicalNode[] = []
  let pending: LexicalNode[] = []
  const flush = () => {
    const children = trimmed(piece)
    if (children.length > 0) out.push({ ...block, children })
    out.push(...pending)
    piece = []
    pending = []
  }
  for (const child of block.children ?? []) {
    if (child.type === 'text' && child.text?.includes(OPEN)) {
      child.text.split(MARKER).forEach((part, position) => {
        // split() with a capture group alternates text and marker numbers.
        if (position % 2 === 0) piece.push({ ...child, text: part })
        else {
          flush()
          out.push(upload(Number(part)))
        }
      })
    } else {
      // An image inside a link cannot stay there: it follows the piece of text it was in.
      pending.push(...takeMarkers(child).map(upload))
      piece.push(child)
    }
  }
  flush()
}

/**
 * Puts each marker's upload node where the image was: a paragraph or quote is split around it;
 * from anywhere else (a list item, a heading, a link) it follows the top-level block it was in.
 * Markers a converter dropped are added at the end, so no uploaded image goes missing.
 */
export function placeImages(
  root: { children: LexicalNode[] },
  count: number,
  upload: (index: number) => LexicalNode,
) {
  const placed = new Set<number>()
  const make = (index: number) => {
    placed.add(index)
    return upload(index)
  }
  const out: LexicalNode[] = []
  for (const block of root.children) {
    if (!hasMarker(block)) out.push(block)
    else if (SPLITTABLE.has(block.type)) split(block, make, out)
    else {
      const taken = takeMarkers(block)
      out.push(block, ...taken.map(make))
    }
  }
  for (let index = 0; index < count; index++) if (!placed.has(index)) out.push(make(index))
  root.children = out
}
