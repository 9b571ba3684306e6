'use client'
/**
 * A policy rule's row reads "03. No political comments — Watch words" instead of "Rule 03", so
 * the list of rules reads without opening each one.
 */
import { useRowLabel } from '@payloadcms/ui'
import React from 'react'

import { kindLabel } from '../../lib/commentPolicy/labels'

type RuleRow = { title?: string | null; blockType?: string }

export function RuleRowLabel() {
  const { data, rowNumber } = useRowLabel<RuleRow>()
  const title = data?.title?.trim()
  return (
    <span data-rule-label>
      {String((rowNumber ?? 0) + 1).padStart(2, '0')}. {title || 'Untitled rule'} —{' '}
      {kindLabel(data?.blockType ?? '')}
    </span>
  )
}
