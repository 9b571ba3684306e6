import type { FieldAccess, GlobalConfig } from 'payload'

import { validateWebhookUrl } from '../src/lib/webhooks/urls'

import { can, capabilityField } from '../access/derive'
import { ensureGlobalRelationsExist } from './hooks/ensureRelationsExist'

const isAdminField: FieldAccess = capabilityField('manageSiteWebhooks')

/** Site-wide settings a frontend reads once per page: title, tagline, sidebar artwork, author box. */
export const SiteSettings: GlobalConfig = {
  slug: 'site-settings',
  label: 'Site settings',
  admin: {
    group: 'Settings',
    description:
      'What every page shares: the sidebar artwork, the about box, the default comment policy.',
  },
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
    {
      name: 'defaultCommentPolicy',
      type: 'relationship',
      relationTo: 'comment-policies',
      admin: { description: 'The comment policy of every post that does not name its own.' },
    },
    {
      name: 'webhooks',
      type: 'array',
      // Endpoints are infrastructure: only admins see or change them.
      access: { read: isAdminField, update: isAdminField },
      maxRows: 20,
      admin: {
        description:
          'Called on publish, unpublish, update of a published document and delete, besides WEBHOOK_URLS. ' +
          'Payloads are signed with WEBHOOK_SECRET (header X-CMS-Signature).',
      },
      fields: [
        {
          name: 'url',
          type: 'text',
          required: true,
          validate: (value: string | null | undefined) =>
            value ? validateWebhookUrl(value) : 'A URL is required.',
        },
        { name: 'description', type: 'text', maxLength: 200 },
        { name: 'enabled', type: 'checkbox', defaultValue: true },
      ],
    },
  ],
}
