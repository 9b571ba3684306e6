import { ValidationError, type CollectionBeforeChangeHook, type CollectionConfig } from 'payload'

import { accessFrom } from '../access/derive'
import { DEFAULT_ACTIONS, RULE_KINDS, validatePolicyRules } from '../src/lib/commentPolicy'
import { proseEditor } from './fields/editors'

const SETTINGS_HELP =
  'JSON. watchWords: {"words": [...]}; blockedWords: {"words": [...], "patterns": [...]}; ' +
  'heatedTone: {"capsRatio": 0.6, "minLetters": 20, "exclamationRun": 3, "insults": [...], "coolOffMinutes": 15}; ' +
  'tooManyLinks: {"maxLinks": 2}; length: {"min": 2, "max": 5000}; closeAfterDays: {"days": 180}; ' +
  'firstComment and corrections: {}. A word ending in * matches any ending.'

type RuleRow = {
  ruleId?: string | null
  title?: string
  message?: string
  kind?: string
  action?: string | null
  settings?: unknown
}

/** The stored rows as the engine's rules. */
export function rulesFromRows(rows: RuleRow[] | null | undefined) {
  return (rows ?? []).map((row, index) => ({
    id: row.ruleId || String(index),
    title: row.title ?? '',
    message: row.message ?? '',
    kind: row.kind,
    action: row.action || undefined,
    settings: (row.settings ?? {}) as object,
  }))
}

/**
 * Rules are checked with the engine's own validator, so an owner's typo (a bad pattern, min above
 * max) is a 400 naming the rule's field instead of a policy that fails on the first comment.
 * Every save bumps the revision; comments keep the revision that judged them.
 */
const validateAndBumpRevision: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
  const issues = validatePolicyRules(rulesFromRows(data.rules as RuleRow[]))
  if (issues.length > 0) {
    throw new ValidationError({
      collection: 'comment-policies',
      errors: issues.map((issue) => ({
        // The engine says rules.2.settings.words.0; the field is rules.2.settings.
        path: issue.path
          .replace(/^(rules\.\d+\.settings)\..*$/, '$1')
          .replace(/^(rules\.\d+)\.id$/, '$1.ruleId'),
        message: `${issue.path}: ${issue.message}`,
      })),
    })
  }
  return { ...data, revision: ((originalDoc?.revision as number | undefined) ?? 0) + 1 }
}

/**
 * The blog owner's comment policy: an introduction shown above the comment form and the ordered
 * rules the comment engine (src/lib/commentPolicy) enforces on every comment.
 */
export const CommentPolicies: CollectionConfig = {
  slug: 'comment-policies',
  admin: {
    useAsTitle: 'name',
    group: 'Community',
    defaultColumns: ['name', 'revision', 'updatedAt'],
    description:
      'House rules for comments, checked on every submission. Site settings name the default.',
  },
  access: accessFrom('comment-policies', { versions: true }),
  // Every revision is kept: a comment's verdict names the revision that made it.
  versions: { maxPerDoc: 0 },
  hooks: { beforeChange: [validateAndBumpRevision] },
  fields: [
    { name: 'name', type: 'text', required: true, maxLength: 120 },
    {
      name: 'introduction',
      type: 'richText',
      editor: proseEditor,
      admin: { description: 'In your own words, shown to readers above the comment form.' },
    },
    {
      name: 'rules',
      type: 'array',
      maxRows: 100,
      admin: {
        description: 'Checked in this order; the strictest action of the rules that fire wins.',
      },
      fields: [
        { name: 'title', type: 'text', required: true, maxLength: 120 },
        {
          name: 'message',
          type: 'textarea',
          required: true,
          maxLength: 1000,
          admin: { description: 'Your wording, quoted to the commenter when the rule fires.' },
        },
        { name: 'kind', type: 'select', required: true, options: [...RULE_KINDS] },
        {
          name: 'action',
          type: 'select',
          options: ['allow', 'hold', 'reject'],
          admin: {
            description: `Empty: the kind's default (${Object.entries(DEFAULT_ACTIONS)
              .map(([kind, action]) => `${kind} ${action}`)
              .join(', ')}).`,
          },
        },
        { name: 'settings', type: 'json', admin: { description: SETTINGS_HELP } },
        {
          name: 'ruleId',
          type: 'text',
          maxLength: 60,
          admin: { description: 'Optional stable id shown in verdicts.' },
        },
      ],
    },
    {
      name: 'revision',
      type: 'number',
      defaultValue: 1,
      access: { create: () => false, update: () => false },
      admin: { readOnly: true, position: 'sidebar', description: 'Goes up with every save.' },
    },
  ],
}
