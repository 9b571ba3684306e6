/**
 * IDs held in plain text rather than in a relationship: the admin's per-document preference keys
 * (`collection-posts-<id>`), a webhook delivery's `documentId` and its event's `id`, the
 * `deliveryId` in a delivery job's input. When IDs are remapped these must follow too; the
 * schema cannot point them out, so every string is searched for a UUID or ObjectId of the backup.
 * A UUID or ObjectId of one of our documents appearing by coincidence is not a real risk.
 */

const ID_IN_TEXT =
  /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|(?<![0-9a-z])[0-9a-f]{24}(?![0-9a-z])/gi

/**
 * Replaces backup IDs inside every string of `value` (changed in place; the new value is
 * returned for a top-level string). `onHit` hears the path of each string changed.
 */
export function rewriteIdsInText(
  value: unknown,
  replacement: (id: string) => string | number | undefined,
  onHit: (path: string) => void,
  path = '',
): unknown {
  if (typeof value === 'string') {
    let changed = false
    const next = value.replace(ID_IN_TEXT, (id) => {
      const to = replacement(id)
      if (to === undefined) return id
      changed = true
      return String(to)
    })
    if (changed) onHit(path)
    return next
  }
  if (Array.isArray(value)) {
    for (let index = 0; index < value.length; index++)
      value[index] = rewriteIdsInText(value[index], replacement, onHit, path)
    return value
  }
  if (typeof value === 'object' && value !== null) {
    const object = value as Record<string, unknown>
    for (const key of Object.keys(object)) {
      object[key] = rewriteIdsInText(object[key], replacement, onHit, path ? `${path}.${key}` : key)
    }
  }
  return value
}
