/**
 * The IDs in a relationship value, whichever shape it arrived in: an ID, a populated document,
 * a polymorphic `{ relationTo, value }`, or an array of those.
 */
export function relationshipIds(value: unknown): string[] {
  const list = Array.isArray(value) ? value : value == null ? [] : [value]
  return list
    .map((item: unknown) => {
      if (item && typeof item === 'object') {
        const record = item as { id?: unknown; value?: unknown }
        if (record.value !== undefined) return relationshipIds(record.value)[0]
        return record.id
      }
      return item
    })
    .filter((id): id is string | number => typeof id === 'string' || typeof id === 'number')
    .map(String)
}

/** The one ID in a single relationship value, or undefined when it is empty. */
export function relationshipId(value: unknown): string | undefined {
  return relationshipIds(value)[0]
}
