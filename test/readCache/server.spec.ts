/**
 * The public read cache as frontends meet it, with three production server processes on one
 * database: a writer (where editors work), a reader with the cache on, and a reader with it off.
 * Every change made through the writer must reach the caching reader within a second (its
 * generation check interval), over REST and GraphQL; nothing signed-in, previewed or drafted is
 * ever served to the public, and nothing public to a signed-in user.
 */
import fs from 'node:fs'
import path from 'node:path'

import { PERMISSIONS } from '../../access/permissions'
import { apiClient, type ApiClient } from '../helpers/client'
import { openedFormToken } from '../helpers/formToken'
import { testDatabase, type TestDatabase } from '../helpers/database'
import { DEMO_PASSWORD } from '../helpers/seededServer'
import { startServer, type RunningServer } from '../helpers/server'
import { waitFor } from '../helpers/waitFor'

/** The reader's check interval is 1 s; the rest is request time on a busy 2-core machine. */
const PROPAGATION_BOUND_MS = 2_000

type Fetched = { status: number; headers: Headers; text: string; json: any }

async function get(server: RunningServer, url: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${server.url}${url}`, { headers })
  const text = await response.text()
  return { status: response.status, headers: response.headers, text, json: safeJson(text) }
}

async function gql(
  server: RunningServer,
  query: string,
  variables?: Record<string, unknown>,
  headers: Record<string, string> = {},
): Promise<Fetched> {
  const response = await fetch(`${server.url}/api/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  })
  const text = await response.text()
  return { status: response.status, headers: response.headers, text, json: safeJson(text) }
}

function safeJson(text: string) {
  try {
    return JSON.parse(text)
  } catch {
    return undefined
  }
}

/** One thing a frontend reads, over REST and over GraphQL, reduced to the value under test. */
type Probe = { rest: string; graphql: string; value: (restJson: any, gqlJson: any) => unknown[] }

const listProbe = (slug: string, list: string, id: string, field: string): Probe => ({
  rest: `/api/${slug}?where[id][equals]=${id}&depth=0`,
  graphql: `{ ${list}(where: { id: { equals: "${id}" } }) { docs { ${field} } } }`,
  value: (rest, graphql) => [rest?.docs?.[0]?.[field], graphql?.data?.[list]?.docs?.[0]?.[field]],
})

