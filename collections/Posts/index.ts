import type { CollectionConfig, RelationshipFieldManyValidation } from 'payload'

import { readWithPreview } from '../../access/readWithPreview'
import { accessFrom, isSignedInField } from '../../access/derive'
import { ownerField } from '../fields/owner'
import { creditWriterOnFirstNeed, signedInWritersProfile } from '../fields/ownAuthorProfile'

import { DATE_FORMAT, DATE_TIME_FORMAT } from '../fields/dates'
import { postEditor } from '../fields/editors'
import { relationshipIds } from '../fields/relationshipIds'
import { slug } from '../fields/slug'
import { ensureRelationsExist } from '../hooks/ensureRelationsExist'
import { requireOnPublish } from '../hooks/requireOnPublish'
import { skipUnreadableFields } from '../hooks/skipUnreadableFields'
import { computeReadingStats } from './hooks/computeReadingStats'
import { API_DEFAULT_SORT, keepReadSort } from './hooks/keepReadSort'
import { dropSearchText, keepSearchText } from './hooks/keepSearchText'
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
    defaultColumns: ['title', 'stage', 'authors', 'updatedAt', 'publishedAt'],
    group: 'Writing',
    // The search box looks in the body too, through its plain-text copy.
    listSearchableFields: ['title', 'excerpt', 'searchText'],
  },
  // The admin list: last change first, so drafts and work in review sit on top. The API keeps
  // newest publication first when a request names no sort (keepReadSort).
  defaultSort: '-updatedAt',
  custom: { apiDefaultSort: API_DEFAULT_SORT },
  // The public list (published, newest first), page by page from the index. The versions table
  // gets indexes for both orders on its `version_*` columns (src/lib/versionIndexes.ts).
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
    beforeOperation: [keepReadSort, skipUnreadableFields],
    afterRead: [dropSearchText],
    beforeValidate: [ensureRelationsExist],
    beforeChange: [
      requireOnPublish({ title: 'A title', slug: 'A slug', authors: 'At least one author' }),
      computeReadingStats,
      keepSearchText,
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
        date: { pickerAppearance: 'dayAndTime', displayFormat: DATE_TIME_FORMAT },
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
        {
          name: 'date',
          type: 'date',
          required: true,
          admin: { date: { pickerAppearance: 'dayOnly', displayFormat: DATE_FORMAT } },
        },
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
      // The body as plain text, kept by keepSearchText for the admin's search (staff may query
      // it). Never shown, and left out of every answer by dropSearchText: it would double a post's
      // size. (Payload's `hidden` would also forbid querying it.)
      name: 'searchText',
      type: 'textarea',
      access: { read: isSignedInField, create: isSignedInField, update: isSignedInField },
      admin: { hidden: true, disableListColumn: true, disableListFilter: true },
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
