import type {
  ArrayField,
  DateField,
  Field,
  FieldAccess,
  FieldHook,
  SelectField,
  TextareaField,
} from 'payload'

import { capabilityField, capabilityOrSelfField } from '../../access/derive'
import { actorFor } from '../../src/plugins/workflow/actor'
import { looksLikeEmail, NAMELESS } from '../../src/lib/people'
import { isStage, movesFrom, STAGE_LABELS, STAGES, type Stage } from '../../src/lib/workflow'
import { DATE_TIME_FORMAT } from './dates'

const nobody: FieldAccess = () => false

const NOT_IN_THE_EDIT_VIEW = '/admin/workflow/NotInTheAdmin#NotInTheAdmin'

type HistoryRow = { to?: unknown }

/**
 * The stage the document was saved in. The form's `stage` value moves as the user picks, but
 * the history's last row does not, so it says where the transition starts from. While the admin
 * builds form state, `history` is not always the rows: a new document has none, and the form
 * holds an array field as its row count.
 */
export function savedStage(data: { stage?: unknown; history?: unknown } | undefined): Stage {
  const rows = Array.isArray(data?.history) ? (data.history as HistoryRow[]) : []
  const last = rows.at(-1)?.to
  if (isStage(last)) return last
  return isStage(data?.stage) ? data.stage : 'draft'
}

/** The admin offers only the stages this user may move the document to (and where it is now). */
const stage: SelectField = {
  name: 'stage',
  type: 'select',
  defaultValue: 'draft',
  index: true,
  options: STAGES.map((value) => ({ value, label: STAGE_LABELS[value] })),
  filterOptions: ({ data, options, req }) => {
    const from = savedStage(data)
    const allowed = new Set<string>([from, ...movesFrom(actorFor(req.user, data), from)])
    return options.filter((option) =>
      allowed.has(typeof option === 'string' ? option : option.value),
    )
  },
  admin: {
    position: 'sidebar',
    description: 'Where it is in the editorial workflow. Publishing and unpublishing also move it.',
    // The document view moves it with the workflow's action buttons and says it in words in the
    // header (src/admin/workflow); lists still show it as a column and filter by it.
    components: { Field: NOT_IN_THE_EDIT_VIEW },
  },
}

const publishAt: DateField = {
  name: 'publishAt',
  type: 'date',
  index: true,
  admin: {
    position: 'sidebar',
    // To the second: an editor can schedule "in a minute" and see exactly when it will go.
    date: {
      pickerAppearance: 'dayAndTime',
      displayFormat: 'd MMM yyyy, HH:mm:ss',
      timeIntervals: 15,
    },
    description: 'With the stage "Scheduled": when it goes live (your time zone).',
    // Set by the Schedule action's dialog and shown in the header's "Scheduled for …".
    components: { Field: NOT_IN_THE_EDIT_VIEW },
  },
}

/** Said with a transition; kept in the history, never stored on its own. */
const workflowNote: TextareaField = {
  name: 'workflowNote',
  type: 'textarea',
  virtual: true,
  maxLength: 2000,
  admin: {
    // Payload makes virtual fields read-only in the admin unless told otherwise.
    readOnly: false,
    position: 'sidebar',
    description: 'A note to go with this change of stage (required when requesting changes).',
    // The Request changes dialog asks for it; API clients send it with the stage.
    hidden: true,
  },
}

/**
 * Rows written before history named people stored the actor's email; the migration
 * (src/migrations/*_history_names) rewrites them on SQLite. Whatever a database still holds, an
 * address never leaves the server as a name.
 */
const nameNotEmail: FieldHook = ({ value }) => (looksLikeEmail(value) ? NAMELESS : value)

/** Who made a move: the team's knowledge, and one's own. */
const whoMovedIt = capabilityOrSelfField('readWorkflowActors', 'by')

/** Every transition, appended by the workflow hook; nobody writes it directly. */
const history: ArrayField = {
  name: 'history',
  type: 'array',
  access: { read: capabilityField('readWorkflowHistory'), create: nobody, update: nobody },
  admin: {
    readOnly: true,
    initCollapsed: true,
    description: 'Who moved it, when, and why.',
    components: { RowLabel: '/admin/HistoryRowLabel#HistoryRowLabel' },
  },
  fields: [
    {
      name: 'at',
      type: 'date',
      admin: { date: { pickerAppearance: 'dayAndTime', displayFormat: DATE_TIME_FORMAT } },
    },
    { name: 'by', type: 'relationship', relationTo: 'users', access: { read: whoMovedIt } },
    // The account's display name at the time (src/lib/people.ts), never its email.
    {
      name: 'byName',
      type: 'text',
      access: { read: whoMovedIt },
      hooks: { afterRead: [nameNotEmail] },
    },
    { name: 'from', type: 'select', options: [...STAGES] },
    { name: 'to', type: 'select', options: [...STAGES] },
    { name: 'note', type: 'textarea' },
  ],
}

/** The editorial workflow's fields, for every collection that keeps drafts. */
export function workflowFields(): Field[] {
  return [stage, publishAt, workflowNote, history]
}
