/**
 * Text helpers for judging comments: what a reader would see of a body, and a folded form in
 * which "Élection" and "election" are the same word.
 */

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
}

// One pass, so "&amp;lt;" becomes the text "&lt;" and is not decoded a second time.
const ENTITY = /&(?:#(\d{1,7})|#x([0-9a-f]{1,6})|(amp|lt|gt|quot|apos|nbsp));/gi

function decodeEntities(text: string): string {
  return text.replace(ENTITY, (entity, decimal?: string, hex?: string, name?: string) => {
    if (name) return NAMED_ENTITIES[name.toLowerCase()] ?? entity
    const code = decimal ? Number.parseInt(decimal, 10) : Number.parseInt(hex ?? '', 16)
    const valid = code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff)
    return valid ? String.fromCodePoint(code) : entity
  })
}

// An unclosed <script> hides the rest of the document from a browser, so it does here too.
const SCRIPT_OR_STYLE = /<(script|style)\b[^<>]*>[\s\S]*?(?:<\/\1\s*>|$)/gi
const HTML_COMMENT = /<!--[\s\S]*?(?:-->|$)/g
const LINE_BREAK = /<br\s*\/?>/gi
const BLOCK_END = /<\/(?:p|div|h[1-6]|li|ul|ol|blockquote|pre|tr|table|section|article)\s*>/gi
// A tag starts with a letter, so "a < b" and "<3" in plain text survive. Quoted attribute values
// may contain ">". No part may cross a "<": an unclosed "<a " then fails at the next one instead
// of scanning to the end of the body again for every "<a " (quadratic on hostile input).
const TAG = /<\/?[a-z][^\s/<>]*(?:[^<>"']|"[^"<]*"|'[^'<]*')*>/gi

/**
 * The text a reader sees of `input`: tags stripped (script and style with their contents),
 * entities decoded, spaces collapsed, single line breaks kept, paragraphs separated by exactly
 * one blank line, trimmed.
 */
export function toPlainText(input: string): string {
  const text = decodeEntities(
    input
      .replace(/\r\n?/g, '\n')
      .replace(SCRIPT_OR_STYLE, '')
      .replace(HTML_COMMENT, '')
      .replace(LINE_BREAK, '\n')
      .replace(BLOCK_END, '\n\n')
      .replace(TAG, ''),
  )
  // Each pass only matches what needs changing, so ordinary text goes through almost untouched.
  return text
    .replace(/[^\S\n ]/g, ' ')
    .replace(/ {2,}/g, ' ')
    .replace(/ ?\n ?/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()
}

const NON_ASCII = /[^\p{ASCII}]/u

/**
 * The form words are compared in: compatibility-decomposed (NFKD), accents dropped, curly
 * apostrophes made straight. Case is left alone; the matchers ignore it.
 */
export function foldText(text: string): string {
  // Most comments are plain ASCII, which folding would leave unchanged.
  if (!NON_ASCII.test(text)) return text
  return text
    .normalize('NFKD')
    .replace(/\p{Mn}/gu, '')
    .replace(/[‘’ʼ]/g, "'")
}

/** Characters as a reader counts them: code points, so an emoji is one, not two. */
export function countCharacters(text: string): number {
  let count = text.length
  // The second half of a surrogate pair belongs to the character before it.
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (code >= 0xdc00 && code <= 0xdfff) count--
  }
  return count
}
