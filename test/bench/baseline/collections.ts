/**
 * The baseline's schema: our collections' basic fields, as a plain Payload project would declare
 * them. No hooks, no drafts or versions, no workflow, owner or comment fields, read open to all.
 * Joins stay: they are part of what a populated author, category or tag carries.
 */
import type { CollectionConfig, Field, GlobalConfig, UploadConfig } from 'payload'

import { Artworks } from '../../../collections/Artworks'
import { AUTHOR_KINDS, Authors } from '../../../collections/Authors'
import { Categories } from '../../../collections/Categories'
import { Galleries } from '../../../collections/Galleries'
import { Media } from '../../../collections/Media'
import { Posts } from '../../../collections/Posts'
import { SiteSettings } from '../../../collections/SiteSettings'
import { Tags } from '../../../collections/Tags'

const publicRead = { read: () => true }
const title: Field = { name: 'title', type: 'text', required: true }
const slug: Field = { name: 'slug', type: 'text', unique: true, index: true }
const select = (name: string, values: string[], defaultValue?: string): Field => ({
  name,
  type: 'select',
  defaultValue,
  options: values.map((value) => ({ label: value, value })),
})

const posts: CollectionConfig = {
  slug: Posts.slug,
  access: publicRead,
  defaultSort: '-publishedAt',
  fields: [
    title,
    slug,
    { name: 'excerpt', type: 'textarea' },
    { name: 'content', type: 'richText' },
    { name: 'featuredImage', type: 'upload', relationTo: 'media' },
    { name: 'authors', type: 'relationship', relationTo: 'authors', hasMany: true },
    { name: 'categories', type: 'relationship', relationTo: 'categories', hasMany: true },
    { name: 'tags', type: 'relationship', relationTo: 'tags', hasMany: true },
    { name: 'relatedPosts', type: 'relationship', relationTo: 'posts', hasMany: true },
    { name: 'publishedAt', type: 'date', index: true },
    { name: 'readingTime', type: 'number' },
    { name: 'wordCount', type: 'number' },
    {
      name: 'corrections',
      type: 'array',
      fields: [
        { name: 'date', type: 'date' },
        { name: 'note', type: 'textarea' },
      ],
    },
    {
      name: 'meta',
      type: 'group',
      fields: [
        { name: 'title', type: 'text' },
        { name: 'description', type: 'textarea' },
        { name: 'image', type: 'upload', relationTo: 'media' },
      ],
    },
  ],
}

const authors: CollectionConfig = {
  slug: Authors.slug,
  access: publicRead,
  fields: [
    { name: 'name', type: 'text', required: true },
    slug,
    { name: 'kind', type: 'select', defaultValue: 'writer', options: AUTHOR_KINDS },
    { name: 'shortBio', type: 'textarea' },
    { name: 'bio', type: 'richText' },
    { name: 'portrait', type: 'upload', relationTo: 'media' },
    { name: 'website', type: 'text' },
    {
      name: 'socialLinks',
      type: 'array',
      fields: [
        select('platform', ['website', 'mastodon', 'bluesky', 'x', 'other']),
        { name: 'url', type: 'text' },
      ],
    },
    {
      name: 'posts',
      type: 'join',
      collection: 'posts',
      on: 'authors',
      defaultSort: '-publishedAt',
    },
    { name: 'artworks', type: 'join', collection: 'artworks', on: 'artist' },
  ],
}

const categories: CollectionConfig = {
  slug: Categories.slug,
  access: publicRead,
  fields: [
    title,
    slug,
    { name: 'description', type: 'textarea' },
    { name: 'parent', type: 'relationship', relationTo: 'categories' },
    {
      name: 'posts',
      type: 'join',
      collection: 'posts',
      on: 'categories',
      defaultSort: '-publishedAt',
    },
  ],
}

const tags: CollectionConfig = {
  slug: Tags.slug,
  access: publicRead,
  fields: [title, slug, { name: 'posts', type: 'join', collection: 'posts', on: 'tags' }],
}

const artworks: CollectionConfig = {
  slug: Artworks.slug,
  access: publicRead,
  fields: [
    title,
    slug,
    { name: 'image', type: 'upload', relationTo: 'media' },
    { name: 'artist', type: 'relationship', relationTo: 'authors' },
    { name: 'subject', type: 'text' },
    { name: 'tradition', type: 'text' },
    { name: 'medium', type: 'text' },
    {
      name: 'dimensions',
      type: 'group',
      fields: [
        { name: 'width', type: 'number' },
        { name: 'height', type: 'number' },
        { name: 'depth', type: 'number' },
        select('unit', ['cm', 'in'], 'cm'),
      ],
    },
    { name: 'year', type: 'number' },
    { name: 'description', type: 'richText' },
    {
      name: 'prints',
      type: 'group',
      fields: [
        select('availability', ['unavailable', 'on_request', 'available'], 'unavailable'),
        { name: 'note', type: 'text' },
        { name: 'url', type: 'text' },
      ],
    },
    { name: 'galleries', type: 'join', collection: 'galleries', on: 'items.artwork' },
  ],
}

const galleries: CollectionConfig = {
  slug: Galleries.slug,
  access: publicRead,
  fields: [
    title,
    slug,
    { name: 'description', type: 'richText' },
    { name: 'curator', type: 'relationship', relationTo: 'authors' },
    { name: 'cover', type: 'upload', relationTo: 'media' },
    {
      name: 'items',
      type: 'array',
      fields: [
        { name: 'artwork', type: 'relationship', relationTo: 'artworks', required: true },
        { name: 'caption', type: 'text' },
      ],
    },
  ],
}

function media(staticDir: string): CollectionConfig {
  const { imageSizes } = Media.upload as UploadConfig
  return {
    slug: Media.slug,
    access: publicRead,
    upload: { staticDir, imageSizes, adminThumbnail: 'thumbnail', focalPoint: true, crop: true },
    fields: [
      { name: 'alt', type: 'text', required: true },
      { name: 'caption', type: 'textarea' },
      { name: 'credit', type: 'text' },
    ],
  }
}

const siteSettings: GlobalConfig = {
  slug: SiteSettings.slug,
  access: publicRead,
  fields: [
    { name: 'siteTitle', type: 'text', defaultValue: 'My blog' },
    { name: 'tagline', type: 'text' },
    {
      name: 'featuredArtwork',
      type: 'group',
      fields: [
        { name: 'artwork', type: 'relationship', relationTo: 'artworks' },
        { name: 'label', type: 'text' },
      ],
    },
    { name: 'aboutAuthor', type: 'relationship', relationTo: 'authors' },
  ],
}

export function baselineCollections(mediaDir: string): CollectionConfig[] {
  return [posts, authors, categories, tags, artworks, galleries, media(mediaDir)]
}

export const baselineGlobals: GlobalConfig[] = [siteSettings]
