import type { CollectionBeforeChangeHook } from 'payload'

import type { Post } from '../../../payload-types'

/** The first publication stamps the date readers see, unless an editor set one. */
export const setPublishedAt: CollectionBeforeChangeHook<Post> = ({ data, originalDoc }) => {
  if (data._status === 'published' && !data.publishedAt && !originalDoc?.publishedAt) {
    return { ...data, publishedAt: new Date().toISOString() }
  }
  return data
}
