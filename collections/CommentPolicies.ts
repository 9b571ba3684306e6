import {
  ValidationError,
  type ArrayField,
  type Block,
  type CheckboxField,
  type CollectionBeforeChangeHook,
  type CollectionConfig,
  type Field,
  type NumberField,
} from 'payload'

import { accessFrom } from '../access/derive'
import {
  ACTION_LABELS,
  DEFAULT_ACTIONS,
  formIssueOf,
  KIND_HELP,
  LIMITS,
  RULE_KINDS,
  rulesFromBlocks,
  validatePolicyRules,
  type RuleBlock,
  type RuleKind,
} from '../src/lib/commentPolicy'
import { proseEditor } from './fields/editors'

const ACTIONS = (['allow', 'hold', 'reject'] as const).map((value) => ({
  value,
  label: ACTION_LABELS[value],
}))

/** A list of words or phrases, one a row; `patterns` adds the "pattern" box where a kind takes them. */
const wordRows = (
  name: string,
  label: string,
  description: string,
  patterns = false,
): ArrayField => ({
  name,
  label,
  type: 'array',
  maxRows: LIMITS.entries,
  labels: { singular: patterns ? 'Word or pattern' : 'Word', plural: label },
  admin: { description, initCollapsed: false },
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'word',
          label: patterns ? 'Word, phrase or pattern' : 'Word or phrase',
          type: 'text',
          maxLength: LIMITS.patternLength,
          admin: { width: patterns ? '70%' : '100%' },
        },
        ...(patterns
          ? [
              {
                name: 'pattern',
                label: 'Pattern',
                type: 'checkbox',
                defaultValue: false,
                admin: {
                  width: '30%',
                  description: 'A regular expression, matched anywhere, ignoring case.',
                },
              } satisfies CheckboxField,
            ]
          : []),
      ],
    },
  ],
})

const whole = (
  name: string,
  label: string,
  description: string,
  { min = 1, max }: { min?: number; max?: number } = {},
): NumberField => ({
  name,
  label,
  type: 'number',
  min,
  max,
  admin: { description, step: 1, placeholder: 'the default' },
})

/** What every kind's settings look like in the form; kinds without settings have none. */
const SETTINGS_FIELDS: { [K in RuleKind]: Field[] } = {
  watchWords: [
    wordRows(
      'words',
      'Words to watch for',
      'A * at the end matches any ending: vote* finds voted and voters.',
    ),
  ],
  blockedWords: [
    wordRows(
      'words',
      'Blocked words and patterns',
      'Words and phrases (a * at the end matches any ending), or tick "pattern" for a regular expression.',
      true,
    ),
  ],
  heatedTone: [
    {
      type: 'row',
      fields: [
        whole(
          'capitalsPercent',
          'Capitals (%)',
          'Share of capital letters that counts as shouting; 60 by default.',
          { max: 100 },
        ),
        whole(
          'minLetters',
          'From (letters)',
          'Only comments with at least this many letters can shout; 20 by default.',
        ),
        whole('exclamationRun', 'Exclamation marks in a row', '3 by default: "!!!" is heated.'),
        whole(
          'coolOffMinutes',
          'Cool-off (minutes)',
          'How long the commenter may still edit or withdraw it; 15 by default.',
        ),
      ],
    },
    wordRows(
      'insults',
      'Insults',
      'Words that count as insults (a * at the end matches any ending).',
    ),
  ],
  tooManyLinks: [
    whole('maxLinks', 'Most links allowed', 'More than this holds the comment; 2 by default.', {
      min: 0,
    }),
  ],
  length: [
    {
      type: 'row',
      fields: [
        whole('min', 'At least (characters)', '2 by default.'),
        whole('max', 'At most (characters)', '5000 by default.'),
      ],
    },
  ],
  closeAfterDays: [
    whole(
      'days',
      'Days after publication',
      'Comments close this many days after the post went live; 180 by default.',
    ),
  ],
  firstComment: [],
  corrections: [],
}

/** One block per kind of rule: its words, numbers and days as fields, with help and an example. */
const RULE_BLOCKS: Block[] = RULE_KINDS.map((kind) => ({
  slug: kind,
  labels: { singular: KIND_HELP[kind].label, plural: `${KIND_HELP[kind].label} rules` },
  admin: {
    components: { Label: '/admin/comments/RuleRowLabel#RuleRowLabel' },
    disableBlockName: true,
  },
  fields: [
    {
      name: 'about',
      type: 'ui',
      admin: {
        components: {
          Field: { path: '/admin/comments/RuleHelp#RuleHelp', clientProps: { kind } },
        },
      },
    },
    { name: 'title', type: 'text', required: true, maxLength: 120 },
    {
      name: 'message',
      type: 'textarea',
      required: true,
      maxLength: 1000,
      admin: { description: 'Your wording, quoted to the commenter when the rule fires.' },
    },
    {
      name: 'action',
      type: 'select',
      options: ACTIONS,
      admin: {
        description: `Empty: ${ACTION_LABELS[DEFAULT_ACTIONS[kind]].toLowerCase()}, this kind's default.`,
      },
    },
    ...SETTINGS_FIELDS[kind],
    {
      name: 'ruleId',
      label: 'Rule id',
      type: 'text',
      maxLength: 60,
      admin: {
        description:
          "Optional short name kept in verdicts (e.g. no-politics); the rule's position is used otherwise.",
      },
    },
  ],
}))

/**
 * Rules are checked with the engine's own validator, so an owner's typo (a bad pattern, min above
 * max) is a 400 naming the rule and the field to fix instead of a policy that fails on the first
 * comment. Every save bumps the revision; comments keep the revision that judged them.
 */
const validateAndBumpRevision: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
  const blocks = (data.rules ?? []) as RuleBlock[]
  const issues = validatePolicyRules(rulesFromBlocks(blocks))
  if (issues.length > 0) {
    throw new ValidationError({
      collection: 'comment-policies',
      errors: issues.map((issue) => formIssueOf(blocks, issue)),
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
      type: 'blocks',
      maxRows: LIMITS.rules,
      blocks: RULE_BLOCKS,
      labels: { singular: 'Rule', plural: 'Rules' },
      admin: {
        description:
          "Checked in this order; the strictest action of the rules that fire wins, and every fired rule's message is shown.",
        initCollapsed: true,
      },
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
