/**
 * Reading one file into what a post needs: front matter and a Markdown or HTML body. Plain
 * functions, no Payload, so every format and every error is unit-testable.
 */
import path from 'node:path'

import matter from 'gray-matter'

export type SourceFormat = 'markdown' | 'html' | 'text'

export interface ParsedSource {
  format: SourceFormat
  /** Front matter (Markdown and HTML may carry it; plain text never does). */
  meta: Record<string, unknown>
  /** Markdown for `markdown` and `text`, HTML for `html`. */
  body: string
  /** The title from front matter, the first heading, or the first line of a text file. */
  title?: string
  /** The line of the file on which `body` starts, so problems found in it can name file lines. */
  bodyLine: number
  /** The file line of each top-level front matter key. */
  keyLines: Record<string, number>
}

/** A problem in a file, with the line it is on when known. */
export class SourceError extends Error {
  constructor(
    message: string,
    readonly line?: number,
  ) {
    super(message)
    this.name = 'SourceError'
  }
}

export const FORMATS: Record<string, SourceFormat> = {
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.html': 'html',
  '.htm': 'html',
  '.txt': 'text',
}

export function formatOf(file: string): SourceFormat | undefined {
  return FORMATS[path.extname(file).toLowerCase()]
}

const linesIn = (text: string) => text.split('\n').length - 1

/** The file line of each top-level front matter key (the block's first line is the rest of line 1). */
function keyLinesOf(block: string): Record<string, number> {
  const lines: Record<string, number> = {}
  block.split('\n').forEach((line, index) => {
    const key = /^([A-Za-z_][\w-]*)\s*:/.exec(line)?.[1]
    if (key && !(key in lines)) lines[key] = index + 1
  })
  return lines
}

function frontMatter(text: string): {
  meta: Record<string, unknown>
  body: string
  keyLines: Record<string, number>
} {
  try {
    // Options (even none) turn off gray-matter's cache, which keeps every text it ever parsed:
    // an import of thousands of files would hold them all in memory.
    const parsed = matter(text, {})
    return {
      meta: parsed.data as Record<string, unknown>,
      body: parsed.content,
      keyLines: keyLinesOf(parsed.matter),
    }
  } catch (error) {
    const mark = (error as { mark?: { line?: number } }).mark
    // js-yaml counts lines from 0 inside the block; the block starts after the opening `---`.
    // The parser's own "at line N" counts inside the block; the line reported is the file's.
    const reason = (error as Error).message
      .split('\n')[0]!
      .replace(/ at line \d+, column \d+:?$/, '')
      .replace(/ \(\d+:\d+\)$/, '')
    throw new SourceError(
      `front matter: ${reason}`,
      mark?.line !== undefined ? mark.line + 2 : undefined,
    )
  }
}

/** Markdown's special characters, so a text file's words stay words. */
const escapeMarkdown = (line: string) =>
  line.replace(/([\\`*_[\]#<>|])/g, '\\$1').replace(/^(\s*)(\d+)\./, '$1$2\\.')

/** A plain text file: the first non-empty line is the title; blank lines separate paragraphs. */
function plainText(text: string): ParsedSource {
  const lines = text.replace(/\r\n?/g, '\n').split('\n')
  const first = lines.findIndex((line) => line.trim() !== '')
  if (first === -1) throw new SourceError('the file is empty', 1)
  const title = lines[first]!.trim()
  // A line of its own is a paragraph in these files (one paragraph per line, as in the seeds).
  const paragraphs = lines
    .slice(first + 1)
    .map((line) => line.trim())
    .filter(Boolean)
    .map(escapeMarkdown)
  // No front matter, and images are escaped: nothing in a text file's body is looked up by line.
  return {
    format: 'text',
    meta: {},
    body: paragraphs.join('\n\n'),
    title,
    bodyLine: first + 2,
    keyLines: {},
  }
}

function firstHeading(format: SourceFormat, body: string): string | undefined {
  if (format === 'markdown') return /^#\s+(.+?)\s*#*\s*$/m.exec(body)?.[1]
  const match =
    /<h1[^>]*>([\s\S]*?)<\/h1>/i.exec(body) ?? /<title[^>]*>([\s\S]*?)<\/title>/i.exec(body)
  return match?.[1]
    ?.replace(/<[^>]+>/g, '')
    .replace(/\s+/g, ' ')
    .trim()
}

/** Parses a file's text by its extension. Throws SourceError with a line where it can. */
export function parseSource(file: string, text: string): ParsedSource {
  const format = formatOf(file)
  if (!format)
    throw new SourceError(`unsupported file type "${path.extname(file)}" (use .md, .html or .txt)`)
  if (text.includes('\u0000')) throw new SourceError('not a text file (it contains NUL bytes)')
  if (format === 'text') return plainText(text)
  const { meta, body, keyLines } = frontMatter(text)
  const title =
    typeof meta.title === 'string' && meta.title.trim()
      ? meta.title.trim()
      : firstHeading(format, body)
  // gray-matter's body is the end of the file as written, so its first line is known.
  let bodyLine = text.endsWith(body) ? linesIn(text.slice(0, text.length - body.length)) + 1 : 1
  // A leading heading that repeats the title is the title, not content.
  const escaped = title?.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  let content = body
  if (escaped && format === 'markdown') {
    content = body.replace(new RegExp(`^\\s*#\\s+${escaped}\\s*\\n`), '')
    bodyLine += linesIn(body.slice(0, body.length - content.length))
  }
  // Replaced by its own line breaks, so the lines after it keep their numbers.
  if (escaped && format === 'html') {
    content = body.replace(new RegExp(`<h1[^>]*>\\s*${escaped}\\s*</h1>`, 'i'), (heading) =>
      '\n'.repeat(linesIn(heading)),
    )
  }
  return { format, meta, body: content, title, bodyLine, keyLines }
}