describe('the public read cache across server processes', () => {
  let db: TestDatabase
  let writer: RunningServer
  let reader: RunningServer
  let uncached: RunningServer
  let admin: ApiClient
  const delays: number[] = []

  beforeAll(async () => {
    db = testDatabase('read-cache')
    // The writer runs due jobs every second (scheduled publication).
    writer = await startServer({
      ...db.env,
      SEED_DEMO: 'true',
      DEMO_PASSWORD,
      JOBS_CRON: '* * * * * *',
    })
    // Both readers answer for one public origin, as processes behind a proxy do, so their
    // answers (which carry absolute media URLs) can be compared byte for byte.
    const origin = { SERVER_URL: writer.url }
    ;[reader, uncached] = await Promise.all([
      startServer({ ...db.env, ...origin, JOBS_AUTORUN: 'false' }),
      startServer({ ...db.env, ...origin, JOBS_AUTORUN: 'false', READ_CACHE: 'off' }),
    ])
    admin = apiClient(writer.url)
    await admin.login('admin@example.com', DEMO_PASSWORD)
  })

  afterAll(async () => {
    await Promise.all([writer?.stop(), reader?.stop(), uncached?.stop()])
    db?.cleanup()
    if (delays.length > 0)
      process.stdout.write(
        `read cache: changes reached the other process in ${delays.join(', ')} ms\n`,
      )
  })

  const idOf = async (pathWithQuery: string) => {
    const { status, body } = await admin.rest('GET', pathWithQuery)
    expect(status).toBe(200)
    return body.docs[0].id as string
  }

  /** Reads twice, proving the second answer came from the cache (so a stale one could be served). */
  async function warm(probe: Probe, expected: unknown) {
    for (const url of [probe.rest]) {
      await get(reader, url)
      const again = await get(reader, url)
      expect(again.headers.get('x-cache')).toBe('HIT')
    }
    await gql(reader, probe.graphql)
    const again = await gql(reader, probe.graphql)
    expect(again.headers.get('x-cache')).toBe('HIT')
    expect(probe.value((await get(reader, probe.rest)).json, again.json)).toEqual([
      expected,
      expected,
    ])
  }

  /** Waits until the reader shows `expected` over both APIs; fails past the bound. */
  async function seenWithin(probe: Probe, expected: unknown) {
    const started = Date.now()
    let last: unknown[] = []
    while (Date.now() - started < PROPAGATION_BOUND_MS + 3_000) {
      const [rest, graphql] = await Promise.all([
        get(reader, probe.rest),
        gql(reader, probe.graphql),
      ])
      last = probe.value(rest.json, graphql.json)
      if (last[0] === expected && last[1] === expected) break
      await new Promise((resolve) => setTimeout(resolve, 25))
    }
    const elapsed = Date.now() - started
    delays.push(elapsed)
    expect(last).toEqual([expected, expected])
    expect(elapsed).toBeLessThan(PROPAGATION_BOUND_MS)
  }

  async function change(method: string, url: string, body: unknown) {
    const { status, body: answer } = await admin.rest(method, url, body)
    expect([200, 201]).toContain(status)
    return answer
  }

  it.each([
    ['posts', 'Posts', '/api/posts?where[slug][equals]=the-revival-in-the-hebrides'],
    ['artworks', 'Artworks', '/api/artworks?where[slug][equals]=madonna-and-child'],
    ['galleries', 'Galleries', '/api/galleries?limit=1'],
  ])(
    'should show a publication, an edit and an unpublication of %s within a second',
    async (slug, list, find) => {
      const id = await idOf(find)
      const { body: before } = await admin.rest('GET', `/api/${slug}/${id}?depth=0`)
      const probe = listProbe(slug, list, id, 'title')
      await change('PATCH', `/api/${slug}/${id}`, { stage: 'unpublished' })
      await seenWithin(probe, undefined)

      // A missing document is cached as a 404 too, and becomes a 200 once it is published.
      const byId = `/api/${slug}/${id}?depth=0`
      expect((await get(reader, byId)).status).toBe(404)
      expect((await get(reader, byId)).headers.get('x-cache')).toBe('HIT')
      await warm(probe, undefined)

      await change('PATCH', `/api/${slug}/${id}`, { stage: 'published' })
      await seenWithin(probe, before.title)
      expect((await get(reader, byId)).status).toBe(200)

      await warm(probe, before.title)
      await change('PATCH', `/api/${slug}/${id}`, { title: `${before.title} (revised)` })
      await seenWithin(probe, `${before.title} (revised)`)

      await warm(probe, `${before.title} (revised)`)
      await change('PATCH', `/api/${slug}/${id}`, { stage: 'unpublished' })
      await seenWithin(probe, undefined)
    },
  )

  it('should show a scheduled publication within a second of the job publishing it', async () => {
    const douglas = await idOf('/api/authors?where[slug][equals]=douglas-m-webb')
    const created = await change('POST', '/api/posts', {
      title: 'Published by the clock',
      authors: [douglas],
      stage: 'approved',
    })
    const id = created.doc.id as string
    const probe = listProbe('posts', 'Posts', id, 'title')
    await warm(probe, undefined)
    await change('PATCH', `/api/posts/${id}`, {
      stage: 'scheduled',
      publishAt: new Date(Date.now() + 2_000).toISOString(),
    })
    // The writer's job publishes it; from then on the reader has one check interval to follow.
    await waitFor(async () => (await get(writer, probe.rest)).json?.docs?.length === 1, 20_000, 25)
    await seenWithin(probe, 'Published by the clock')
  })

  it.each([
    ['authors', 'Authors', 'name'],
    ['categories', 'Categories', 'title'],
    ['tags', 'Tags', 'title'],
  ])(
    'should show a new, an edited and a deleted entry of %s within a second',
    async (slug, list, field) => {
      const created = await change('POST', `/api/${slug}`, { [field]: 'Cache probe' })
      const id = created.doc.id as string
      const probe = listProbe(slug, list, id, field)
      await seenWithin(probe, 'Cache probe')
      await warm(probe, 'Cache probe')
      await change('PATCH', `/api/${slug}/${id}`, { [field]: 'Cache probe, renamed' })
      await seenWithin(probe, 'Cache probe, renamed')
      await warm(probe, 'Cache probe, renamed')
      await change('DELETE', `/api/${slug}/${id}`, undefined)
      await seenWithin(probe, undefined)
    },
  )

  it('should show an edited media description within a second', async () => {
    const id = await idOf('/api/media?limit=1')
    const probe = listProbe('media', 'allMedia', id, 'alt')
    const { body } = await admin.rest('GET', `/api/media/${id}`)
    await warm(probe, body.alt)
    await change('PATCH', `/api/media/${id}`, { alt: 'A changed description of the image' })
    await seenWithin(probe, 'A changed description of the image')
  })

  it('should show a comment once approved and hide it once rejected, within a second', async () => {
    const post = await idOf('/api/posts?where[slug][equals]=why-the-ceasefire-talks-keep-failing')
    const submitted = await apiClient(writer.url).rest('POST', '/api/comments', {
      post,
      name: 'Cache Reader',
      email: 'cache-reader@readers.example',
      body: 'A calm reply about the post, to see when it appears under it.',
      formToken: openedFormToken(60),
    })
    expect(submitted.status).toBe(201)
    const id = submitted.body.doc.id as string
    await change('PATCH', `/api/comments/${id}`, { status: 'pending' })
    const probe = listProbe('comments', 'Comments', id, 'body')
    await seenWithin(probe, undefined)
    await warm(probe, undefined)
    await change('PATCH', `/api/comments/${id}`, { status: 'approved' })
    await seenWithin(probe, 'A calm reply about the post, to see when it appears under it.')
    await warm(probe, 'A calm reply about the post, to see when it appears under it.')
    await change('PATCH', `/api/comments/${id}`, { status: 'rejected' })
    await seenWithin(probe, undefined)
  })

  it('should show an edited comment policy within a second', async () => {
    const id = await idOf('/api/comment-policies?limit=1')
    const probe = listProbe('comment-policies', 'CommentPolicies', id, 'name')
    const { body } = await admin.rest('GET', `/api/comment-policies/${id}?depth=0`)
    await warm(probe, body.name)
    await change('PATCH', `/api/comment-policies/${id}`, { name: 'House rules, revised' })
    await seenWithin(probe, 'House rules, revised')
  })

  it('should show a changed site setting within a second', async () => {
    const probe: Probe = {
      rest: '/api/globals/site-settings?depth=0',
      graphql: '{ SiteSetting { tagline } }',
      value: (rest, graphql) => [rest?.tagline, graphql?.data?.SiteSetting?.tagline],
    }
    const { body } = await admin.rest('GET', '/api/globals/site-settings?depth=0')
    await warm(probe, body.tagline ?? null)
    await change('POST', '/api/globals/site-settings', { tagline: 'Essays, icons and letters' })
    await seenWithin(probe, 'Essays, icons and letters')
  })

  it('should never serve a draft, preview or signed-in answer to the public, nor a public one to a signed-in reader', async () => {
    const id = await idOf('/api/posts?where[slug][equals]=why-the-ceasefire-talks-keep-failing')
    const published = (await admin.rest('GET', `/api/posts/${id}?depth=0`)).body.title as string
    const url = `/api/posts/${id}?depth=0`
    await get(reader, url)
    expect((await get(reader, url)).headers.get('x-cache')).toBe('HIT')

    // A draft revision over the live post, seen by its editor and through a preview token only.
    await change('PATCH', `/api/posts/${id}?draft=true`, {
      title: 'A draft title nobody else sees',
    })
    const token = (await admin.rest('POST', `/api/posts/${id}/preview`, {})).body.token as string
    const readerAdmin = apiClient(reader.url)
    await readerAdmin.login('admin@example.com', DEMO_PASSWORD)
    const staffHeaders = { authorization: `JWT ${readerAdmin.token()}` }
    // A browser's session: Payload takes the cookie only with an Origin it trusts (CSRF).
    const cookieHeaders = { cookie: `payload-token=${readerAdmin.token()}`, origin: writer.url }

    for (const headers of [staffHeaders, cookieHeaders]) {
      const draft = await get(reader, `${url}&draft=true`, headers)
      expect(draft.json.title).toBe('A draft title nobody else sees')
      expect(draft.headers.get('cache-control')).toBe('private, no-store')
      expect(draft.headers.get('x-cache')).toBeNull()
      expect(draft.headers.get('etag')).toBeNull()
    }
    const previewed = await get(reader, `${url}&draft=true`, { 'x-preview-token': token })
    expect(previewed.json.title).toBe('A draft title nobody else sees')
    expect(previewed.headers.get('cache-control')).toBe('private, no-store')
    const byParam = await get(reader, `${url}&draft=true&preview=${encodeURIComponent(token)}`)
    expect(byParam.json.title).toBe('A draft title nobody else sees')

    const gqlDraft = `{ Post(id: "${id}", draft: true) { title } }`
    const staffGql = await gql(reader, gqlDraft, undefined, staffHeaders)
    expect(staffGql.json.data.Post.title).toBe('A draft title nobody else sees')
    expect(staffGql.headers.get('cache-control')).toBe('private, no-store')

    // The public still reads the live post, over both APIs, cached or not.
    for (let round = 0; round < 2; round++) {
      expect((await get(reader, url)).json.title).toBe(published)
      expect((await get(reader, `${url}&draft=true`)).json.title).toBe(published)
      expect((await gql(reader, gqlDraft)).json.data.Post.title).toBe(published)
      expect((await gql(reader, `{ Post(id: "${id}") { title } }`)).json.data.Post.title).toBe(
        published,
      )
    }

    // A signed-in reader of a URL the public has warmed gets their own, fuller answer.
    const list = '/api/posts?limit=5'
    await get(reader, list)
    const publicList = await get(reader, list)
    expect(publicList.headers.get('x-cache')).toBe('HIT')
    expect(publicList.text).not.toContain('"owner"')
    const staffList = await get(reader, list, staffHeaders)
    expect(staffList.headers.get('x-cache')).toBeNull()
    expect(staffList.text).toContain('"owner"')
  })

  it('should answer the public identically with the cache on and off', async () => {
    const query = (name: string) =>
      fs.readFileSync(path.join('docs', 'queries', `${name}.graphql`), 'utf8')
    const graphqlCases: [string, Record<string, unknown>][] = [
      [query('home'), {}],
      [query('post'), { slug: 'why-the-ceasefire-talks-keep-failing' }],
      [query('author'), { slug: 'douglas-m-webb' }],
      [query('gallery'), { slug: 'judis-icons' }],
    ]
    // Every collection the public may read, from the permission table itself.
    const publicCollections = Object.entries(PERMISSIONS)
      .filter(([slug, cells]) => slug !== 'site-settings' && (cells.public.read ?? []).length > 0)
      .map(([slug]) => slug)
    expect(publicCollections).toContain('reader-questions')
    const restCases = publicCollections.flatMap((slug) => [
      `/api/${slug}`,
      `/api/${slug}?depth=0&limit=5`,
      `/api/${slug}?limit=2&page=2`,
    ])
    restCases.push('/api/globals/site-settings', '/api/posts/no-such-id', '/api/users')

    // The reader may notice an earlier test's change in the middle of this loop (its check
    // interval), which empties its cache once: an answer is asked for again until it is cached.
    const cachedFrom = async <T extends { headers: Headers }>(ask: () => Promise<T>) => {
      let answer = await ask()
      for (let attempt = 0; attempt < 3 && answer.headers.get('x-cache') !== 'HIT'; attempt++)
        answer = await ask()
      return answer
    }
    for (const url of restCases) {
      await get(reader, url)
      const [cached, plain] = await Promise.all([
        cachedFrom(() => get(reader, url)),
        get(uncached, url),
      ])
      expect({ url, status: cached.status }).toEqual({ url, status: plain.status })
      expect({ url, body: cached.text }).toEqual({ url, body: plain.text })
      if (cached.status === 200 || cached.status === 404)
        expect(cached.headers.get('x-cache')).toBe('HIT')
      if (cached.status === 200) expect(cached.headers.get('etag')).toBe(plain.headers.get('etag'))
    }
    for (const [text, variables] of graphqlCases) {
      const [cached, plain] = await Promise.all([
        cachedFrom(() => gql(reader, text, variables)),
        gql(uncached, text, variables),
      ])
      expect(cached.json.errors).toBeUndefined()
      expect(cached.status).toBe(plain.status)
      expect(cached.text).toBe(plain.text)
      expect(cached.headers.get('x-cache')).toBe('HIT')
    }
  })

  it('should send validators and CDN headers for public answers and no-store for the rest', async () => {
    const url = '/api/posts?limit=3'
    const first = await get(reader, url)
    expect(first.headers.get('cache-control')).toBe(
      'public, max-age=0, s-maxage=60, stale-while-revalidate=300',
    )
    expect(first.headers.get('vary')).toContain('Authorization')
    const etag = first.headers.get('etag')!
    expect(etag).toMatch(/^"[^"]+"$/)

    const revalidated = await fetch(`${reader.url}${url}`, { headers: { 'if-none-match': etag } })
    expect(revalidated.status).toBe(304)
    expect(await revalidated.text()).toBe('')
    expect(revalidated.headers.get('etag')).toBe(etag)
    const other = await fetch(`${reader.url}${url}`, { headers: { 'if-none-match': '"other"' } })
    expect(other.status).toBe(200)

    // With the cache off, the same validators and headers.
    const plain = await fetch(`${uncached.url}${url}`, { headers: { 'if-none-match': etag } })
    expect(plain.status).toBe(304)

    const missing = await get(reader, '/api/posts/not-a-post')
    expect(missing.status).toBe(404)
    expect(missing.headers.get('cache-control')).toMatch(/^public/)

    const signedIn = await get(reader, url, { authorization: `JWT ${admin.token()}` })
    expect(signedIn.headers.get('cache-control')).toBe('private, no-store')
    expect(signedIn.headers.get('etag')).toBeNull()

    const refused = await get(reader, '/api/users')
    expect(refused.status).toBe(401)
    expect(refused.headers.get('cache-control')).toBe('private, no-store')

    const mutation = await gql(reader, 'mutation { logoutUser }')
    expect(mutation.headers.get('cache-control')).toBe('private, no-store')
    expect(mutation.headers.get('x-cache')).toBeNull()

    const health = await (await fetch(`${reader.url}/healthz`)).json()
    expect(health.readCache.hits).toBeGreaterThan(0)
    expect((await (await fetch(`${uncached.url}/healthz`)).json()).readCache).toBe('off')
  })
})
