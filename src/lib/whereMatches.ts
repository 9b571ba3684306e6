/**
 * Whether a document meets a simple Payload `where` (`and`, `or`, `equals`, `not_equals`, `in`),
 * evaluated in memory. For the fixed filters of access/permissions.ts (APPROVED_FILTERS), so a
 * hook can ask "is this document public?" from the same definition the access rules use.
 */
export type SimpleWhere = Record<string, unknown>

function valueAt(doc: Record<string, unknown>, path: string): unknown {
  return path
    .split('.')
    .reduce<unknown>(
      (value, key) =>
        value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined,
      doc,
    )
}

export function whereMatches(where: SimpleWhere, doc: Record<string, unknown>): boolean {
  return Object.entries(where).every(([key, condition]) => {
    if (key === 'and') return (condition as SimpleWhere[]).every((part) => whereMatches(part, doc))
    if (key === 'or') return (condition as SimpleWhere[]).some((part) => whereMatches(part, doc))
    const value = valueAt(doc, key)
    return Object.entries(condition as Record<string, unknown>).every(([operator, operand]) => {
      if (operator === 'equals') return value === operand
      if (operator === 'not_equals') return value !== operand
      if (operator === 'in') return Array.isArray(operand) && operand.includes(value)
      throw new Error(`whereMatches: unsupported operator "${operator}" on "${key}"`)
    })
  })
}
