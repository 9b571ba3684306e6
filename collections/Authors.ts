import type { CollectionConfig } from 'payload'

import { accessFrom } from '../access/derive'

import { proseEditor } from './fields/editors'
import { slug } from './fields/slug'
import { ensureRelationsExist } from './hooks/ensureRelationsExist'
import { urlField } from './fields/url'

export const AUTHOR_KINDS = [
  { label: 'Writer', value: 'writer' },
  { label: 'Artist', value: 'artist' },
  { label: 'Guest', value: 'guest' },
]

/**
 * Public profiles of everyone credited on the site: a writer's bio page, an artist's credit.
 * Separate from logins (users); a profile may be linked to the account of the person it describes.
 */
export const Authors: CollectionConfig = {
  slug: 'authors',
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'kind', 'slug', 'user'],
    group: 'Writing',
    description: 'Public profiles: writers, artists and guests credited on the site.',
  },
  // What a byline or an "about the author" box shows; never the joins (each one a sorted query).
  defaultPopulate: { name: true, slug: true, kind: true, shortBio: true, portrait: true },
  access: accessFrom('authors'),
  hooks: { beforeValidate: [ensureRelationsExist] },
  fields: [
    { name: 'name', type: 'text', required: true, maxLength: 120 },
    slug('name'),
    {
      name: 'kind',
      type: 'select',
      // Defaulted rather than required, so API clients (GraphQL's input types follow `required`)
      // need not send it.
      defaultValue: 'writer',
      options: AUTHOR_KINDS,
      admin: { position: 'sidebar' },
    },
    {
      name: 'shortBio',
      type: 'textarea',
      maxLength: 600,
      admin: { description: 'Two or three sentences shown under posts ("about the author").' },
    },
    {
      name: 'bio',
      type: 'richText',
      editor: proseEditor,
      admin: { description: 'The full bio page.' },
    },
    { name: 'portrait', type: 'upload', relationTo: 'media' },
    {
      name: 'user',
      type: 'relationship',
      relationTo: 'users',
      unique: true,
      admin: {
        position: 'sidebar',
        description: 'The login of the person this profile describes, if any.',
      },
    },
    urlField('website'),
    {
      name: 'socialLinks',
      type: 'array',
      maxRows: 10,
      fields: [
        {
          name: 'platform',
          type: 'select',
          required: true,
          options: [
            'website',
            'mastodon',
            'bluesky',
            'x',
            'facebook',
            'instagram',
            'youtube',
            'other',
          ].map((value) => ({ label: value[0]!.toUpperCase() + value.slice(1), value })),
        },
        urlField('url', { required: true }),
      ],
    },
    {
      name: 'posts',
      type: 'join',
      collection: 'posts',
      on: 'authors',
      defaultSort: '-publishedAt',
      defaultLimit: 10,
      // The posts come as cards (the posts' defaultPopulate); their own references stay IDs.
      maxDepth: 1,
      admin: { description: 'Posts crediting this person.' },
    },
    {
      name: 'artworks',
      type: 'join',
      collection: 'artworks',
      on: 'artist',
      defaultLimit: 10,
      maxDepth: 1,
      admin: { description: 'Works by this artist.' },
    },
  ],
}
