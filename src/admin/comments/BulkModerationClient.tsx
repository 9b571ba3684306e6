'use client'
/**
 * Above the queue: Approve, Reject and Spam for the selected comments, one click each. One PATCH
 * sets the status of all of them (nothing else: bulk edit never touches a reader's words), and the
 * list reloads showing the result.
 */
import { Button, toast, useConfig, useSelection } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { formatAdminURL } from 'payload/shared'
import React, { useState } from 'react'

import { DECISIONS } from './moderate'

export function BulkModerationClient() {
  const { count, getQueryParams } = useSelection()
  const router = useRouter()
  const {
    config: {
      routes: { api },
    },
  } = useConfig()
  const [busy, setBusy] = useState(false)

  const decide = async (status: string, done: string) => {
    setBusy(true)
    try {
      const response = await fetch(
        formatAdminURL({ apiRoute: api, path: `/comments${getQueryParams()}` }),
        {
          method: 'PATCH',
          credentials: 'include',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ status }),
        },
      )
      const answer = (await response.json().catch(() => ({}))) as {
        docs?: unknown[]
        errors?: { message?: string }[]
      }
      if (!response.ok || answer.errors?.length) {
        toast.error(answer.errors?.[0]?.message ?? 'Nothing was changed.')
      } else {
        const n = answer.docs?.length ?? 0
        toast.success(`${n === 1 ? 'One comment' : `${n} comments`} ${done}.`)
      }
      router.refresh()
    } finally {
      setBusy(false)
    }
  }

  return (
    <div
      role="group"
      aria-label="Moderate selected comments"
      data-bulk-moderation
      style={{
        display: 'flex',
        alignItems: 'center',
        gap: 'calc(var(--base) / 2)',
        marginBottom: 'var(--base)',
      }}
    >
      <span>
        {count > 0
          ? `${count} selected:`
          : 'Select comments to approve, reject or mark as spam at once.'}
      </span>
      {DECISIONS.map((decision) => (
        <Button
          key={decision.status}
          buttonStyle={decision.status === 'approved' ? 'primary' : 'secondary'}
          disabled={busy || count === 0}
          margin={false}
          onClick={() => void decide(decision.status, decision.done)}
          size="small"
          type="button"
        >
          {decision.label}
        </Button>
      ))}
    </div>
  )
}
