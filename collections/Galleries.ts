import type { ArrayFieldValidation, CollectionConfig, FilterOptions } from 'payload'

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

/**
 * The artwork picker of a row offers only works not yet in the gallery. The row's own artwork
 * stays allowed: Payload checks a saved value against these options too.
 */
const notYetInTheGallery: FilterOptions = ({ data, siblingData }) => {
  const own = relationshipIds((siblingData as { artwork?: unknown } | undefined)?.artwork)
  const rows = (data as { items?: { artwork?: unknown }[] | null } | undefined)?.items ?? []
  const others = rows
    .flatMap((row) => relationshipIds(row?.artwork))
    .filter((id) => !own.includes(id))
  return others.length > 0 ? { id: { not_in: others } } : true
}

/** An ordered exhibition of artworks. The order of `items` is the order readers see. */
export const Galleries: CollectionConfig = {
  slug: 'galleries',
  admin: {
    useAsTitle: 'title',
    // The title leads (it links to the document); the cover's alt text would be a long first column.
    defaultColumns: ['title', 'cover', 'stage', 'curator', 'updatedAt'],
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
      admin: {
        description: 'Drag to reorder; readers see them in this order.',
        components: { RowLabel: '/admin/galleries/ArtworkRowLabel#ArtworkRowLabel' },
      },
      fields: [
        {
          name: 'artwork',
          type: 'relationship',
          relationTo: 'artworks',
          required: true,
          filterOptions: notYetInTheGallery,
        },
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
