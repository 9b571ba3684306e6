'use client'
/**
 * The workflow's moves as buttons: Submit for review, Withdraw, Request changes, Approve,
 * Schedule, Publish, Unpublish, each shown only when the machine's `availableActions` offers it
 * to this user on this document. A button saves the form with the move (`stage`, and
 * `workflowNote` or `publishAt` when the move needs one: the REST contract), and the saved
 * document then refreshes the form, so the new stage shows at once. Moves are made only here,
 * never by autosave, so a half-made move can never fail in the background.
 */
import { Button, useConfig, useDocumentInfo, useForm, useFormProcessing } from '@payloadcms/ui'
import { formatAdminURL } from 'payload/shared'
import React, { useRef, useState } from 'react'

import { relationshipId } from '../../../collections/fields/relationshipIds'
import {
  ACTIONS,
  availableActions,
  type Action,
  type WorkflowCapability,
} from '../../lib/workflow/machine'
import { isStage } from '../../lib/workflow/stages'
import { ActionDialog, type Question } from './ActionDialog'

const pad = (n: number) => String(n).padStart(2, '0')
/** A time as a datetime-local field holds it, in the browser's own zone. */
const localInput = (at: Date) =>
  `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}T${pad(at.getHours())}:${pad(at.getMinutes())}:${pad(at.getSeconds())}`

/** Tomorrow at 09:00, the usual time for a scheduled post to go out. */
function tomorrowMorning(): string {
  const at = new Date()
  at.setDate(at.getDate() + 1)
  at.setHours(9, 0, 0, 0)
  return localInput(at)
}

const QUESTIONS: Partial<Record<Action, () => Question>> = {
  requestChanges: () => ({
    title: 'Request changes',
    label: 'What should change?',
    hint: 'The writer reads this note with the request.',
    input: 'note',
    initial: '',
    confirm: 'Request changes',
    check: (value) => (value.trim() ? null : 'Write what should change: the request needs a note.'),
  }),
  schedule: () => ({
    title: 'Schedule publication',
    label: 'Publish at (your time zone)',
    hint: 'It goes live by itself at this time.',
    input: 'time',
    initial: tomorrowMorning(),
    confirm: 'Schedule',
    check: (value) => {
      const at = new Date(value)
      if (!value || Number.isNaN(at.getTime())) return 'Choose a date and time.'
      return at.getTime() > Date.now() ? null : 'Choose a time in the future.'
    },
  }),
}

export function WorkflowActionsClient({
  capabilities,
  userId,
}: {
  capabilities: WorkflowCapability[]
  userId: string | null
}) {
  const {
    id,
    collectionSlug,
    data,
    setHasPublishedDoc,
    setMostRecentVersionIsAutosaved,
    setUnpublishedVersionCount,
  } = useDocumentInfo()
  const { submit } = useForm()
  const processing = useFormProcessing()
  const {
    config: {
      routes: { api },
    },
  } = useConfig()
  const [asking, setAsking] = useState<Action | null>(null)
  const trigger = useRef<HTMLElement | null>(null)

  // `data` is the document as last saved (Payload replaces it after every save).
  const stage = isStage(data?.stage) ? data.stage : 'draft'
  const owner = relationshipId(data?.owner)
  const actions = availableActions(
    {
      capabilities,
      // A new document will be the writer's own; the owner is read by its owner and the team.
      isOwner: userId !== null && (!id || owner === undefined || owner === userId),
      describedAs: '',
    },
    stage,
    { isNew: !id },
  )
  if (!collectionSlug || actions.length === 0) return null

  const take = async (action: Action, answer?: string): Promise<boolean> => {
    const { to, needs } = ACTIONS[action]
    // Publishing and unpublishing change what readers see; every other move is a draft save.
    const live = to === 'published' || to === 'unpublished'
    const details =
      needs === 'workflowNote'
        ? { workflowNote: answer?.trim() }
        : needs === 'publishAt' && answer
          ? { publishAt: new Date(answer).toISOString() }
          : {}
    const result = (await submit({
      action: formatAdminURL({
        apiRoute: api,
        path: `/${collectionSlug}${id ? `/${id}` : ''}?depth=0${live ? '' : '&draft=true'}`,
      }),
      method: id ? 'PATCH' : 'POST',
      overrides: { stage: to, _status: to === 'published' ? 'published' : 'draft', ...details },
      // Drafts may be incomplete; going live checks the required fields first.
      skipValidation: to !== 'published',
    })) as { res?: Response } | undefined
    const taken = Boolean(result?.res?.ok)
    if (taken && live) {
      setHasPublishedDoc(to === 'published')
      setUnpublishedVersionCount(0)
      setMostRecentVersionIsAutosaved(false)
    }
    return taken
  }

  const question = asking ? QUESTIONS[asking]?.() : undefined

  return (
    <div
      role="group"
      aria-label="Workflow actions"
      aria-busy={processing}
      data-workflow-actions
      style={{ display: 'flex', flexWrap: 'nowrap', gap: 'calc(var(--base) / 2)' }}
    >
      {actions.map((action, index) => (
        <Button
          key={action}
          buttonStyle={index === 0 ? 'primary' : 'secondary'}
          disabled={processing}
          id={`workflow-${action}`}
          margin={false}
          onClick={(event) => {
            trigger.current = event.currentTarget as HTMLElement
            if (QUESTIONS[action]) setAsking(action)
            else void take(action)
          }}
          size="medium"
          type="button"
        >
          {ACTIONS[action].label}
        </Button>
      ))}
      {asking && question && (
        <ActionDialog
          question={question}
          onAnswer={(answer) => take(asking, answer)}
          onClose={() => {
            setAsking(null)
            // Back to the button that opened it, if the move left it on the page.
            if (trigger.current?.isConnected) trigger.current.focus()
          }}
        />
      )}
    </div>
  )
}
