import { APPROVED_FILTERS } from '../../access/permissions'
import { whereMatches } from '../../src/lib/whereMatches'

describe('whereMatches', () => {
  it('should say which comments the public sees, from the access table itself', () => {
    const filter = APPROVED_FILTERS.comments!
    expect(whereMatches(filter, { status: 'approved', visibility: 'public' })).toBe(true)
    expect(whereMatches(filter, { status: 'held', visibility: 'public' })).toBe(false)
    expect(whereMatches(filter, { status: 'approved', visibility: 'private' })).toBe(false)
  })

  it('should handle or, in, not_equals and nested paths', () => {
    const where = { or: [{ 'a.b': { equals: 1 } }, { c: { in: [2, 3] } }], d: { not_equals: 'x' } }
    expect(whereMatches(where, { a: { b: 1 }, d: 'y' })).toBe(true)
    expect(whereMatches(where, { c: 3, d: 'y' })).toBe(true)
    expect(whereMatches(where, { c: 4, d: 'y' })).toBe(false)
    expect(whereMatches(where, { a: { b: 1 }, d: 'x' })).toBe(false)
  })

  it('should refuse an operator it cannot evaluate rather than guess', () => {
    expect(() => whereMatches({ a: { like: 'x' } }, { a: 'x' })).toThrow(
      /unsupported operator "like"/,
    )
  })
})
