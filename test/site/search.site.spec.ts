/**
 * The site search and the site's HTML cache as readers meet them, with two production server
 * processes on one database: a writer (where editors work, and which runs due jobs) and a reader.
 * Search results follow publication, unpublication and scheduled publication and never show a
 * draft; hostile queries get an answer, never a 500; pages are cached for anonymous readers only
 * and every public change reaches the reader's cached pages within its check interval.
 */
import { apiClient, type ApiClient } from '../helpers/client'
import { testDatabase, type TestDatabase } from '../helpers/database'
import { openedFormToken } from '../helpers/formToken'
import { DEMO_PASSWORD } from '../helpers/seededServer'
import { startServer, type RunningServer } from '../helpers/server'
import { waitFor } from '../helpers/waitFor'

/** The reader reads the shared generation once a second; the rest is request time on a busy machine. */
const PROPAGATION_MS = 5_000

type Page = { status: number; headers: Headers; html: string }

async function page(server: RunningServer, url: string, init: RequestInit = {}): Promise<Page> {
  const response = await fetch(`${server.url}${url}`, { redirect: 'manual', ...init })
  return { status: response.status, headers: response.headers, html: await response.text() }
}

const paragraph = (text: string) => ({
  root: {
    type: 'root',
    version: 1,
    direction: 'ltr',
    format: '',
    indent: 0,
    children: [
      {
        type: 'paragraph',
        version: 1,
        direction: 'ltr',
        format: '',
        indent: 0,
        textFormat: 0,
        children: [
          { type: 'text', version: 1, text, detail: 0, format: 0, mode: 'normal', style: '' },
        ],
      },
    ],
  },
})

/** The titles of the results the search page lists, in order. */
const resultTitles = (html: string) =>
  [...html.matchAll(/<h3><a href="[^"]*">(.*?)<\/a><\/h3>/g)].map(([, inner]) =>
    inner!.replace(/<[^>]+>/g, ''),
  )

async function siteStats(server: RunningServer) {
  const response = await fetch(`${server.url}/healthz`)
  return ((await response.json()) as { siteCache: { hits: number; stores: number } }).siteCache
}

