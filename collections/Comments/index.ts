import type { CollectionConfig, FieldAccess } from 'payload'

import { accessFrom, capabilityField } from '../../access/derive'
import { acceptCorrection } from './hooks/acceptCorrection'
import { checkSubmissionForm } from './hooks/checkSubmissionForm'
import { excerptOfBody } from './hooks/excerptOfBody'
import { explainOutcome } from './hooks/explainOutcome'
import {
  guardSubmission,
  MAX_BODY_CHARACTERS,
  NOT_IN_ADMIN,
  submissionFormFields,
} from './hooks/guardSubmission'
import { judgeSubmission } from './hooks/judgeSubmission'
import { notifyReaders } from './hooks/notifyReaders'
import { recordModeration } from './hooks/recordModeration'
import { commentEndpoints } from './endpoints'
import { skipUnreadableFields } from '../hooks/skipUnreadableFields'
import { STATUS_OPTIONS } from './statuses'

/** Moments people act on (until when, since when) read with their time of day. */
const DATE_AND_TIME = {
  pickerAppearance: 'dayAndTime',
  displayFormat: 'd MMM yyyy, HH:mm',
} as const

const nobody: FieldAccess = () => false
/** Commenters' details and the verdict are for moderators and editors only. */
const isStaffField = capabilityField('readCommenterDetails')
/** Who may set a status; row access narrows authors to comments on their own posts. */
const isModeratorField = capabilityField('moderateComments')
/** What the reader wrote is theirs: no role may change it (REST, GraphQL, the Local API with a user). */
const readerWordsField = { update: capabilityField('editReaderWords') }
/** Shown read-only and never offered in bulk edit: one click must not rewrite many readers' words. */
const READER_WORDS_ADMIN = { readOnly: true, disableBulkEdit: true } as const

export { COMMENT_STATUSES } from './statuses'

/**
 * Readers' comments under posts. Anyone may post one (no account); the server judges it by the
 * post's comment policy and sets its status; moderators (and authors, on their own posts) decide
 * what is held. The public reads approved, public comments only, and only their public fields.
 */
