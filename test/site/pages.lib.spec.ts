/** The site's plain helpers: dates, pages, preview-token checks, links and the reader question. */
import { signPreviewToken } from '../../src/lib/previewToken'
import { formatDate, formatDimensions, joinNames, readingTimeLabel } from '../../src/site/format'
import { pageCount, pageHref, parsePageNumber } from '../../src/site/paging'
import { previewTokenProblem } from '../../src/site/preview'
import { askerOf } from '../../src/site/richText/blocks'
import { linkHref } from '../../src/site/richText/RichText'

describe('the site’s helpers', () => {
  it('should write dates, reading times, sizes and bylines the way readers read them', () => {
    expect(formatDate('2024-10-24T13:00:00.000Z')).toBe('24 October 2024')
    expect(formatDate('not a date')).toBe('')
    expect(formatDate(null)).toBe('')
    expect(readingTimeLabel(0)).toBe('1 min read')
    expect(readingTimeLabel(6)).toBe('6 min read')
    expect(formatDimensions({ width: 30, height: 40, depth: 2, unit: 'cm' })).toBe('30 × 40 × 2 cm')
    expect(formatDimensions({ width: 30, height: 40, depth: null, unit: 'in' })).toBe('30 × 40 in')
    expect(formatDimensions({})).toBe('')
    expect(joinNames(['A'])).toBe('A')
    expect(joinNames(['A', 'B', 'C'])).toBe('A, B and C')
  })

  it.each([
    [undefined, 1],
    ['1', 1],
    ['12', 12],
    ['0', null],
    ['01', null],
    ['-2', null],
    ['2.5', null],
    ['two', null],
    ['9999999', null],
    [['2', '3'], null],
  ])('should read page %p as %p', (raw, page) => {
    expect(parsePageNumber(raw as string | string[] | undefined)).toBe(page)
  })

  it('should count pages and link to them', () => {
    expect(pageCount(0)).toBe(1)
    expect(pageCount(10)).toBe(1)
    expect(pageCount(11)).toBe(2)
    expect(pageHref('/', 1, 'path')).toBe('/')
    expect(pageHref('/', 3, 'path')).toBe('/page/3')
    expect(pageHref('/tags/prayer', 2)).toBe('/tags/prayer?page=2')
  })

  it('should refuse preview tokens that cannot open this document', () => {
    const now = new Date('2026-01-01T00:00:00Z')
    const { token } = signPreviewToken('secret', { collection: 'posts', id: '7' }, { now })
    const at = now.getTime() + 1000
    expect(previewTokenProblem(token, 'posts', '7', at)).toBeNull()
    expect(previewTokenProblem(token, 'posts', '8', at)).toBe('other-document')
    expect(previewTokenProblem(token, 'artworks', '7', at)).toBe('other-document')
    expect(previewTokenProblem(token, 'posts', '7', at + 2 * 3600_000)).toBe('expired')
    expect(previewTokenProblem(undefined, 'posts', '7', at)).toBe('missing')
    expect(previewTokenProblem(['a', 'b'], 'posts', '7', at)).toBe('missing')
    expect(previewTokenProblem('garbage', 'posts', '7', at)).toBe('malformed')
    expect(previewTokenProblem('bm90IGpzb24.sig', 'posts', '7', at)).toBe('malformed')
  })

  it('should send internal links to /posts/<slug> and drop the ones it cannot resolve', () => {
    expect(linkHref({ linkType: 'custom', url: 'https://example.org' })).toBe('https://example.org')
    expect(
      linkHref({ linkType: 'internal', doc: { relationTo: 'posts', value: { slug: 'a-post' } } }),
    ).toBe('/posts/a-post')
    expect(linkHref({ linkType: 'internal', doc: { relationTo: 'posts', value: '42' } })).toBeNull()
  })

  it('should name the asker as they chose', () => {
    expect(askerOf({ askedBy: 'Margaret', location: 'Oklahoma' })).toEqual({
      name: 'Margaret',
      location: 'Oklahoma',
    })
    expect(askerOf({})).toEqual({ name: 'A reader', location: '' })
    expect(
      askerOf({ submission: { name: 'Zed', attribution: 'anonymous', question: 'Q?' } }).name,
    ).toBe('A reader')
    expect(
      askerOf({ submission: { name: 'Zed', attribution: 'named', question: 'Q?' } }).name,
    ).toBe('Zed')
  })
})
