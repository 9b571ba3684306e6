import type { CollectionConfig } from 'payload'

import { can } from '../access/derive'

import { slug } from './fields/slug'

/** Free keywords. Unlike categories, writers may add them while writing. */
export const Tags: CollectionConfig = {
  slug: 'tags',
  admin: { useAsTitle: 'title', defaultColumns: ['title', 'slug'], group: 'Writing' },
  access: {
    read: can('tags', 'read'),
    create: can('tags', 'create'),
    update: can('tags', 'update'),
    delete: can('tags', 'delete'),
  },
  fields: [
    { name: 'title', type: 'text', required: true, maxLength: 60 },
    slug(),
    { name: 'posts', type: 'join', collection: 'posts', on: 'tags' },
  ],
}
