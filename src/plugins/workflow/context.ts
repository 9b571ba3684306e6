/**
 * What the workflow's hooks tell each other about a save, through the typed `req.context.workflow`
 * (declared in collections/hooks/requestContext.ts). Entries carry the collection and document,
 * because a bulk update runs the hooks of several documents side by side.
 */
import type { RequestContext } from 'payload'

import type { SaveMode, SaveOutcome } from '../../lib/workflow'

export interface WorkflowContext {
  /** How each save is made, decided before the operation (`<collection>:<id or new>`). */
  modes?: Record<string, SaveMode>
  /** What each save meant, for the hooks after it (`<collection>:<id or new>`). */
  outcomes?: Record<string, SaveOutcome>
  /** Version restores under way, by collection: Payload gives its hooks no other sign of one. */
  restores?: Record<string, { draft: boolean }>
  /**
   * The scheduled-publication job is publishing, as it states: for whom it was scheduled and
   * for when (src/plugins/workflow/publishAsScheduled.ts).
   */
  scheduledPublish?: {
    collection: string
    id: string | number
    byName: string
    publishAt?: string | null
  }
}

const key = (slug: string, id?: string | number | null) => `${slug}:${id ?? 'new'}`

const workflowOf = (context: RequestContext): WorkflowContext => (context.workflow ??= {})

export function setSaveMode(
  context: RequestContext,
  slug: string,
  id: string | number | undefined,
  mode: SaveMode,
) {
  ;(workflowOf(context).modes ??= {})[key(slug, id)] = mode
}

export function saveModeOf(
  context: RequestContext,
  slug: string,
  id: string | number | undefined,
): SaveMode | undefined {
  return context.workflow?.modes?.[key(slug, id)]
}

export function setOutcome(
  context: RequestContext,
  slug: string,
  id: string | number | undefined,
  outcome: SaveOutcome,
) {
  ;(workflowOf(context).outcomes ??= {})[key(slug, id)] = outcome
}

/** Reads and forgets the outcome, so a nested save of the same document cannot replay it. */
export function takeOutcome(
  context: RequestContext,
  slug: string,
  id: string | number | undefined,
): SaveOutcome | undefined {
  const outcomes = context.workflow?.outcomes
  const found = outcomes?.[key(slug, id)]
  if (found) delete outcomes![key(slug, id)]
  return found
}

export function markRestore(context: RequestContext, slug: string, draft: boolean) {
  ;(workflowOf(context).restores ??= {})[slug] = { draft }
}

export function takeRestore(context: RequestContext, slug: string): { draft: boolean } | undefined {
  const restores = context.workflow?.restores
  const found = restores?.[slug]
  if (found) delete restores![slug]
  return found
}
