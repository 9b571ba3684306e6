import type { CollectionConfig } from 'payload'

import { readWithPreview } from '../access/readWithPreview'
import { accessFrom } from '../access/derive'
import { ownerField } from './fields/owner'

import { proseEditor } from './fields/editors'
import { slug } from './fields/slug'
import { ensureRelationsExist } from './hooks/ensureRelationsExist'
import { requireOnPublish } from './hooks/requireOnPublish'
import { skipUnreadableFields } from './hooks/skipUnreadableFields'
import { urlField } from './fields/url'

/** Icons and other works of art, each credited to an artist's profile. */
export const Artworks: CollectionConfig = {
  slug: 'artworks',
  admin: {
    useAsTitle: 'title',
    // The title leads (it links to the document); the image's alt text would be a long first column.
    defaultColumns: ['title', 'image', 'stage', 'artist', 'subject'],
    group: 'Gallery',
  },
  indexes: [
    // The public list (published, newest first) and an artist's works (the authors' join).
    { fields: ['_status', 'createdAt'] },
    { fields: ['artist', '_status', 'createdAt'] },
  ],
  // What a gallery wall or a card shows of a work: not its long description, its galleries or its
  // workflow.
  defaultPopulate: {
    title: true,
    slug: true,
    image: true,
    artist: true,
    subject: true,
    tradition: true,
    medium: true,
    dimensions: true,
    year: true,
    prints: true,
  },
  access: { ...accessFrom('artworks'), read: readWithPreview('artworks') },
  // The workflow's hooks go around these (src/plugins/workflow).
  hooks: {
    beforeOperation: [skipUnreadableFields],
    beforeValidate: [ensureRelationsExist],
    beforeChange: [requireOnPublish({ title: 'A title', image: 'An image', artist: 'The artist' })],
  },
  fields: [
    { name: 'title', type: 'text', required: true, maxLength: 200 },
    slug(),
    { name: 'image', type: 'upload', relationTo: 'media', required: true },
    {
      name: 'artist',
      type: 'relationship',
      relationTo: 'authors',
      required: true,
      admin: { position: 'sidebar', description: 'The artist profile credited for the work.' },
    },
    {
      name: 'subject',
      type: 'text',
      maxLength: 200,
      admin: { description: 'What it depicts, e.g. "Madonna and Child".' },
    },
    {
      name: 'tradition',
      type: 'text',
      maxLength: 200,
      admin: { description: 'Tradition or style, e.g. "Byzantine icon".' },
    },
    {
      name: 'medium',
      type: 'text',
      maxLength: 300,
      admin: {
        description: 'Medium and technique, e.g. "egg tempera and gold leaf on gessoed wood".',
      },
    },
    {
      name: 'dimensions',
      type: 'group',
      admin: { description: 'Size of the original.' },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'width', type: 'number', min: 0 },
            { name: 'height', type: 'number', min: 0 },
            { name: 'depth', type: 'number', min: 0 },
            {
              name: 'unit',
              type: 'select',
              defaultValue: 'cm',
              options: [
                { label: 'cm', value: 'cm' },
                { label: 'in', value: 'in' },
              ],
            },
          ],
        },
      ],
    },
    {
      name: 'year',
      type: 'number',
      min: 0,
      max: 3000,
      admin: { position: 'sidebar', description: 'Year completed.' },
    },
    { name: 'description', type: 'richText', editor: proseEditor },
    {
      name: 'prints',
      type: 'group',
      admin: { description: 'Whether readers can buy or request a print.' },
      fields: [
        {
          name: 'availability',
          type: 'select',
          // Defaulted rather than required: a required field makes GraphQL demand the whole
          // `prints` group on every update.
          defaultValue: 'unavailable',
          options: [
            { label: 'Not available', value: 'unavailable' },
            { label: 'On request', value: 'on_request' },
            { label: 'Available', value: 'available' },
          ],
        },
        {
          name: 'note',
          type: 'text',
          maxLength: 300,
          admin: { description: 'e.g. sizes and paper.' },
        },
        urlField('url', { admin: { description: 'Where to order, if anywhere.' } }),
      ],
    },
    {
      name: 'galleries',
      type: 'join',
      collection: 'galleries',
      on: 'items.artwork',
      defaultLimit: 10,
      maxDepth: 1,
      admin: { description: 'Galleries showing this work.' },
    },
    ownerField(),
  ],
}
