/**
 * The editorial stages a document moves through. `_status` (Payload's draft/published flag) is
 * derived from the stage, so the two never disagree.
 */
export const STAGES = [
  'draft',
  'in_review',
  'changes_requested',
  'approved',
  'scheduled',
  'published',
  'unpublished',
] as const

export type Stage = (typeof STAGES)[number]

export const STAGE_LABELS: Record<Stage, string> = {
  draft: 'Draft',
  in_review: 'In review',
  changes_requested: 'Changes requested',
  approved: 'Approved',
  scheduled: 'Scheduled',
  published: 'Published',
  unpublished: 'Unpublished',
}

export function isStage(value: unknown): value is Stage {
  return typeof value === 'string' && (STAGES as readonly string[]).includes(value)
}

/** The only stage that is live is `published`; every other stage is a draft to Payload. */
export function statusOf(stage: Stage): 'published' | 'draft' {
  return stage === 'published' ? 'published' : 'draft'
}

/** Stages after approval: a writer's edit here must go back through review. */
export const RELEASED_STAGES: readonly Stage[] = [
  'approved',
  'scheduled',
  'published',
  'unpublished',
]
