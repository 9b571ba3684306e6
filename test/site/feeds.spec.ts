/**
 * The site's feeds, sitemap and robots.txt on the demo site (FEED_CONTENT=full), and the leak
 * crawl extended to the reader site: every HTML page reachable from `/`, the feeds, the sitemap
 * and a search for a draft's words; no draft, private field or email address ever appears.
 */
import { XMLParser } from 'fast-xml-parser'

import { startSeededServer, type SeededServer } from '../helpers/seededServer'
import { must, plantSecrets, type Planted } from './feedsFixtures'

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' })
const list = <T>(value: T | T[] | undefined): T[] =>
  value === undefined ? [] : Array.isArray(value) ? value : [value]
/** Any email address at all; the reader site shows none. */
const EMAIL = /[\w.+-]+@[\w-]+(\.[\w-]+)+/
/** Pages the crawl follows at most (the demo site has a few dozen). */
const MAX_PAGES = 150

describe('feeds, sitemap and robots.txt', () => {
  let ctx: SeededServer
  let planted: Planted
  let origin: string
  const get = (path: string, init?: RequestInit) =>
    fetch(`${origin}${path}`, { redirect: 'manual', ...init })
  const xml = async (path: string, type: RegExp) => {
    const response = await get(path)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toMatch(type)
    expect(response.headers.get('cache-control')).toMatch(/max-age=\d+/)
    const text = await response.text()
    return { text, doc: parser.parse(text) }
  }
  const published = async (collection: string) =>
    (await must(collection, ctx.anonymous.rest('GET', `/api/${collection}?limit=100&depth=0`)))
      .docs as { slug: string; updatedAt: string }[]

  beforeAll(async () => {
    ctx = await startSeededServer('site-feeds', { FEED_CONTENT: 'full', FEED_ITEMS: '20' })
    origin = ctx.server.url
    planted = await plantSecrets(ctx.admin, ctx.anonymous)
  }, 240_000)

  afterAll(async () => {
    await ctx?.stop()
  })

  it('RSS 2.0: channel and items with guid, date, absolute links, enclosure and content', async () => {
    const { text, doc } = await xml('/feed.xml', /application\/rss\+xml/)
    const channel = doc.rss.channel
    expect(doc.rss['@version']).toBe('2.0')
    expect(channel.title).toEqual(expect.any(String))
    expect(channel.link).toBe(`${origin}/`)
    expect(channel.description).toEqual(expect.any(String))
    const items = list<any>(channel.item)
    const posts = await published('posts')
    expect(items).toHaveLength(posts.length)
    for (const item of items) {
      expect(item.link).toMatch(new RegExp(`^${origin}/posts/[a-z0-9-]+$`))
      expect(item.guid['#text']).toBe(item.link)
      expect(Number.isNaN(Date.parse(item.pubDate))).toBe(false)
      expect(item['content:encoded']).toEqual(expect.any(String))
    }
    const enclosures = items.map((item) => item.enclosure).filter(Boolean)
    expect(enclosures.length).toBeGreaterThan(0)
    for (const enclosure of enclosures) {
      expect(enclosure['@url']).toMatch(new RegExp(`^${origin}/`))
      expect(enclosure['@type']).toMatch(/^image\//)
      expect(Number(enclosure['@length'])).toBeGreaterThan(0)
      expect((await fetch(enclosure['@url'])).status).toBe(200)
    }
    // Full content is HTML with absolute addresses only.
    expect(text).not.toMatch(/(href|src)="\/(?!\/)/)
  })

  it('Atom: feed id, updated, entries with id, link and dates', async () => {
    const { doc } = await xml('/atom.xml', /application\/atom\+xml/)
    const feed = doc.feed
    expect(feed.id).toBe(`${origin}/`)
    expect(Number.isNaN(Date.parse(feed.updated))).toBe(false)
    const links = list<any>(feed.link).map((link) => link['@href'])
    expect(links).toEqual(expect.arrayContaining([`${origin}/`, `${origin}/atom.xml`]))
    const entries = list<any>(feed.entry)
    expect(entries.length).toBeGreaterThan(0)
    for (const entry of entries) {
      expect(entry.id).toMatch(new RegExp(`^${origin}/posts/`))
      const hrefs = list<any>(entry.link).map((link) => link['@href'])
      expect(hrefs).toContain(entry.id)
      expect(Number.isNaN(Date.parse(entry.updated))).toBe(false)
    }
  })

  it('per category and per author, in both formats; an unknown one is a 404', async () => {
    const categories = await must(
      'categories',
      ctx.anonymous.rest('GET', '/api/categories?limit=100&depth=0&joins[posts][limit]=1'),
    )
    const category = categories.docs.find((doc: any) => doc.posts?.docs?.length > 0)
    const rss = (await xml(`/categories/${category.slug}/feed.xml`, /rss/)).doc.rss.channel
    expect(rss.link).toBe(`${origin}/categories/${category.slug}`)
    expect(list(rss.item).length).toBeGreaterThan(0)
    const atom = (await xml(`/categories/${category.slug}/atom.xml`, /atom/)).doc.feed
    expect(atom.id).toBe(`${origin}/categories/${category.slug}`)

    const authors = await must(
      'authors',
      ctx.anonymous.rest('GET', '/api/authors?limit=100&depth=0'),
    )
    const author = authors.docs.find((doc: any) => doc.posts?.docs?.length > 0)
    const authorRss = (await xml(`/authors/${author.slug}/feed.xml`, /rss/)).doc.rss.channel
    expect(authorRss.link).toBe(`${origin}/authors/${author.slug}`)
    expect(list(authorRss.item).length).toBeGreaterThan(0)
    expect((await xml(`/authors/${author.slug}/atom.xml`, /atom/)).doc.feed.entry).toBeDefined()

    for (const path of [
      '/categories/no-such-category/feed.xml',
      '/authors/no-such-author/atom.xml',
      '/authors/NOT%20A%20SLUG/feed.xml',
    ])
      expect((await get(path)).status).toBe(404)
  })

  it('the sitemap lists every published page with its lastmod, and no draft', async () => {
    const { text, doc } = await xml('/sitemap.xml', /xml/)
    const urls = new Map<string, string>(
      list<any>(doc.urlset.url).map((url) => [url.loc as string, url.lastmod as string]),
    )
    expect(urls.has(`${origin}/`)).toBe(true)
    for (const collection of ['posts', 'authors', 'categories', 'tags', 'galleries', 'artworks']) {
      const docs = await published(collection)
      expect(docs.length).toBeGreaterThan(0)
      for (const page of docs) {
        const lastmod = urls.get(`${origin}/${collection}/${page.slug}`)
        expect(lastmod && new Date(lastmod).toISOString()).toBe(page.updatedAt)
      }
    }
    expect(text).not.toContain(planted.draftSlug)
  })

  it('robots.txt allows all but the admin, the API and previews, and names the sitemap', async () => {
    const response = await get('/robots.txt')
    expect(response.status).toBe(200)
    const text = await response.text()
    expect(text).toMatch(/User-Agent: \*/i)
    expect(text).toMatch(/Allow: \/\n/)
    for (const path of ['/admin', '/api', '/preview']) expect(text).toContain(`Disallow: ${path}`)
    expect(text).toContain(`Sitemap: ${origin}/sitemap.xml`)
  })

  it('the leak crawl: no draft, private field or email anywhere on the reader site', async () => {
    const answers = new Map<string, string>()
    const queue = ['/']
    const seen = new Set(queue)
    while (queue.length > 0 && answers.size < MAX_PAGES) {
      const path = queue.shift()!
      const response = await get(path)
      expect([200, 404]).toContain(response.status)
      const body = await response.text()
      answers.set(path, body)
      if (!(response.headers.get('content-type') ?? '').includes('text/html')) continue
      for (const [, href] of body.matchAll(/href="([^"#]*)/g)) {
        const url = new URL(href!.replace(/&amp;/g, '&'), `${origin}${path}`)
        if (url.origin !== origin || /^\/(admin|api|_next)(\/|$)/.test(url.pathname)) continue
        const next = `${url.pathname}${url.search}`
        if (!seen.has(next)) {
          seen.add(next)
          queue.push(next)
        }
      }
    }
    expect(answers.size).toBeGreaterThan(1)
    const extra = [
      '/feed.xml',
      '/atom.xml',
      '/sitemap.xml',
      '/robots.txt',
      `/posts/${planted.draftSlug}`,
      `/search?q=${encodeURIComponent(planted.draftWords.split(' ')[0]!)}`,
      `/search?q=${encodeURIComponent(planted.secrets[0]!)}`,
    ]
    for (const path of extra) {
      const response = await get(path)
      expect(response.status).toBeLessThan(500)
      answers.set(path, await response.text())
    }
    const leaks: string[] = []
    for (const [path, body] of answers) {
      // A page may echo what the reader asked for (a 404's address, the search words): only
      // words the request did not carry count.
      const asked = decodeURIComponent(path)
      for (const secret of planted.secrets)
        if (body.includes(secret) && !asked.includes(secret)) leaks.push(`${path}: ${secret}`)
      const email = EMAIL.exec(body)
      if (email) leaks.push(`${path}: ${email[0]}`)
    }
    process.stdout.write(`site leak crawl: ${answers.size} answers\n`)
    expect(leaks).toEqual([])
  })
})
