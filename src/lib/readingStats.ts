/**
 * Word count and reading time of a Lexical document. Plain functions over the stored JSON, so
 * they run the same in a hook, an import script or a test.
 */

/** Average adult silent reading speed for non-fiction prose. */
export const WORDS_PER_MINUTE = 220

type LexicalNode = {
  type?: string
  text?: string
  children?: LexicalNode[]
  fields?: Record<string, unknown>
}

/** Every piece of reader-visible text: text nodes, plus the string fields of custom blocks. */
export function collectText(node: unknown, out: string[] = []): string[] {
  if (!node || typeof node !== 'object') return out
  const current = node as LexicalNode
  if (typeof current.text === 'string') out.push(current.text)
  if (current.type === 'block' && current.fields) {
    for (const [key, value] of Object.entries(current.fields)) {
      // blockType/blockName/id are structure, not words a reader sees.
      if (typeof value === 'string' && !['blockType', 'blockName', 'id'].includes(key))
        out.push(value)
    }
  }
  if (Array.isArray(current.children)) {
    for (const child of current.children) collectText(child, out)
  }
  return out
}

export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu)?.length ?? 0
}

export type ReadingStats = { wordCount: number; readingTime: number }

/** Reading time in whole minutes, at least 1 for any text at all. */
export function readingStats(document: unknown): ReadingStats {
  const root = (document as { root?: unknown } | null | undefined)?.root
  const wordCount = collectText(root).reduce((sum, text) => sum + countWords(text), 0)
  return {
    wordCount,
    readingTime: wordCount === 0 ? 0 : Math.max(1, Math.round(wordCount / WORDS_PER_MINUTE)),
  }
}
