'use client'
/**
 * The header's one statement of where the document stands, in the place of Payload's
 * "Status: Draft / Published / Changed", which disagreed with the stage ("Draft" beside
 * "Changes requested") and said nothing of review or schedule.
 */
import { useDocumentInfo } from '@payloadcms/ui'
import React from 'react'

import { stageInWords } from '../../lib/workflow/inWords'
import { isStage } from '../../lib/workflow/stages'

export function WorkflowStatus() {
  const { data, hasPublishedDoc } = useDocumentInfo()
  const stage = isStage(data?.stage) ? data.stage : 'draft'
  const history = Array.isArray(data?.history) ? (data.history as { to?: unknown }[]) : []
  const words = stageInWords(stage, {
    hasLiveVersion: hasPublishedDoc,
    wasLive: history.some((row) => row.to === 'published'),
    publishAt: typeof data?.publishAt === 'string' ? data.publishAt : null,
  })
  return (
    // A live region: after an action, screen readers hear where the document went.
    <div className="status" data-workflow-status={stage} role="status">
      <div className="status__value-wrap">
        <span className="status__label">Stage:&nbsp;</span>
        <span className="status__value">{words}</span>
      </div>
    </div>
  )
}
