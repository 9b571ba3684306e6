import type { CollectionBeforeChangeHook } from 'payload'

import { readingStats } from '../../../src/lib/readingStats'
import type { Post } from '../../../payload-types'

/** Word count and reading time follow the content on every save; nobody types them. */
export const computeReadingStats: CollectionBeforeChangeHook<Post> = ({ data, originalDoc }) => {
  const content = data.content === undefined ? originalDoc?.content : data.content
  return { ...data, ...readingStats(content) }
}
