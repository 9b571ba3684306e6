'use client'
import { Button, toast, useConfig } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import React, { useState } from 'react'

/** Puts the delivery back on the queue (POST …/:id/retry) and reloads the view to show it. */
export function RetryDeliveryButton({ id }: { id: string }) {
  const {
    config: {
      routes: { api },
      serverURL,
    },
  } = useConfig()
  const router = useRouter()
  const [busy, setBusy] = useState(false)

  const retry = async () => {
    setBusy(true)
    try {
      const response = await fetch(
        `${serverURL ?? ''}${api}/webhook-deliveries/${encodeURIComponent(id)}/retry`,
        { method: 'POST', credentials: 'include' },
      )
      const body = (await response.json().catch(() => ({}))) as {
        message?: string
        errors?: { message?: string }[]
      }
      if (response.ok) {
        toast.success(body.message ?? 'Queued again.')
        router.refresh()
      } else {
        toast.error(body.errors?.[0]?.message ?? `Retry failed (HTTP ${response.status}).`)
      }
    } finally {
      setBusy(false)
    }
  }

  return (
    <Button
      buttonStyle="secondary"
      disabled={busy}
      margin={false}
      onClick={() => void retry()}
      size="medium"
    >
      Retry now
    </Button>
  )
}
