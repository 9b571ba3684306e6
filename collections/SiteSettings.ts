import type { GlobalConfig } from 'payload'

import { can } from '../access/derive'
import { ensureGlobalRelationsExist } from './hooks/ensureRelationsExist'

/** Site-wide settings a frontend reads once per page: title, tagline, sidebar artwork, author box. */
export const SiteSettings: GlobalConfig = {
  slug: 'site-settings',
  label: 'Site settings',
  admin: { group: 'Settings' },
  access: {
    read: can('site-settings', 'read'),
    update: can('site-settings', 'update'),
  },
  hooks: { beforeValidate: [ensureGlobalRelationsExist] },
  fields: [
    // Defaulted, not required: GraphQL input types would otherwise demand it on every update.
    { name: 'siteTitle', type: 'text', defaultValue: 'My blog', maxLength: 120 },
    { name: 'tagline', type: 'text', maxLength: 200 },
    {
      name: 'featuredArtwork',
      type: 'group',
      admin: { description: 'The artwork shown in the sidebar of every page.' },
      fields: [
        { name: 'artwork', type: 'relationship', relationTo: 'artworks' },
        {
          name: 'label',
          type: 'text',
          maxLength: 120,
          admin: { description: 'Heading above it, e.g. "From the icon gallery".' },
        },
      ],
    },
    {
      name: 'aboutAuthor',
      type: 'relationship',
      relationTo: 'authors',
      admin: { description: 'The profile shown in the "about the author" box under posts.' },
    },
  ],
}
