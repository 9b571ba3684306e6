import type { CollectionConfig } from 'payload'

import { isEditorOrAbove, isWriter, publishedOrStaff } from '../../access'
import { slug } from '../fields/slug'

/** Long-form posts. Drafts stay private until published. */
export const Posts: CollectionConfig = {
  slug: 'posts',
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'slug', '_status', 'updatedAt'],
    group: 'Writing',
  },
  access: {
    read: publishedOrStaff,
    create: isWriter,
    update: isWriter,
    delete: isEditorOrAbove,
  },
  versions: {
    drafts: true,
    maxPerDoc: 50,
  },
  fields: [
    { name: 'title', type: 'text', required: true, maxLength: 200 },
    slug(),
    { name: 'content', type: 'richText' },
  ],
}
