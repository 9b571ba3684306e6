'use client'
/** The queue's "Rules that fired" column: the rules' titles, not their ids. */
import React from 'react'

import { firedRuleTitles } from './verdict'

export function FiredRulesCell({
  cellData,
  rowData,
}: {
  cellData?: unknown
  rowData?: { verdict?: unknown }
}) {
  const titles = firedRuleTitles(rowData?.verdict, Array.isArray(cellData) ? cellData : [])
  return <span data-fired-rules>{titles.join(', ')}</span>
}
