import type { CollectionConfig, RelationshipFieldSingleValidation } from 'payload'

import { accessFrom } from '../access/derive'

import { slug } from './fields/slug'
import { ensureRelationsExist } from './hooks/ensureRelationsExist'

const MAX_DEPTH = 5

/** A parent that is neither the category itself nor one of its descendants. */
const validateParent: RelationshipFieldSingleValidation = async (value, { id, req }) => {
  if (!value || !id) return true
  let current: unknown = typeof value === 'object' ? (value as { value: unknown }).value : value
  for (let depth = 0; current && depth <= MAX_DEPTH; depth++) {
    if (String(current) === String(id)) return 'A category cannot be its own parent or ancestor.'
    const parent = await req.payload.findByID({
      collection: 'categories',
      id: String(current),
      depth: 0,
      req,
      disableErrors: true,
      select: { parent: true },
    })
    current = parent?.parent
  }
  return true
}

/** Topics a post belongs to, nestable ("World affairs" > "Middle East"). */
export const Categories: CollectionConfig = {
  slug: 'categories',
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'slug', 'parent'],
    group: 'Writing',
  },
  // A category as a link or breadcrumb: never its posts (a sorted query per category).
  defaultPopulate: { title: true, slug: true, parent: true },
  access: accessFrom('categories'),
  hooks: { beforeValidate: [ensureRelationsExist] },
  fields: [
    // Navigation lists categories by title.
    { name: 'title', type: 'text', required: true, maxLength: 100, index: true },
    slug(),
    {
      name: 'description',
      type: 'textarea',
      maxLength: 1000,
      admin: { description: 'Shown at the top of the category page.' },
    },
    {
      name: 'parent',
      type: 'relationship',
      relationTo: 'categories',
      validate: validateParent,
      filterOptions: ({ id }) => (id ? { id: { not_equals: id } } : true),
      // A breadcrumb needs the parent's title and slug, not its own parent.
      maxDepth: 1,
      admin: {
        position: 'sidebar',
        description: 'Optional: the broader topic this one sits under.',
      },
    },
    {
      name: 'posts',
      type: 'join',
      collection: 'posts',
      on: 'categories',
      defaultSort: '-publishedAt',
      defaultLimit: 10,
      maxDepth: 1,
      admin: { description: 'Posts in this category.' },
    },
  ],
}
