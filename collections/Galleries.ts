import type { ArrayFieldValidation, CollectionConfig } from 'payload'

import { readWithPreview } from '../access/readWithPreview'
import { accessFrom } from '../access/derive'
import { ownerField } from './fields/owner'

import { proseEditor } from './fields/editors'
import { relationshipIds } from './fields/relationshipIds'
import { slug } from './fields/slug'
import { ensureRelationsExist } from './hooks/ensureRelationsExist'
import { requireOnPublish } from './hooks/requireOnPublish'
import { skipUnreadableFields } from './hooks/skipUnreadableFields'

/** An artwork may hang in a gallery once. */
const noArtworkTwice: ArrayFieldValidation = (rows) => {
  const ids = (Array.isArray(rows) ? rows : []).flatMap((row) =>
    relationshipIds((row as { artwork?: unknown }).artwork),
  )
  const repeated = ids.find((id, index) => ids.indexOf(id) !== index)
  return repeated ? 'An artwork can appear only once in a gallery.' : true
}

/** An ordered exhibition of artworks. The order of `items` is the order readers see. */
export const Galleries: CollectionConfig = {
  slug: 'galleries',
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['cover', 'title', 'stage', 'curator', 'updatedAt'],
    group: 'Gallery',
  },
  // The public list: published, newest first.
  indexes: [{ fields: ['_status', 'createdAt'] }],
  access: { ...accessFrom('galleries'), read: readWithPreview('galleries') },
  // The workflow's hooks go around these (src/plugins/workflow).
  hooks: {
    beforeOperation: [skipUnreadableFields],
    beforeValidate: [ensureRelationsExist],
    beforeChange: [requireOnPublish({ title: 'A title', items: 'At least one artwork' })],
  },
  fields: [
    { name: 'title', type: 'text', required: true, maxLength: 200 },
    slug(),
    { name: 'description', type: 'richText', editor: proseEditor },
    {
      name: 'curator',
      type: 'relationship',
      relationTo: 'authors',
      admin: { position: 'sidebar', description: 'The artist or curator presenting the gallery.' },
    },
    {
      name: 'cover',
      type: 'upload',
      relationTo: 'media',
      admin: { description: 'The image that stands for the gallery in lists and link previews.' },
    },
    {
      name: 'items',
      type: 'array',
      label: 'Artworks',
      validate: noArtworkTwice,
      labels: { singular: 'Artwork', plural: 'Artworks' },
      admin: { description: 'Drag to reorder; readers see them in this order.' },
      fields: [
        { name: 'artwork', type: 'relationship', relationTo: 'artworks', required: true },
        {
          name: 'caption',
          type: 'text',
          maxLength: 300,
          admin: { description: "Optional; replaces the artwork's title under the image here." },
        },
      ],
    },
    ownerField(),
  ],
}
