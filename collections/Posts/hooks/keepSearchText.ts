import type { CollectionAfterReadHook, CollectionBeforeChangeHook } from 'payload'

import { collectText } from '../../../src/lib/readingStats'
import type { Post } from '../../../payload-types'

/** A document ID held in a block's reference (SQLite UUIDs, MongoDB ObjectIDs): not words. */
const DOCUMENT_ID =
  /^(?:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|[0-9a-f]{24})$/i

/** The body's words as plain text, for the admin's search (`listSearchableFields`). */
export function searchTextOf(content: unknown): string {
  const root = (content as { root?: unknown } | null | undefined)?.root
  return collectText(root)
    .filter((text) => !DOCUMENT_ID.test(text.trim()))
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim()
}

/** The plain-text copy of the body follows the content on every save; nobody types it. */
export const keepSearchText: CollectionBeforeChangeHook<Post> = ({ data, originalDoc }) => {
  const content = data.content === undefined ? originalDoc?.content : data.content
  return { ...data, searchText: searchTextOf(content) }
}

/** The copy is for queries only: no answer carries it (it would double a post's size). */
export const dropSearchText: CollectionAfterReadHook<Post> = ({ doc }) => {
  if (!('searchText' in doc)) return doc
  const rest = { ...doc }
  delete rest.searchText
  return rest
}
