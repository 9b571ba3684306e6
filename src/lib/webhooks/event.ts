/**
 * The event a webhook receiver gets when readers can see a change: small on purpose, so receivers
 * fetch the document themselves with their own access rules instead of trusting a pushed copy.
 */

export type WebhookEventType = 'publish' | 'unpublish' | 'update' | 'delete'

export interface WebhookEvent {
  type: WebhookEventType
  /** Collection slug, e.g. `posts`. */
  collection: string
  id: string
  slug: string | null
  /** When the change happened, ISO 8601 in UTC. */
  time: string
}

export type BuildEventInput = {
  type: WebhookEventType
  collection: string
  /** SQLite ids are numbers and MongoDB ids strings; receivers always get a string. */
  id: string | number
  slug?: string | null
  time?: Date
}

/** A webhook event with the id as a string, a missing slug as null and the time defaulting to now. */
export function buildEvent({
  type,
  collection,
  id,
  slug,
  time = new Date(),
}: BuildEventInput): WebhookEvent {
  return { type, collection, id: String(id), slug: slug || null, time: time.toISOString() }
}

/**
 * The event a save produces, from the document's `_status` before and after it. Null when readers
 * see no change, such as a draft saved again as a draft. Deletes are reported by the delete hook.
 */
export function eventTypeForChange(
  previousStatus: string | null | undefined,
  currentStatus: string | null | undefined,
): WebhookEventType | null {
  const wasPublished = previousStatus === 'published'
  const isPublished = currentStatus === 'published'
  if (isPublished) return wasPublished ? 'update' : 'publish'
  return wasPublished ? 'unpublish' : null
}
