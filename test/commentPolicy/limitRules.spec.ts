import { countLinks, type PolicyRule } from '../../src/lib/commentPolicy'
import { DAY_MS, details, judgeWith, NOW } from './fixtures'

describe('countLinks', () => {
  it('should count http(s) URLs, www hosts and bare domains, each once', () => {
    expect(countLinks('See https://example.org/a?b=c#d and http://example.net')).toBe(2)
    expect(countLinks('Try www.example.org, or example.com/path/page.html.')).toBe(2)
    expect(countLinks('Read bit.ly/abc123 and news.bbc.co.uk today')).toBe(2)
    // The domain inside a URL is not counted a second time.
    expect(countLinks('https://www.example.com/index.html')).toBe(1)
  })

  it('should not count abbreviations, numbers, emails or file names', () => {
    expect(countLinks('Some translations, e.g. the KJV, i.e. older ones, cost 3.50 each.')).toBe(0)
    expect(countLinks('Version 2.0.1 grew 12.5% in the U.S. this year.')).toBe(0)
    expect(countLinks('Write to doug@example.org, or read notes.txt and app.js.')).toBe(0)
    // A missing space after a full stop is a typo, not a link.
    expect(countLinks('That was the end.It was not.')).toBe(0)
  })
})

const links = (maxLinks?: number): PolicyRule => ({
  title: 'Not too many links',
  message: 'Link-heavy comments wait for the author.',
  kind: 'tooManyLinks',
  settings: maxLinks === undefined ? {} : { maxLinks },
})

describe('tooManyLinks', () => {
  it('should hold a comment with more links than allowed, by default more than 2', () => {
    const verdict = judgeWith(links(), 'a.com/1 https://b.org www.c.net')
    expect(verdict.action).toBe('hold')
    expect(details(verdict)).toEqual(['3 links, limit 2'])
    expect(judgeWith(links(), 'a.com/1 https://b.org').action).toBe('allow')
  })

  it('should allow a limit of zero for blogs that take no links', () => {
    expect(details(judgeWith(links(0), 'More at https://example.org'))).toEqual(['1 link, limit 0'])
    expect(judgeWith(links(0), 'No links, e.g. none at all.').action).toBe('allow')
  })
})

const length = (min: number, max: number): PolicyRule => ({
  title: 'Length',
  message: 'Comments are 2 to 20 characters.',
  kind: 'length',
  settings: { min, max },
})

describe('length', () => {
  it('should reject a comment shorter than min after trimming', () => {
    const verdict = judgeWith(length(2, 20), '   k   \n\n ')
    expect(verdict.action).toBe('reject')
    expect(details(verdict)).toEqual(['1 character, minimum 2'])
  })

  it('should reject a comment longer than max', () => {
    expect(details(judgeWith(length(2, 20), 'x'.repeat(21)))).toEqual(['21 characters, maximum 20'])
  })

  it('should accept both bounds, count emoji as one and skip markup', () => {
    expect(judgeWith(length(2, 20), 'x'.repeat(20)).action).toBe('allow')
    expect(judgeWith(length(2, 20), 'ok').action).toBe('allow')
    expect(judgeWith(length(1, 3), '👍👍👍').action).toBe('allow')
    expect(judgeWith(length(1, 3), '<strong class="big">yes</strong>').action).toBe('allow')
  })
})

const closing: PolicyRule = {
  title: 'Comments close',
  message: 'Comments close after 180 days.',
  kind: 'closeAfterDays',
  settings: { days: 180 },
}

const publishedDaysAgo = (days: number) => ({
  context: { postPublishedAt: new Date(NOW.getTime() - days * DAY_MS) },
})

describe('closeAfterDays', () => {
  it('should reject comments from the configured day on', () => {
    const verdict = judgeWith(closing, 'Late thoughts.', publishedDaysAgo(181))
    expect(verdict.action).toBe('reject')
    expect(details(verdict)).toEqual(['published 181 days ago, comments close after 180'])
    expect(judgeWith(closing, 'Just in time.', publishedDaysAgo(180)).action).toBe('reject')
  })

  it('should keep comments open before then, and on unpublished posts', () => {
    expect(judgeWith(closing, 'Just in time.', publishedDaysAgo(179.9)).action).toBe('allow')
    expect(judgeWith(closing, 'Early look.', { context: { postPublishedAt: null } }).action).toBe(
      'allow',
    )
  })
})
