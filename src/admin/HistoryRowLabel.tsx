'use client'
/**
 * A workflow history row says what happened ("In review → Changes requested, by Judi Webb, 21 Nov
 * 2026 15:42") instead of "History 03", so the record reads without opening every row. People
 * are named by their display name (src/lib/people.ts), never by their email.
 */
import { useRowLabel } from '@payloadcms/ui'
import React from 'react'

import { STAGE_LABELS, isStage } from '../lib/workflow/stages'

type HistoryRow = { at?: string; byName?: string; from?: string; to?: string }

const stage = (value?: string) => (isStage(value) ? STAGE_LABELS[value] : (value ?? '?'))

export function HistoryRowLabel() {
  const { data, rowNumber } = useRowLabel<HistoryRow>()
  const when = data?.at
    ? new Date(data.at).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' })
    : ''
  const move = data?.from ? `${stage(data.from)} → ${stage(data.to)}` : stage(data?.to)
  return (
    <span>
      {String((rowNumber ?? 0) + 1).padStart(2, '0')}. {move}
      {data?.byName ? `, by ${data.byName}` : ''}
      {when ? `, ${when}` : ''}
    </span>
  )
}
