import type { CollectionConfig, RelationshipFieldManyValidation } from 'payload'

import { readWithPreview } from '../../access/readWithPreview'
import { accessFrom, isSignedInField } from '../../access/derive'
import { ownerField } from '../fields/owner'
import { creditWriterOnFirstNeed, signedInWritersProfile } from '../fields/ownAuthorProfile'

import { postEditor } from '../fields/editors'
import { relationshipIds } from '../fields/relationshipIds'
import { slug } from '../fields/slug'
import { ensureRelationsExist } from '../hooks/ensureRelationsExist'
import { requireOnPublish } from '../hooks/requireOnPublish'
import { skipUnreadableFields } from '../hooks/skipUnreadableFields'
import { computeReadingStats } from './hooks/computeReadingStats'
import { setPublishedAt } from './hooks/setPublishedAt'

const notRelatedToItself: RelationshipFieldManyValidation = (value, { id }) => {
  if (id && relationshipIds(value).includes(String(id)))
    return 'A post cannot be related to itself.'
  return true
}

const noDuplicates: RelationshipFieldManyValidation = (value) => {
  const ids = relationshipIds(value)
  return new Set(ids).size === ids.length ? true : 'Each entry may be chosen only once.'
}

/**
 * Long-form posts: essays, answers to readers' questions, analyses. Drafts stay private until
 * published; SEO fields come from the SEO plugin (payload.config.ts).
 */
export const Posts: CollectionConfig = {
  slug: 'posts',
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'stage', 'authors', 'publishedAt', 'publishAt'],
    group: 'Writing',
  },
  defaultSort: '-publishedAt',
  // The public list (published, newest first) and the admin's, page by page from the index. The
  // versions table gets the same index on its `version_*` columns.
  indexes: [{ fields: ['_status', 'publishedAt', 'createdAt'] }],
  access: { ...accessFrom('posts'), read: readWithPreview('posts') },
  // A post shown as a link or card (related posts, the posts of an author, a comment's post):
  // never its content, corrections or workflow.
  defaultPopulate: {
    title: true,
    slug: true,
    excerpt: true,
    publishedAt: true,
    readingTime: true,
    featuredImage: true,
    authors: true,
  },
  // The workflow's hooks go around these (src/plugins/workflow).
  hooks: {
    beforeOperation: [skipUnreadableFields],
    beforeValidate: [ensureRelationsExist],
    beforeChange: [
      requireOnPublish({ title: 'A title', slug: 'A slug', authors: 'At least one author' }),
      computeReadingStats,
      setPublishedAt,
    ],
  },
  fields: [
    { name: 'title', type: 'text', required: true, maxLength: 200 },
    slug(),
    {
      name: 'excerpt',
      type: 'textarea',
      maxLength: 500,
      admin: { description: 'One or two sentences for lists, previews and search results.' },
    },
    { name: 'content', type: 'richText', editor: postEditor },
    {
      name: 'featuredImage',
      type: 'upload',
      relationTo: 'media',
      admin: { description: 'Shown above the post and in link previews.' },
    },
    {
      name: 'authors',
      type: 'relationship',
      relationTo: 'authors',
      hasMany: true,
      required: true,
      minRows: 1,
      validate: noDuplicates,
      // The signed-in writer's own profile, made on first need for a writer who has none.
      defaultValue: signedInWritersProfile,
      hooks: { beforeValidate: [creditWriterOnFirstNeed] },
      admin: { position: 'sidebar', description: 'Who wrote it; the first is the primary author.' },
    },
    {
      name: 'categories',
      type: 'relationship',
      relationTo: 'categories',
      hasMany: true,
      validate: noDuplicates,
      admin: { position: 'sidebar' },
    },
    {
      name: 'tags',
      type: 'relationship',
      relationTo: 'tags',
      hasMany: true,
      validate: noDuplicates,
      admin: { position: 'sidebar' },
    },
    {
      name: 'relatedPosts',
      type: 'relationship',
      relationTo: 'posts',
      hasMany: true,
      maxRows: 6,
      validate: (value, options) => {
        const own = notRelatedToItself(value, options)
        return own === true ? noDuplicates(value, options) : own
      },
      filterOptions: ({ id }) => (id ? { id: { not_equals: id } } : true),
      admin: { description: 'Further reading shown under the post.' },
    },
    {
      name: 'publishedAt',
      type: 'date',
      index: true,
      admin: {
        position: 'sidebar',
        date: { pickerAppearance: 'dayAndTime' },
        description: 'Set automatically on first publication; change it to backdate.',
      },
    },
    {
      name: 'readingTime',
      type: 'number',
      admin: {
        position: 'sidebar',
        readOnly: true,
        description: 'Minutes, computed from the content on save.',
      },
    },
    {
      name: 'wordCount',
      type: 'number',
      admin: { position: 'sidebar', readOnly: true },
    },
    {
      name: 'commentsOpen',
      type: 'checkbox',
      defaultValue: true,
      admin: {
        position: 'sidebar',
        description: 'Readers may comment (the policy may still close old posts).',
      },
    },
    {
      name: 'commentPolicy',
      type: 'relationship',
      relationTo: 'comment-policies',
      admin: { position: 'sidebar', description: 'Empty: the site default from site settings.' },
    },
    {
      name: 'corrections',
      type: 'array',
      admin: {
        description:
          'Dated correction notes, shown with the post; accepted reader corrections add one.',
      },
      fields: [
        { name: 'date', type: 'date', required: true },
        { name: 'note', type: 'textarea', required: true, maxLength: 5000 },
        {
          name: 'comment',
          type: 'relationship',
          relationTo: 'comments',
          admin: { description: 'The reader correction it came from.' },
        },
      ],
    },
    {
      name: 'importHash',
      type: 'text',
      index: true,
      access: { read: isSignedInField, create: isSignedInField, update: isSignedInField },
      admin: { hidden: true },
      // Fingerprint of the file a post was last imported from: `npm run import` skips unchanged files.
    },
    ownerField(),
  ],
}