export const Comments: CollectionConfig = {
  slug: 'comments',
  admin: {
    group: 'Community',
    useAsTitle: 'name',
    defaultColumns: ['excerpt', 'name', 'post', 'status', 'firedRules', 'createdAt'],
    listSearchableFields: ['body', 'name'],
    description:
      'The moderation queue: filter by status, kind or rule; select several to approve, reject or mark as spam at once.',
    components: {
      beforeListTable: ['/admin/comments/BulkModeration#BulkModeration'],
      edit: { beforeDocumentControls: ['/admin/comments/ModerationActions#ModerationActions'] },
    },
  },
  defaultSort: '-createdAt',
  indexes: [
    // The thread under a post (approved, in order) and the queue by status, newest first.
    { fields: ['post', 'status', 'createdAt'] },
    { fields: ['status', 'createdAt'] },
  ],
  access: accessFrom('comments'),
  endpoints: commentEndpoints,
  hooks: {
    beforeOperation: [
      checkSubmissionForm('comments'),
      guardSubmission({ collection: 'comments', bodyField: 'body' }),
      skipUnreadableFields,
    ],
    beforeChange: [judgeSubmission, recordModeration],
    afterChange: [explainOutcome, acceptCorrection, notifyReaders],
  },
  fields: [
    // The post and the comment replied to come as links, not with their own references.
    {
      name: 'post',
      type: 'relationship',
      relationTo: 'posts',
      required: true,
      index: true,
      maxDepth: 1,
      access: readerWordsField,
      admin: READER_WORDS_ADMIN,
    },
    {
      name: 'parent',
      type: 'relationship',
      relationTo: 'comments',
      index: true,
      maxDepth: 1,
      access: readerWordsField,
      admin: { ...READER_WORDS_ADMIN, description: 'The comment this one replies to.' },
    },
    {
      name: 'name',
      type: 'text',
      required: true,
      maxLength: 80,
      access: readerWordsField,
      admin: READER_WORDS_ADMIN,
    },
    {
      name: 'email',
      type: 'email',
      required: true,
      index: true,
      access: { read: isStaffField, ...readerWordsField },
      admin: READER_WORDS_ADMIN,
    },
    {
      name: 'body',
      type: 'textarea',
      required: true,
      maxLength: MAX_BODY_CHARACTERS,
      label: 'Comment',
      access: readerWordsField,
      admin: READER_WORDS_ADMIN,
    },
    {
      // The commenter's own choice; only the signed unsubscribe link changes it afterwards.
      name: 'notifyReplies',
      type: 'checkbox',
      defaultValue: false,
      label: 'Email me replies',
      access: { read: isStaffField, update: nobody },
      admin: {
        ...READER_WORDS_ADMIN,
        position: 'sidebar',
        description: 'The commenter asked for an email when an approved reply arrives.',
      },
    },
    {
      // Set by the server on a reply written in the admin, so frontends can mark it.
      name: 'fromAuthor',
      type: 'checkbox',
      defaultValue: false,
      access: { create: nobody, update: nobody },
      admin: {
        readOnly: true,
        position: 'sidebar',
        description: "A reply written in the admin, shown as the post's author's.",
        condition: (data) => Boolean(data?.fromAuthor),
      },
    },
    {
      // The queue's first column: a long comment would otherwise fill the row.
      name: 'excerpt',
      type: 'text',
      virtual: true,
      access: { create: nobody, update: nobody },
      hooks: { afterRead: [excerptOfBody] },
      admin: { readOnly: true, condition: () => false, disableListFilter: true },
    },
    {
      name: 'kind',
      type: 'select',
      defaultValue: 'comment',
      access: readerWordsField,
      admin: READER_WORDS_ADMIN,
      options: [
        { value: 'comment', label: 'Comment' },
        { value: 'correction', label: 'Pointing out a mistake' },
      ],
    },
    {
      name: 'status',
      type: 'select',
      defaultValue: 'pending',
      index: true,
      options: STATUS_OPTIONS,
      access: { create: nobody, update: isModeratorField },
      admin: {
        position: 'sidebar',
        description: 'Readers see approved comments only; rejected and spam stay hidden.',
      },
    },
    {
      name: 'moderationNote',
      type: 'textarea',
      maxLength: 1000,
      access: { read: isStaffField, create: nobody, update: isModeratorField },
      admin: {
        position: 'sidebar',
        description: 'For the team: why it was approved, rejected or marked as spam.',
      },
    },
    {
      name: 'visibility',
      type: 'select',
      defaultValue: 'public',
      options: [
        { value: 'public', label: 'Public' },
        { value: 'private', label: 'Private: for the authors only' },
      ],
      access: { create: nobody, update: nobody },
      admin: {
        position: 'sidebar',
        readOnly: true,
        description: 'Corrections go privately to the authors.',
      },
    },
    {
      // The verdict in words (VerdictInWords); the stored JSON stays out of the admin, whose
      // JSON editor would load from the internet.
      name: 'verdictInWords',
      type: 'ui',
      label: 'Why it was held',
      admin: {
        components: { Field: '/admin/comments/VerdictInWords#VerdictInWords' },
        disableListColumn: true,
      },
    },
    {
      name: 'verdict',
      type: 'json',
      access: { read: isStaffField, create: nobody, update: nobody },
      admin: { ...NOT_IN_ADMIN, readOnly: true },
    },
    {
      name: 'firedRules',
      type: 'text',
      hasMany: true,
      index: true,
      access: { read: isStaffField, create: nobody, update: nobody },
      label: 'Rules that fired',
      admin: {
        readOnly: true,
        position: 'sidebar',
        description: 'Rule ids, for filtering the queue by rule; the list shows their titles.',
        // The verdict above names them in words; in the list they show as titles.
        condition: () => false,
        components: { Cell: '/admin/comments/FiredRulesCell#FiredRulesCell' },
      },
    },
    {
      name: 'policy',
      type: 'relationship',
      relationTo: 'comment-policies',
      access: { read: isStaffField, create: nobody, update: nobody },
      admin: { readOnly: true, position: 'sidebar' },
    },
    {
      name: 'policyRevision',
      type: 'number',
      access: { read: isStaffField, create: nobody, update: nobody },
      admin: {
        readOnly: true,
        position: 'sidebar',
        description: 'The revision of the policy that judged it.',
      },
    },
    {
      name: 'depth',
      type: 'number',
      defaultValue: 0,
      access: { create: nobody, update: nobody },
      admin: NOT_IN_ADMIN,
    },
    {
      name: 'user',
      type: 'relationship',
      relationTo: 'users',
      access: { read: isStaffField, create: nobody, update: nobody },
      admin: { readOnly: true },
    },
    { name: 'ipHash', type: 'text', hidden: true, access: { create: nobody, update: nobody } },
    {
      name: 'editTokenHash',
      type: 'text',
      hidden: true,
      access: { create: nobody, update: nobody },
    },
    {
      name: 'coolOffUntil',
      type: 'date',
      access: { read: isStaffField, create: nobody, update: nobody },
      admin: {
        readOnly: true,
        date: DATE_AND_TIME,
        description: 'Until then the commenter may still edit or withdraw a heated comment.',
      },
    },
    {
      name: 'moderatedAt',
      type: 'date',
      access: { read: isStaffField, create: nobody, update: nobody },
      admin: { readOnly: true, position: 'sidebar', date: DATE_AND_TIME },
    },
    {
      name: 'moderatedBy',
      type: 'relationship',
      relationTo: 'users',
      access: { read: isStaffField, create: nobody, update: nobody },
      admin: { readOnly: true, position: 'sidebar' },
    },
    ...submissionFormFields(),
    {
      name: 'outcome',
      type: 'json',
      virtual: true,
      access: { create: nobody, update: nobody },
      admin: NOT_IN_ADMIN,
    },
  ],
}
