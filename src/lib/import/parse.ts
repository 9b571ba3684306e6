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

function frontMatter(text: string): { meta: Record<string, unknown>; body: string } {
  try {
    const parsed = matter(text)
    return { meta: parsed.data as Record<string, unknown>, body: parsed.content }
  } catch (error) {
    const mark = (error as { mark?: { line?: number } }).mark
    // js-yaml counts lines from 0 inside the block; the block starts after the opening `---`.
    // The parser's own "at line N" counts inside the block; the line reported is the file's.
    const reason = (error as Error).message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '').replace(/ \(\d+:\d+\)$/, '')
    throw new SourceError(`front matter: ${reason}`, mark?.line !== undefined ? mark.line + 2 : undefined)
  }
}

/** Markdown's special characters, so a text file's words stay words. */
const escapeMarkdown = (line: string) => line.replace(/([\\`*_[\]#<>|])/g, '\\$1').replace(/^(\s*)(\d+)\./, '$1$2\\.')

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
  return { format: 'text', meta: {}, body: paragraphs.join('\n\n'), title }
}

function firstHeading(format: SourceFormat, body: string): string | undefined {
  if (format === 'markdown') return /^#\s+(.+?)\s*#*\s*$/m.exec(body)?.[1]
  const match = /<h1[^>]*>([\s\S]*?)<\/h1>/i.exec(body) ?? /<title[^>]*>([\s\S]*?)<\/title>/i.exec(body)
  return match?.[1]?.replace(/<[^>]+>/g, '').replace(/\s+/g, ' ').trim()
}

/** Parses a file's text by its extension. Throws SourceError with a line where it can. */
export function parseSource(file: string, text: string): ParsedSource {
  const format = formatOf(file)
  if (!format) throw new SourceError(`unsupported file type "${path.extname(file)}" (use .md, .html or .txt)`)
  if (text.includes('\u0000')) throw new SourceError('not a text file (it contains NUL bytes)')
  if (format === 'text') return plainText(text)
  const { meta, body } = frontMatter(text)
  const title = typeof meta.title === 'string' && meta.title.trim() ? meta.title.trim() : firstHeading(format, body)
  // A leading heading that repeats the title is the title, not content.
  const escaped = title?.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  let content = body
  if (escaped && format === 'markdown') content = body.replace(new RegExp(`^\\s*#\\s+${escaped}\\s*\\n`), '')
  if (escaped && format === 'html') content = body.replace(new RegExp(`<h1[^>]*>\\s*${escaped}\\s*</h1>`, 'i'), '')
  return { format, meta, body: content, title }
}
