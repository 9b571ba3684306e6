import { buildEvent, eventTypeForChange } from '../../src/lib/webhooks/event'

describe('buildEvent', () => {
  it('should turn the id into a string, a missing slug into null, and the time into ISO', () => {
    const time = new Date('2025-03-01T12:00:00+02:00')
    expect(buildEvent({ type: 'publish', collection: 'posts', id: 42, time })).toEqual({
      type: 'publish',
      collection: 'posts',
      id: '42',
      slug: null,
      time: '2025-03-01T10:00:00.000Z',
    })
    expect(
      buildEvent({ type: 'delete', collection: 'galleries', id: 'abc', slug: 'spring', time }).slug,
    ).toBe('spring')
  })

  it('should stamp the current time by default', () => {
    const before = Date.now()
    const { time } = buildEvent({ type: 'update', collection: 'artworks', id: '1', slug: 'x' })
    expect(Date.parse(time)).toBeGreaterThanOrEqual(before)
    expect(Date.parse(time)).toBeLessThanOrEqual(Date.now())
  })
})

describe('eventTypeForChange', () => {
  it('should report what readers see change', () => {
    expect(eventTypeForChange('draft', 'published')).toBe('publish')
    expect(eventTypeForChange(undefined, 'published')).toBe('publish')
    expect(eventTypeForChange('published', 'published')).toBe('update')
    expect(eventTypeForChange('published', 'draft')).toBe('unpublish')
  })

  it('should report nothing for drafts saved as drafts', () => {
    expect(eventTypeForChange('draft', 'draft')).toBeNull()
    expect(eventTypeForChange(undefined, 'draft')).toBeNull()
  })
})
