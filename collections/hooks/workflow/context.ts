/**
 * What one hook tells the next about a save, through `req.context`. Keys carry the collection and
 * document, because a bulk update runs the hooks of several documents side by side.
 */
import type { RequestContext } from 'payload'

import { hasRole } from '../../../access/roles'

import type { Stage } from '../../../src/lib/workflow'

/** How the save was made: as a draft (a new version only) or on the live document. */
export interface SaveMode {
  draft: boolean
  /** The live document was published before this save. */
  wasLive: boolean
  /** The `_status` the request itself asked for, if any (hooks see it merged with the stored one). */
  askedStatus?: 'published' | 'draft'
}

export interface Transition {
  from: Stage
  to: Stage
  note?: string
  /** The publish time moved while scheduled: the queued job must follow it. */
  rescheduled: boolean
}

const key = (kind: string, slug: string, id?: string | number | null) =>
  `workflow:${kind}:${slug}:${id ?? 'new'}`

export function setSaveMode(
  context: RequestContext,
  slug: string,
  id: string | number | undefined,
  mode: SaveMode,
) {
  context[key('mode', slug, id)] = mode
}

export function saveModeOf(
  context: RequestContext,
  slug: string,
  id: string | number | undefined,
): SaveMode | undefined {
  return context[key('mode', slug, id)] as SaveMode | undefined
}

export function setTransition(
  context: RequestContext,
  slug: string,
  id: string | number | undefined,
  t: Transition,
) {
  context[key('transition', slug, id)] = t
}

/** Reads and forgets the transition, so a nested save of the same document cannot replay it. */
export function takeTransition(
  context: RequestContext,
  slug: string,
  ids: (string | number | undefined)[],
) {
  for (const id of ids) {
    const k = key('transition', slug, id)
    const found = context[k] as Transition | undefined
    if (found) {
      delete context[k]
      return found
    }
  }
  return undefined
}

/** A version restore is under way: Payload gives its hooks no other sign of it. */
export function markRestore(context: RequestContext, slug: string, draft: boolean) {
  context[`workflow:restore:${slug}`] = { draft }
}

export function takeRestore(context: RequestContext, slug: string): { draft: boolean } | undefined {
  const found = context[`workflow:restore:${slug}`] as { draft: boolean } | undefined
  delete context[`workflow:restore:${slug}`]
  return found
}

/**
 * Whether a save may change a live document directly: editors and admins, and server-side edits
 * that carry `context.liveEdit` (an accepted correction note, say) whoever triggered them.
 */
export function editsLive(req: { user?: unknown; context: RequestContext }): boolean {
  return (
    hasRole(req.user as Parameters<typeof hasRole>[0], 'admin', 'editor') ||
    req.context.liveEdit === true
  )
}
