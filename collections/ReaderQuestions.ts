import {
  ValidationError,
  type CollectionBeforeChangeHook,
  type CollectionConfig,
  type FieldAccess,
  type FieldHook,
} from 'payload'

import { accessFrom, capabilityField } from '../access/derive'
import { explainVerdict, judgeComment, toPlainText } from '../src/lib/commentPolicy'
import { checkSubmissionForm } from './Comments/hooks/checkSubmissionForm'
import { guardSubmission, submissionFormFields } from './Comments/hooks/guardSubmission'
import { formTokenEndpoint } from './Comments/endpoints'
import { skipUnreadableFields } from './hooks/skipUnreadableFields'
import { effectivePolicy } from './Comments/policy'

const nobody: FieldAccess = () => false
const isStaffField = capabilityField('readAskerDetails')

/** Anonymous askers are shown as such, whatever name they gave. */
const nameAsShown: FieldHook = ({ value, siblingData, req }) =>
  req.user || siblingData?.attribution === 'named' ? value : 'A reader'

/**
 * Questions are held for the owner whatever the policy says (that is the point of asking), but
 * the site's comment policy still runs: abuse is refused at the door, and what fired is kept.
 */
const judgeQuestion: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  if (operation !== 'create') return data
  const question = toPlainText(String(data.question ?? ''))
  if (!question) {
    throw new ValidationError({
      collection: 'reader-questions',
      errors: [{ path: 'question', message: 'A question needs some text.' }],
    })
  }
  const policy = await effectivePolicy(req, {})
  const verdict = judgeComment(
    policy.compiled,
    {
      body: question,
      name: String(data.name ?? ''),
      email: String(data.email ?? ''),
      kind: 'comment',
    },
    { now: new Date(), postPublishedAt: null, trustedCommenter: true },
  )
  if (verdict.action === 'reject') {
    throw new ValidationError({
      collection: 'reader-questions',
      errors: (verdict.messages.length ? verdict.messages : [explainVerdict(verdict)]).map(
        (message) => ({ path: 'question', message }),
      ),
    })
  }
  return {
    ...data,
    question,
    status: 'waiting',
    verdict: { action: verdict.action, fired: verdict.fired, messages: verdict.messages },
  }
}

/**
 * "Read, comment and ask questions": readers' questions, waiting for the owner. An editor links a
 * question to the post that answers it; the post's reader-question block then shows it, named or
 * anonymous as the asker chose, and only if they agreed to its publication.
 */
export const ReaderQuestions: CollectionConfig = {
  slug: 'reader-questions',
  admin: {
    group: 'Community',
    useAsTitle: 'question',
    defaultColumns: ['question', 'name', 'status', 'answeredIn', 'createdAt'],
    description:
      'Questions readers sent in. Link one to the post that answers it, then mark it answered.',
  },
  defaultSort: '-createdAt',
  // Answered questions for the public, waiting ones for the owner: by status, newest first.
  indexes: [{ fields: ['status', 'createdAt'] }],
  access: accessFrom('reader-questions'),
  endpoints: [formTokenEndpoint],
  hooks: {
    beforeOperation: [
      checkSubmissionForm('reader-questions'),
      guardSubmission({ collection: 'reader-questions', bodyField: 'question' }),
      skipUnreadableFields,
    ],
    beforeChange: [judgeQuestion],
  },
  fields: [
    {
      name: 'name',
      type: 'text',
      required: true,
      maxLength: 80,
      hooks: { afterRead: [nameAsShown] },
    },
    { name: 'email', type: 'email', required: true, access: { read: isStaffField } },
    { name: 'question', type: 'textarea', required: true, maxLength: 5000 },
    {
      name: 'consentToPublish',
      type: 'checkbox',
      defaultValue: false,
      admin: { description: 'The asker agreed to see the question quoted in a post.' },
    },
    {
      name: 'attribution',
      type: 'select',
      defaultValue: 'anonymous',
      options: [
        { value: 'named', label: 'With my name' },
        { value: 'anonymous', label: 'Anonymously' },
      ],
      admin: { description: 'How the asker wants to be credited if the question is quoted.' },
    },
    {
      name: 'status',
      type: 'select',
      defaultValue: 'waiting',
      options: [
        { value: 'waiting', label: 'Waiting for an answer' },
        { value: 'answered', label: 'Answered' },
        { value: 'declined', label: 'Declined' },
      ],
      access: { create: nobody },
      admin: {
        position: 'sidebar',
        description: 'Answered questions with consent are public; declined ones stay private.',
      },
    },
    {
      name: 'answeredIn',
      type: 'relationship',
      relationTo: 'posts',
      access: { create: nobody },
      admin: { position: 'sidebar', description: 'The post that answers it.' },
    },
    {
      // The verdict in words: the stored JSON stays out of the admin, whose JSON editor would
      // load from the internet.
      name: 'verdictInWords',
      type: 'ui',
      admin: {
        components: { Field: '/admin/comments/VerdictInWords#VerdictInWords' },
        disableListColumn: true,
      },
    },
    {
      name: 'verdict',
      type: 'json',
      access: { read: isStaffField, create: nobody, update: nobody },
      admin: {
        readOnly: true,
        description: 'What the comment policy made of the question when it arrived.',
        // Plain text: Payload's JSON editor loads from a CDN.
        components: { Field: '/admin/fields/ReadableJson#ReadableJson' },
      },
    },
    ...submissionFormFields(),
  ],
}
