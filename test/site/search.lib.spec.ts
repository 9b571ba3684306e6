/**
 * The search page's pure parts: what a query becomes, how candidates are ordered, and how the
 * words are marked without letting content or query become markup.
 */
import {
  candidateWheres,
  highlight,
  pageOf,
  parseQuery,
  rank,
  SEARCH_LIMITS,
  snippet,
  toHtml,
} from '../../src/lib/search'

describe('search queries', () => {
  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    [undefined, 'empty'],
    ['!!! ??? ***', 'noWords'],
    ['a b c', 'noWords'],
    ['x'.repeat(SEARCH_LIMITS.maxQueryChars + 1), 'tooLong'],
  ])('should refuse %j as %s', (raw, problem) => {
    expect(parseQuery(raw)).toEqual({ problem })
  })

  it('should keep only letters and digits, lower case, without duplicates', () => {
    expect(parseQuery('Icons, ICONS & <script>alert(1)</script> 100%_%')).toEqual({
      query: {
        words: ['icons', 'script', 'alert', '100'],
        phrase: 'icons script alert 100',
        dropped: 0,
      },
    })
  })

  it('should search at most the first words allowed and say how many it dropped', () => {
    const parsed = parseQuery('one two three four five six seven eight nine ten')
    expect('query' in parsed && parsed.query.words).toHaveLength(SEARCH_LIMITS.maxWords)
    expect('query' in parsed && parsed.query.dropped).toBe(2)
  })

  it('should take the first value of a repeated parameter', () => {
    expect(parseQuery(['lapis', 'gold'])).toEqual({ query: { words: ['lapis'], dropped: 0 } })
  })

  it('should ask for every word, and for any word, in title or text', () => {
    expect(candidateWheres(['a1', 'b2'])).toEqual({
      all: {
        AND: [
          { OR: [{ title: { like: 'a1' } }, { text: { like: 'a1' } }] },
          { OR: [{ title: { like: 'b2' } }, { text: { like: 'b2' } }] },
        ],
      },
      any: {
        OR: [
          { title: { like: 'a1' } },
          { text: { like: 'a1' } },
          { title: { like: 'b2' } },
          { text: { like: 'b2' } },
        ],
      },
    })
  })
})

describe('ranking', () => {
  const entry = (title: string, text: string, publishedAt = '2026-01-01') => ({
    title,
    text,
    publishedAt,
  })

  it('should put title hits above text hits, all words above some, and the phrase above scattered words', () => {
    const candidates = [
      entry('Gold leaf', 'notes'),
      entry('Workshop notes', 'we ground lapis and laid gold leaf'),
      entry('Lapis', 'about blue'),
      entry('Gilding', 'lapis lazuli, gold, and more gold'),
      entry('Lapis and gold', 'a study'),
      entry('Nothing here', 'at all'),
    ]
    expect(rank(candidates, ['lapis', 'gold'], 'lapis gold').map((c) => c.title)).toEqual([
      'Lapis and gold',
      'Gilding',
      'Workshop notes',
      'Gold leaf',
      'Lapis',
    ])
    expect(rank(candidates, ['gold', 'leaf'], 'gold leaf')[0]!.title).toBe('Gold leaf')
  })

  it('should put the newer of two equal results first', () => {
    const ranked = rank(
      [entry('Icons', 'x', '2024-01-01'), entry('Icons', 'x', '2026-01-01')],
      ['icons'],
    )
    expect(ranked.map((c) => c.publishedAt)).toEqual(['2026-01-01', '2024-01-01'])
  })

  it('should page the results and show the last page for a page past the end', () => {
    const items = Array.from({ length: 23 }, (_, i) => i)
    expect(pageOf(items, 1, 10)).toEqual({
      items: items.slice(0, 10),
      page: 1,
      pages: 3,
      total: 23,
    })
    expect(pageOf(items, 99, 10).page).toBe(3)
    expect(pageOf(items, -4, 10).page).toBe(1)
    expect(pageOf([], 2, 10)).toEqual({ items: [], page: 1, pages: 1, total: 0 })
  })
})

describe('highlighting', () => {
  it('should mark every occurrence of the words, whatever their case', () => {
    expect(toHtml(highlight('Icons of icons: ICONography', ['icon']))).toBe(
      '<mark>Icon</mark>s of <mark>icon</mark>s: <mark>ICON</mark>ography',
    )
  })

  it('should escape the content around and inside the marks', () => {
    const html = toHtml(highlight('<img src=x onerror=alert(1)> & "icon" <b>', ['icon', 'img']))
    expect(html).toBe(
      '&lt;<mark>img</mark> src=x onerror=alert(1)&gt; &amp; &quot;<mark>icon</mark>&quot; &lt;b&gt;',
    )
    expect(html).not.toMatch(/<(?!\/?mark>)/)
  })

  it('should cut a long text around the first word, at word boundaries', () => {
    const text = `${'word '.repeat(100)}the lapis stone ${'more '.repeat(100)}`
    const cut = snippet(text, ['lapis'], 120)
    const joined = cut.map((s) => s.text).join('')
    expect(joined.startsWith('…')).toBe(true)
    expect(joined.endsWith('…')).toBe(true)
    expect(joined.length).toBeLessThanOrEqual(122)
    expect(cut.filter((s) => s.mark).map((s) => s.text)).toEqual(['lapis'])
  })
})
