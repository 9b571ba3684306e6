import type { CollectionConfig } from 'payload'

import { accessFrom } from '../access/derive'

import { slug } from './fields/slug'

/** Free keywords. Unlike categories, writers may add them while writing. */
export const Tags: CollectionConfig = {
  slug: 'tags',
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'slug'],
    group: 'Writing',
    description: 'Loose keywords across categories; readers can browse posts by tag.',
  },
  // A tag as a link: never its posts.
  defaultPopulate: { title: true, slug: true },
  access: accessFrom('tags'),
  fields: [
    // Tag clouds and indexes list tags by title.
    { name: 'title', type: 'text', required: true, maxLength: 60, index: true },
    slug(),
    {
      name: 'posts',
      type: 'join',
      collection: 'posts',
      on: 'tags',
      defaultSort: '-publishedAt',
      defaultLimit: 10,
      maxDepth: 1,
      admin: { description: 'Posts with this tag.' },
    },
  ],
}
