import type { FieldHook } from 'payload'

const EXCERPT_CHARACTERS = 120

/**
 * The first words of a comment, cut at a word boundary, for the moderation queue's first column
 * and for frontends that list recent comments. Virtual: computed on read, never stored.
 */
export const excerptOfBody: FieldHook = ({ siblingData }) => {
  const body =
    typeof siblingData?.body === 'string' ? siblingData.body.replace(/\s+/g, ' ').trim() : ''
  if (body.length <= EXCERPT_CHARACTERS) return body
  const cut = body.slice(0, EXCERPT_CHARACTERS)
  const lastSpace = cut.lastIndexOf(' ')
  return `${(lastSpace > EXCERPT_CHARACTERS / 2 ? cut.slice(0, lastSpace) : cut).replace(/[\s.,;:!?]+$/, '')}…`
}
