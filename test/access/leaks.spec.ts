/**
 * A hostile public client crawls everything it can reach over REST and GraphQL on the demo site
 * plus planted drafts, and the test fails on any private field or any draft content.
 */
import { startSeededServer, type SeededServer } from '../helpers/seededServer'
import { WORKFLOW_SLUGS } from '../../src/plugins/workflow/collections'

const MARK = 'LEAKCANARY'
const PRIVATE_KEYS = [
  'email',
  'hash',
  'salt',
  'resetPasswordToken',
  'resetPasswordExpiration',
  '_verificationToken',
  'loginAttempts',
  'lockUntil',
  'owner',
  'sessions',
]
const COLLECTIONS = [
  'posts',
  'authors',
  'categories',
  'tags',
  'media',
  'artworks',
  'galleries',
  'users',
]

/** Every key anywhere in a JSON value that carries a value (GraphQL answers a refused field with null). */
function keysOf(value: unknown, out = new Set<string>()): Set<string> {
  if (Array.isArray(value)) value.forEach((item) => keysOf(item, out))
  else if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      if (child !== null && child !== undefined) out.add(key)
      keysOf(child, out)
    }
  }
  return out
}

describe('what the public can reach', () => {
  let ctx: SeededServer
  const responses: { what: string; text: string }[] = []

  beforeAll(async () => {
    ctx = await startSeededServer('leaks')
    const { admin } = ctx
    const id = async (path: string) => (await admin.rest('GET', path)).body.docs[0].id as string
    const douglas = await id('/api/authors?where[slug][equals]=douglas-m-webb')
    const judi = await id('/api/authors?where[slug][equals]=judi-webb')
    const middleEast = await id('/api/categories?where[slug][equals]=middle-east')
    const image = await id('/api/media?limit=1')
    const published = await id('/api/posts?where[slug][equals]=the-revival-in-the-hebrides')
    const madonna = await id('/api/artworks?where[slug][equals]=madonna-and-child')

    // Planted drafts: a new post in a public category, a draft revision of a published post,
    // a draft artwork by a public artist, a draft gallery holding a published artwork.
    const draft = await admin.rest('POST', '/api/posts', {
      title: `${MARK} draft post`,
      authors: [douglas],
      categories: [middleEast],
      relatedPosts: [published],
    })
    // A published post pointing at the draft: population must not carry the draft across.
    const analysis = await id('/api/posts?where[slug][equals]=why-the-ceasefire-talks-keep-failing')
    const linked = await admin.rest('PATCH', `/api/posts/${analysis}`, {
      relatedPosts: [draft.body.doc.id, published],
    })
    if (linked.status !== 200)
      throw new Error(`could not plant the draft relation: ${JSON.stringify(linked.body)}`)
    await admin.rest('PATCH', `/api/posts/${published}?draft=true`, {
      title: `${MARK} draft revision`,
    })
    await admin.rest('POST', '/api/artworks', {
      title: `${MARK} draft artwork`,
      image,
      artist: judi,
    })
    await admin.rest('POST', '/api/galleries', {
      title: `${MARK} draft gallery`,
      items: [{ artwork: madonna }],
    })
  })
  afterAll(() => ctx?.stop())

  const record = async (what: string, response: Response) => {
    const text = await response.text()
    responses.push({ what, text })
    return text
  }

  it('should crawl REST lists, documents, drafts, versions and globals', async () => {
    const base = ctx.server.url
    for (const collection of COLLECTIONS) {
      for (const query of [
        '?depth=3&limit=100',
        '?depth=3&limit=100&draft=true',
        '?where[_status][equals]=draft&draft=true',
      ]) {
        const text = await record(
          `GET /api/${collection}${query}`,
          await fetch(`${base}/api/${collection}${query}`),
        )
        const docs: { id: string }[] = (() => {
          try {
            return JSON.parse(text).docs ?? []
          } catch {
            return []
          }
        })()
        for (const doc of docs) {
          await record(
            `GET /api/${collection}/${doc.id}`,
            await fetch(`${base}/api/${collection}/${doc.id}?depth=3&draft=true`),
          )
        }
      }
      await record(
        `GET /api/${collection}/versions`,
        await fetch(`${base}/api/${collection}/versions?depth=2`),
      )
    }
    // Every document with a draft, by ID, as an admin found them: the public gets a 404 for a
    // never-published one and the published version (checked below) for one with a pending draft.
    for (const collection of WORKFLOW_SLUGS) {
      const { body } = await ctx.admin.rest(
        'GET',
        `/api/${collection}?where[_status][equals]=draft&draft=true&depth=0`,
      )
      expect(body.totalDocs).toBeGreaterThan(0)
      for (const doc of body.docs) {
        const response = await fetch(`${base}/api/${collection}/${doc.id}?draft=true`)
        const text = await record(`GET draft ${collection}/${doc.id}`, response)
        if (response.status === 200) expect(JSON.parse(text)._status).toBe('published')
        else expect(response.status).toBe(404)
      }
    }
    await record(
      'GET /api/globals/site-settings',
      await fetch(`${base}/api/globals/site-settings?depth=3`),
    )
    await record('GET /api/users/me', await fetch(`${base}/api/users/me`))
    expect(responses.length).toBeGreaterThan(40)
  })

  it('should crawl GraphQL lists, drafts, joins, relationships and versions', async () => {
    // Limits that cover the demo and the planted drafts while staying under the GraphQL cost
    // limit (src/lib/graphqlLimits), so every query is answered rather than refused.
    const queries = [
      '{ Posts(draft: true, limit: 30) { docs { title _status content(depth: 2) relatedPosts { title _status } authors { name user { email } } owner { email } } } }',
      '{ Authors(limit: 10) { docs { name user { email roles } posts(limit: 20) { docs { title _status } } artworks(limit: 20) { docs { title _status } } } } }',
      '{ Categories(limit: 20) { docs { title posts(limit: 20) { docs { title _status } } } } }',
      '{ Tags(limit: 20) { docs { title posts(limit: 20) { docs { title _status } } } } }',
      '{ Artworks(draft: true, limit: 40) { docs { title _status galleries { docs { title _status } } owner { email } } } }',
      '{ Galleries(draft: true, limit: 50) { docs { title _status items { artwork { title _status } } } } }',
      '{ Users(limit: 100) { docs { email roles } } }',
      '{ versionsPosts(limit: 100) { docs { version { title _status } } } }',
      '{ versionsArtworks(limit: 100) { docs { version { title } } } }',
      '{ versionsGalleries(limit: 100) { docs { version { title } } } }',
      '{ SiteSetting(draft: true) { featuredArtwork { artwork { title _status owner { email } } } aboutAuthor { user { email } } } }',
      '{ meUser { user { email } } }',
    ]
    for (const query of queries) {
      const response = await fetch(`${ctx.server.url}/api/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query }),
      })
      expect(response.status).toBe(200)
      await record(`GraphQL ${query.slice(0, 40)}`, response)
    }
  })

  it('should find no draft content and no private field in anything it got', () => {
    const offending = responses.flatMap(({ what, text }) => {
      const problems: string[] = []
      if (text.includes(MARK)) problems.push('draft content')
      if (/"_status":"draft"/.test(text)) problems.push('a draft status')
      let json: unknown
      try {
        json = JSON.parse(text)
      } catch {
        json = undefined
      }
      const keys = keysOf(json)
      for (const key of PRIVATE_KEYS) {
        // GraphQL echoes nothing for a field it refused, but may name it in an error message.
        if (keys.has(key)) problems.push(`private field "${key}"`)
      }
      return problems.map((problem) => `${what}: ${problem}`)
    })
    expect(offending).toEqual([])
  })

  it('should show the planted drafts to an editor, so the crawl could have found them', async () => {
    const { body } = await ctx.admin.rest('GET', `/api/posts?where[title][like]=${MARK}&draft=true`)
    expect(body.totalDocs).toBe(2)
  })
})
