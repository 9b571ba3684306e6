/**
 * The pure parts of feeds and redirects: the feed document from posts (summary and full content,
 * absolute links, enclosures), the redirect addresses, chains and loops, and what a slug change
 * does to the table.
 */
import { XMLParser } from 'fast-xml-parser'

import { normalizeFrom, normalizeTo, redirectFor } from '../../src/lib/redirects/paths'
import { slugMoves } from '../../src/lib/redirects/slugMoves'
import { buildFeed, type FeedPost } from '../../src/site/feeds/build'

const ORIGIN = 'https://blog.example'
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' })

const post: FeedPost = {
  title: 'Icons & light',
  slug: 'icons-and-light',
  excerpt: 'How the gold ground works.',
  publishedAt: '2025-01-02T10:00:00.000Z',
  updatedAt: '2025-01-03T10:00:00.000Z',
  content: {
    root: {
      type: 'root',
      version: 1,
      direction: null,
      format: '',
      indent: 0,
      children: [
        {
          type: 'paragraph',
          version: 1,
          direction: null,
          format: '',
          indent: 0,
          textFormat: 0,
          children: [
            {
              type: 'text',
              version: 1,
              text: 'Gold <leaf>',
              format: 0,
              detail: 0,
              mode: 'normal',
              style: '',
            },
          ],
        },
        {
          type: 'block',
          version: 2,
          format: '',
          fields: {
            id: 'b1',
            blockType: 'pullQuote',
            quote: 'Light is theology',
            speaker: 'A. Painter',
          },
        },
        { type: 'block', version: 2, format: '', fields: { id: 'b2', blockType: 'mystery' } },
      ],
    },
  },
  authors: [{ name: 'Douglas', slug: 'douglas' }],
  categories: [{ title: 'Art', slug: 'art' }],
  featuredImage: {
    alt: 'An icon',
    url: '/api/media/file/icon.jpg',
    mimeType: 'image/jpeg',
    filesize: 1234,
  },
}

const input = (format: 'rss' | 'atom', content: 'full' | 'summary') => ({
  origin: ORIGIN,
  format,
  content,
  title: 'The Blog',
  description: 'Essays',
  pagePath: '/',
  rssPath: '/feed.xml',
  atomPath: '/atom.xml',
  posts: [post],
})

describe('buildFeed', () => {
  it('writes RSS 2.0 with absolute links, a guid, a date and the image as an enclosure', () => {
    const rss = parser.parse(buildFeed(input('rss', 'summary'))).rss
    expect(rss['@version']).toBe('2.0')
    expect(rss.channel.title).toBe('The Blog')
    expect(rss.channel.link).toBe(`${ORIGIN}/`)
    const item = rss.channel.item
    expect(item.link).toBe(`${ORIGIN}/posts/icons-and-light`)
    expect(item.guid['#text']).toBe(`${ORIGIN}/posts/icons-and-light`)
    expect(new Date(item.pubDate).toISOString()).toBe('2025-01-02T10:00:00.000Z')
    expect(item.enclosure).toMatchObject({
      '@url': `${ORIGIN}/api/media/file/icon.jpg`,
      '@type': 'image/jpeg',
      '@length': '1234',
    })
    expect(item['content:encoded']).toBeUndefined()
  })

  it('carries the content as HTML when full, with our blocks and without unknown ones', () => {
    const atom = parser.parse(buildFeed(input('atom', 'full'))).feed
    expect(atom.id).toBe(`${ORIGIN}/`)
    const html = atom.entry.content['#text'] as string
    expect(html).toContain('Gold &lt;leaf&gt;')
    expect(html).toContain(
      '<blockquote><p>Light is theology</p><footer>— A. Painter</footer></blockquote>',
    )
    expect(html).not.toContain('mystery')
  })
})

describe('redirect addresses', () => {
  it('keeps a `from` to a path on this site', () => {
    expect(normalizeFrom('/posts/old/', ORIGIN)).toBe('/posts/old')
    expect(normalizeFrom(`${ORIGIN}/posts/old?x=1`, ORIGIN)).toBe('/posts/old')
    expect(normalizeFrom('https://elsewhere.example/posts/old', ORIGIN)).toBeUndefined()
    expect(normalizeFrom('/admin/collections', ORIGIN)).toBeUndefined()
    expect(normalizeFrom('/', ORIGIN)).toBeUndefined()
    expect(normalizeFrom('posts/old', ORIGIN)).toBeUndefined()
    expect(normalizeTo('javascript:alert(1)')).toBeUndefined()
    expect(normalizeTo('//evil.example')).toBeUndefined()
    expect(normalizeTo('/posts/new')).toBe('/posts/new')
  })

  it('follows chains to their end, drops loops, and moves feeds with their page', () => {
    const table = new Map([
      ['/a', '/b'],
      ['/b', '/c'],
      ['/x', '/y'],
      ['/y', '/x'],
      ['/categories/old', '/categories/new'],
    ])
    expect(redirectFor(table, '/a')).toBe('/c')
    expect(redirectFor(table, '/x')).toBeUndefined()
    expect(redirectFor(table, '/c')).toBeUndefined()
    expect(redirectFor(table, '/categories/old/atom.xml')).toBe('/categories/new/atom.xml')
  })

  it('on a slug change: the old address is added, rows to it retargeted, the live one freed', () => {
    const rows = [
      { id: '1', from: '/posts/older', to: { type: 'custom', url: '/posts/old' } },
      { id: '2', from: '/posts/new', to: { type: 'reference' } },
    ]
    expect(slugMoves('/posts/old', '/posts/new', rows)).toEqual({
      remove: ['2'],
      retarget: ['1'],
      create: '/posts/old',
    })
    expect(slugMoves('/posts/new', '/posts/new', rows)).toEqual({
      remove: ['2'],
      retarget: [],
      create: undefined,
    })
  })
})
