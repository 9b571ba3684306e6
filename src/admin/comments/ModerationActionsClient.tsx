'use client'
/**
 * One click per decision: Approve, Reject or Spam saves the comment's status (with the moderation
 * note as typed) and the page shows the new status. Reply asks for the words and posts them as
 * the post's author's reply (POST /api/comments/:id/reply), approved and in the thread at once.
 */
import {
  Button,
  toast,
  useConfig,
  useDocumentInfo,
  useForm,
  useFormProcessing,
} from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { formatAdminURL } from 'payload/shared'
import React, { useState } from 'react'

import { ActionDialog, type Question } from '../workflow/ActionDialog'
import { DECISIONS } from './moderate'

const REPLY: Question = {
  title: 'Reply as the author',
  label: 'Your reply',
  hint: "Published at once under this comment, as the post's author's.",
  input: 'note',
  initial: '',
  confirm: 'Post reply',
  check: (value) => (value.trim() ? null : 'Write the reply first.'),
}

export function ModerationActionsClient() {
  const { id, data, docPermissions } = useDocumentInfo()
  const { submit } = useForm()
  const processing = useFormProcessing()
  const router = useRouter()
  const {
    config: {
      routes: { api },
    },
  } = useConfig()
  const [replying, setReplying] = useState(false)
  // An author reads approved comments under others' posts too, but moderates only their own.
  if (!id || !docPermissions?.update) return null
  const status = typeof data?.status === 'string' ? data.status : undefined

  const decide = async (next: string) => {
    await submit({
      action: formatAdminURL({ apiRoute: api, path: `/comments/${id}?depth=0` }),
      method: 'PATCH',
      overrides: { status: next },
      skipValidation: true,
    })
  }

  const reply = async (body: string): Promise<boolean> => {
    const response = await fetch(formatAdminURL({ apiRoute: api, path: `/comments/${id}/reply` }), {
      method: 'POST',
      credentials: 'include',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ body }),
    })
    const answer = (await response.json().catch(() => ({}))) as {
      message?: string
      errors?: { message?: string }[]
    }
    if (!response.ok) {
      toast.error(answer.errors?.[0]?.message ?? answer.message ?? 'The reply was not posted.')
      return false
    }
    toast.success('Your reply is published under the comment.')
    router.refresh()
    return true
  }

  return (
    <div
      role="group"
      aria-label="Moderation"
      aria-busy={processing}
      data-moderation-actions
      style={{ display: 'flex', flexWrap: 'nowrap', gap: 'calc(var(--base) / 2)' }}
    >
      {DECISIONS.map((decision) => (
        <Button
          key={decision.status}
          buttonStyle={decision.status === 'approved' ? 'primary' : 'secondary'}
          disabled={processing || status === decision.status}
          margin={false}
          onClick={() => void decide(decision.status)}
          size="medium"
          type="button"
        >
          {decision.label}
        </Button>
      ))}
      <Button
        buttonStyle="secondary"
        disabled={processing || status !== 'approved'}
        margin={false}
        onClick={() => setReplying(true)}
        size="medium"
        tooltip={status === 'approved' ? undefined : 'Approve the comment to reply to it.'}
        type="button"
      >
        Reply
      </Button>
      {replying && (
        <ActionDialog question={REPLY} onAnswer={reply} onClose={() => setReplying(false)} />
      )}
    </div>
  )
}