describe('the site search and the HTML cache', () => {
  let db: TestDatabase
  let writer: RunningServer
  let reader: RunningServer
  let admin: ApiClient
  let douglas: string

  beforeAll(async () => {
    db = testDatabase('site-search')
    writer = await startServer({
      ...db.env,
      SEED_DEMO: 'true',
      DEMO_PASSWORD,
      JOBS_CRON: '* * * * * *',
    })
    reader = await startServer({ ...db.env, SERVER_URL: writer.url, JOBS_AUTORUN: 'false' })
    admin = apiClient(writer.url)
    await admin.login('admin@example.com', DEMO_PASSWORD)
    const { body } = await admin.rest('GET', '/api/authors?where[slug][equals]=douglas-m-webb')
    douglas = body.docs[0].id as string
  })

  afterAll(async () => {
    await Promise.all([writer?.stop(), reader?.stop()])
    db?.cleanup()
  })

  async function change(method: string, url: string, body?: unknown) {
    const { status, body: answer } = await admin.rest(method, url, body)
    expect([status, answer?.errors]).toEqual([expect.any(Number), undefined])
    expect([200, 201]).toContain(status)
    return answer
  }

  /** Waits until the reader's page satisfies the check (fails after the bound). */
  const readerShows = (url: string, check: (html: string) => boolean) =>
    waitFor(async () => check((await page(reader, url)).html), PROPAGATION_MS, 50)

  /** Reads twice so the second answer is a cached one that could go stale. */
  async function warm(url: string) {
    await page(reader, url)
    const again = await page(reader, url)
    expect(again.headers.get('x-cache')).toBe('HIT')
    return again
  }

  describe('search', () => {
    it('should find seeded posts and artworks, ranked, with the words marked', async () => {
      const { status, html } = await page(reader, '/search?q=icon')
      expect(status).toBe(200)
      expect(resultTitles(html).length).toBeGreaterThan(0)
      expect(html).toContain('<mark>')
      expect(html).toMatch(/Artwork/)
      // A word only in a post's body finds it.
      expect(resultTitles((await page(reader, '/search?q=Hezbollah')).html)).toEqual([
        'Why the ceasefire talks keep failing',
      ])
    })

    it('should put a title match before a text match and page long result lists', async () => {
      const word = 'quillwort'
      for (const [i, title] of ['First quillwort notes', 'Second notes'].entries()) {
        await change('POST', '/api/posts', {
          title,
          slug: `rank-probe-${i}`,
          authors: [douglas],
          content: paragraph(i === 0 ? 'Nothing else here.' : `A note on ${word} and ${word}.`),
          stage: 'published',
        })
      }
      const titles = await readerShows(
        `/search?q=${word}`,
        (html) => resultTitles(html).length === 2,
      )
      expect(titles).toBe(true)
      expect(resultTitles((await page(reader, `/search?q=${word}`)).html)).toEqual([
        'First quillwort notes',
        'Second notes',
      ])
      for (let i = 0; i < 11; i++)
        await change('POST', '/api/artworks', {
          title: `Pagination probe ${i}`,
          image: (await admin.rest('GET', '/api/media?limit=1&depth=0')).body.docs[0].id,
          artist: douglas,
          stage: 'published',
        })
      await readerShows('/search?q=pagination', (html) => html.includes('Page 1 of 2'))
      const first = await page(reader, '/search?q=pagination')
      expect(resultTitles(first.html)).toHaveLength(10)
      expect(first.html).toContain('href="/search?q=pagination&amp;page=2"')
      const second = await page(reader, '/search?q=pagination&page=2')
      expect(second.html).toContain('Page 2 of 2')
      expect(resultTitles(second.html)).toHaveLength(1)
    })

    it('should index a post on publication and drop it on unpublication, never showing a draft', async () => {
      const created = await change('POST', '/api/posts', {
        title: 'Saltmarsh sketches',
        slug: 'saltmarsh-sketches',
        authors: [douglas],
        content: paragraph('Samphire grows where the tide reaches.'),
        stage: 'draft',
      })
      const id = created.doc.id as string
      await warm('/search?q=samphire')
      expect(resultTitles((await page(reader, '/search?q=samphire')).html)).toEqual([])

      await change('PATCH', `/api/posts/${id}`, { stage: 'published' })
      await readerShows('/search?q=samphire', (html) =>
        resultTitles(html).includes('Saltmarsh sketches'),
      )

      // A draft saved over the live post: the live words stay findable, the draft's are not.
      await change('PATCH', `/api/posts/${id}?draft=true`, {
        content: paragraph('Glasswort is another name for it.'),
      })
      expect(resultTitles((await page(writer, '/search?q=glasswort')).html)).toEqual([])
      expect(resultTitles((await page(writer, '/search?q=samphire')).html)).toEqual([
        'Saltmarsh sketches',
      ])

      await warm('/search?q=samphire')
      await change('PATCH', `/api/posts/${id}`, { stage: 'unpublished' })
      await readerShows('/search?q=samphire', (html) => resultTitles(html).length === 0)
      const { body } = await admin.rest('GET', `/api/search?where[doc.value][equals]=${id}`)
      expect(body.totalDocs).toBe(0)
    })

    it('should index a post when its scheduled publication comes', async () => {
      const created = await change('POST', '/api/posts', {
        title: 'Published by the clock',
        authors: [douglas],
        content: paragraph('Cordgrass and the evening tide.'),
        stage: 'approved',
      })
      await warm('/search?q=cordgrass')
      await change('PATCH', `/api/posts/${created.doc.id as string}`, {
        stage: 'scheduled',
        publishAt: new Date(Date.now() + 2_000).toISOString(),
      })
      await waitFor(
        async () =>
          resultTitles((await page(reader, '/search?q=cordgrass')).html).includes(
            'Published by the clock',
          ),
        20_000,
        100,
      )
    })

    it.each([
      ['a query past the length limit', `/search?q=${'a'.repeat(5000)}`, 'too long'],
      ['only punctuation', `/search?q=${encodeURIComponent('%_%_*?')}`, 'at least'],
      ['an empty query', '/search?q=', 'Type a word'],
      ['no query at all', '/search', 'Type a word'],
      ['a broken escape', '/search?q=%ZZ', ''],
      ['a repeated q and a bad page', '/search?q=icon&q=x&page=abc', ''],
      ['a page far past the end', '/search?q=icon&page=99999999999999999999', ''],
    ])('should answer %s with a page, never a 500', async (_label, url, message) => {
      const { status, html } = await page(reader, url)
      expect(status).toBeLessThan(500)
      expect(html).toContain(message)
    })

    it('should never let the query or the content become markup', async () => {
      const { html } = await page(
        reader,
        `/search?q=${encodeURIComponent('<script>alert(1)</script> "><img src=x onerror=alert(2)> Hezbollah')}`,
      )
      expect(html).not.toContain('<script>alert')
      expect(html).not.toContain('<img src=x')
      expect(html).toContain('<mark>Hezbollah</mark>')
    })

    it('should keep the index to itself: anonymous readers cannot write to it', async () => {
      const anonymous = apiClient(reader.url)
      const write = await anonymous.rest('POST', '/api/search', { title: 'Spam' })
      expect([401, 403]).toContain(write.status)
      const list = await anonymous.rest('GET', '/api/search?limit=100&depth=0')
      expect(list.status).toBe(200)
      expect(list.body.docs.map((doc: { title: string }) => doc.title)).not.toContain(
        'Saltmarsh sketches',
      )
    })
  })

  describe('the HTML cache', () => {
    it('should answer an anonymous page from the cache the second time, with ETag and public Cache-Control', async () => {
      const before = await siteStats(reader)
      const first = await page(reader, '/')
      const second = await page(reader, '/')
      expect([first.status, second.status]).toEqual([200, 200])
      expect(second.headers.get('x-cache')).toBe('HIT')
      expect(second.html).toBe(first.html)
      expect(second.headers.get('cache-control')).toMatch(/^public, max-age=0, s-maxage=\d+/)
      const etag = second.headers.get('etag')!
      expect(etag).toMatch(/^"/)
      const revalidated = await page(reader, '/', { headers: { 'if-none-match': etag } })
      expect(revalidated.status).toBe(304)
      expect((await siteStats(reader)).hits).toBeGreaterThan(before.hits)
    })

    it('should cache a missing page as a 404', async () => {
      const first = await page(reader, '/no-such-page-here')
      expect(first.status).toBe(404)
      const second = await page(reader, '/no-such-page-here')
      expect([second.status, second.headers.get('x-cache')]).toEqual([404, 'HIT'])
    })

    it('should never cache or share a signed-in reader’s page', async () => {
      await warm('/')
      const before = await siteStats(reader)
      const credentials: Record<string, string>[] = [
        { authorization: `JWT ${admin.token()}` },
        { cookie: `payload-token=${admin.token()}` },
      ]
      for (const headers of credentials) {
        const signedIn = await page(reader, '/', { headers })
        expect(signedIn.status).toBe(200)
        expect(signedIn.headers.get('x-cache')).toBe('BYPASS')
        expect(signedIn.headers.get('cache-control')).toBe('private, no-store')
      }
      expect((await siteStats(reader)).hits).toBe(before.hits)
    })

    it('should never cache the preview route, a form post or a page with a token', async () => {
      const preview = await page(reader, '/preview/posts/x?token=y')
      expect(preview.headers.get('x-cache')).not.toBe('HIT')
      expect(preview.headers.get('cache-control') ?? '').not.toMatch(/public/)
      for (const url of ['/?token=abc', '/?preview=1']) {
        await page(reader, url)
        const again = await page(reader, url)
        expect(again.headers.get('x-cache')).toBe('BYPASS')
        expect(again.headers.get('cache-control')).toBe('private, no-store')
      }
      const posted = await page(reader, '/search', {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: 'q=icon',
      })
      expect(posted.headers.get('x-cache')).toBe('BYPASS')
      expect(posted.headers.get('cache-control')).not.toMatch(/public/)
    })

    it('should show a publication, an edit and an unpublication on the next page view', async () => {
      const created = await change('POST', '/api/posts', {
        title: 'A page the cache must follow',
        authors: [douglas],
        content: paragraph('Followed.'),
        stage: 'published',
      })
      const id = created.doc.id as string
      await readerShows('/', (html) => html.includes('A page the cache must follow'))
      await warm('/')
      await change('PATCH', `/api/posts/${id}`, { title: 'A page the cache followed' })
      await readerShows('/', (html) => html.includes('A page the cache followed'))
      await warm('/')
      await change('PATCH', `/api/posts/${id}`, { stage: 'unpublished' })
      await readerShows('/', (html) => !html.includes('A page the cache followed'))
    })

    it('should show a scheduled publication once the job publishes it', async () => {
      const created = await change('POST', '/api/posts', {
        title: 'Scheduled for the home page',
        authors: [douglas],
        stage: 'approved',
      })
      await warm('/')
      await change('PATCH', `/api/posts/${created.doc.id as string}`, {
        stage: 'scheduled',
        publishAt: new Date(Date.now() + 2_000).toISOString(),
      })
      await waitFor(
        async () => (await page(reader, '/')).html.includes('Scheduled for the home page'),
        20_000,
        100,
      )
    })

    it('should show a changed site setting on the next page view', async () => {
      await warm('/')
      await change('POST', '/api/globals/site-settings', { tagline: 'Tagline the cache must drop' })
      await readerShows('/', (html) => html.includes('Tagline the cache must drop'))
    })

    it('should forget its pages when a comment is approved', async () => {
      const { body } = await admin.rest(
        'GET',
        '/api/posts?where[slug][equals]=why-the-ceasefire-talks-keep-failing',
      )
      const submitted = await apiClient(writer.url).rest('POST', '/api/comments', {
        post: body.docs[0].id,
        name: 'Cache Reader',
        email: 'cache-reader@readers.example',
        body: 'A calm reply about the post, to see when the pages are rendered again.',
        formToken: openedFormToken(60),
      })
      expect(submitted.status).toBe(201)
      const id = submitted.body.doc.id as string
      await change('PATCH', `/api/comments/${id}`, { status: 'pending' })
      await warm('/')
      await change('PATCH', `/api/comments/${id}`, { status: 'approved' })
      // The page itself shows no comments here; what matters is that it is rendered anew.
      await waitFor(
        async () => (await page(reader, '/')).headers.get('x-cache') === 'MISS',
        PROPAGATION_MS,
        50,
      )
    })
  })
})
