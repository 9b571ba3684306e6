/**
 * The hostile probe's queries against a running server: each is refused with a 4xx and a message,
 * at once, while /healthz keeps answering; the real page queries still run.
 */
import fs from 'node:fs'
import path from 'node:path'

import { startSeededServer, type SeededServer } from '../helpers/seededServer'

/** `levels` of authors → posts joins, each inside the other's docs (the probe's query). */
function nestedJoins(levels: number): string {
  let inner = 'name'
  for (let i = 0; i < levels; i += 1) inner = `posts { docs { authors { ${inner} } } }`
  return `{ Authors { docs { ${inner} } } }`
}

const aliasedComments = (count: number) =>
  `{ ${Array.from({ length: count }, (_, i) => `c${i}: Comments(limit: 100) { docs { id } }`).join(' ')} }`

/** Fragments that double at each of 40 levels: 2^40 fields once expanded. */
const doublingFragments = () => {
  const fragments = Array.from({ length: 40 }, (_, i) =>
    i === 39
      ? `fragment F${i} on Post { title }`
      : `fragment F${i} on Post { ...F${i + 1} ...F${i + 1} }`,
  )
  return `{ Posts(limit: 1) { docs { ...F0 } } } ${fragments.join(' ')}`
}

describe('hostile GraphQL queries against a running server', () => {
  let ctx: SeededServer

  beforeAll(async () => {
    ctx = await startSeededServer('graphql-cost')
  })
  afterAll(() => ctx?.stop())

  /**
   * Sends the requests together while checking /healthz one request after another; resolves
   * with their answers, how long they took, and the slowest health check.
   */
  async function whileCheckingHealth<T>(requests: (() => Promise<T>)[]) {
    let sending = true
    const healthTimes: number[] = []
    const health = (async () => {
      // At most 200 checks, one at a time, and none after the requests are answered.
      while (sending && healthTimes.length < 200) {
        const started = performance.now()
        const response = await fetch(`${ctx.server.url}/healthz`, {
          signal: AbortSignal.timeout(5_000),
        })
        expect(response.status).toBe(200)
        await response.text()
        healthTimes.push(performance.now() - started)
      }
    })()
    const started = performance.now()
    const answers = await Promise.all(requests.map((send) => send()))
    const elapsed = performance.now() - started
    sending = false
    await health
    return { answers, elapsed, slowestHealth: Math.max(...healthTimes) }
  }

  it('should refuse every query of the probe at once, with a message, while /healthz answers', async () => {
    const graphql = (query: string) => () => ctx.anonymous.graphql(query)
    const { answers, elapsed, slowestHealth } = await whileCheckingHealth([
      graphql(nestedJoins(4)),
      graphql(nestedJoins(6)),
      graphql(nestedJoins(12)),
      graphql(aliasedComments(200)),
      graphql(aliasedComments(40)),
      graphql(aliasedComments(20)),
      graphql(doublingFragments()),
    ])
    const [four, six, twelve, probeAliases, aliases, fewerAliases, doubling] = answers
    for (const answer of [four, six, twelve, fewerAliases, doubling]) {
      expect(answer!.status).toBe(400)
      // The nested joins are too deep as well; every one is over the cost.
      expect(answer!.body.errors.map((e: { message: string }) => e.message)).toContainEqual(
        expect.stringMatching(/^The query exceeds the maximum complexity of 2000/),
      )
      expect(answer!.body.data).toBeUndefined()
    }
    // The probe's 200 aliases do not even parse: the document is over the token limit.
    expect(probeAliases!.status).toBe(400)
    expect(probeAliases!.body.errors[0].message).toBe(
      'The query is too long: at most 2000 tokens (names, punctuation, values) are accepted.',
    )
    expect(aliases!.status).toBe(400)
    expect(aliases!.body.errors[0].message).toBe(
      'The query uses 40 aliases; at most 30 are accepted in one request.',
    )
    expect(elapsed).toBeLessThan(2_000)
    expect(slowestHealth).toBeLessThan(1_000)
  })

  it('should refuse cyclic and self-including fragments with 400, not 500', async () => {
    const cyclic = await ctx.anonymous.graphql(
      '{ Posts { docs { ...A } } } fragment A on Post { relatedPosts { ...B } } fragment B on Post { ...A }',
    )
    expect(cyclic.status).toBe(400)
    expect(cyclic.body.errors.map((e: { message: string }) => e.message)).toContain(
      'Cannot spread fragment "A" within itself via "B".',
    )
    const selfIncluding = await ctx.anonymous.graphql(
      '{ Posts { docs { ...A } } } fragment A on Post { title ...A }',
    )
    expect(selfIncluding.status).toBe(400)
    expect(selfIncluding.body.errors.map((e: { message: string }) => e.message)).toContain(
      'Cannot spread fragment "A" within itself.',
    )
  })

  it('should not suggest field names while introspection is off', async () => {
    const { status, body } = await ctx.anonymous.graphql('{ Posts { docs { titel } } }')
    expect(status).toBe(400)
    expect(body.errors[0].message).toBe('Cannot query field "titel" on type "Post".')
    const argument = await ctx.anonymous.graphql('{ Posts(limt: 5) { docs { title } } }')
    expect(argument.body.errors[0].message).toBe('Unknown argument "limt" on field "Query.Posts".')
  })

  it('should refuse limits that would load a whole table, naming the field', async () => {
    const unbounded = await ctx.anonymous.graphql('{ Comments(limit: 0) { docs { id } } }')
    expect(unbounded.status).toBe(400)
    expect(unbounded.body.errors[0].message).toBe(
      'Query.Comments: limit must be a whole number from 1 to 100 (got 0).',
    )
    const join = await ctx.anonymous.graphql(
      '{ Authors(limit: 1) { docs { posts(limit: 100000) { docs { title } } } } }',
    )
    expect(join.status).toBe(400)
    expect(join.body.errors[0].message).toMatch(/^Author.posts: limit must be a whole number/)
    const unpaginated = await ctx.admin.graphql('{ Posts(pagination: false) { docs { title } } }')
    expect(unpaginated.status).toBe(400)
    expect(unpaginated.body.errors[0].message).toMatch(/^Query.Posts: pagination: false/)
  })

  it('should refuse bad variables and a missing operation name with 400', async () => {
    const variables = await ctx.anonymous.graphql(
      'query Q($n: Int!) { Posts(limit: $n) { totalDocs } }',
      { n: 'ten' },
    )
    expect(variables.status).toBe(400)
    expect(variables.body.errors[0].message).toMatch(/^Variable "\$n" got invalid value "ten"/)
    const operations = await ctx.anonymous.graphql(
      'query A { Posts { totalDocs } } query B { Tags { totalDocs } }',
    )
    expect(operations.status).toBe(400)
    expect(operations.body.errors[0].message).toMatch(/^operationName:/)
  })

  it('should still answer every page query in docs/queries', async () => {
    // The comment section and the reply page take ids: a published comment's and its post's.
    const approved = await ctx.anonymous.graphql(
      '{ Comments(limit: 1, where: { status: { equals: approved } }) { docs { id post { id } } } }',
    )
    const comment = approved.body.data.Comments.docs[0] as { id: string; post: { id: string } }
    const variables: Record<string, Record<string, string>> = {
      'author.graphql': { slug: 'douglas-m-webb' },
      'gallery.graphql': { slug: 'judis-icons' },
      'post.graphql': { slug: 'why-the-ceasefire-talks-keep-failing' },
      'comments.graphql': { id: comment.post.id, post: comment.post.id },
      'reply.graphql': { id: comment.id },
      'artwork.graphql': { slug: 'madonna-and-child' },
      'category.graphql': { slug: 'middle-east' },
      'tag.graphql': { slug: 'ceasefire' },
      // Without a preview token: only what is published (here, nothing by that id).
      'preview-post.graphql': { id: 'no-such-post' },
      'preview-artwork.graphql': { id: 'no-such-artwork' },
      'preview-gallery.graphql': { id: 'no-such-gallery' },
      'feed-author.graphql': { slug: 'douglas-m-webb' },
      'feed-category.graphql': { slug: 'middle-east' },
    }
    for (const name of fs.readdirSync(path.join('docs', 'queries'))) {
      const query = fs.readFileSync(path.join('docs', 'queries', name), 'utf8')
      const { status, body } = await ctx.anonymous.graphql(query, variables[name])
      expect({ name, status, errors: body.errors }).toEqual({
        name,
        status: 200,
        errors: undefined,
      })
    }
  })
})

describe('hostile REST query strings against a running server', () => {
  let ctx: SeededServer

  beforeAll(async () => {
    ctx = await startSeededServer('rest-bounds')
  })
  afterAll(() => ctx?.stop())

  const get = async (pathAndQuery: string, headers: Record<string, string> = {}) => {
    const response = await fetch(`${ctx.server.url}${pathAndQuery}`, { headers })
    return {
      status: response.status,
      cache: response.headers.get('x-cache'),
      body: await response.json(),
    }
  }

  it.each([
    [
      '/api/authors?joins[posts][limit]=100000',
      /^joins\[posts\]\[limit\]: must be a whole number from 1 to 100/,
    ],
    ['/api/comments?limit=0', /^limit: must be a whole number from 1 to 100 when not signed in/],
    ['/api/posts?limit=100000', /^limit: must be a whole number from 1 to 100/],
    ['/api/posts?pagination=false', /^pagination: stays on when not signed in/],
    ['/api/posts?page=1e309', /^page: must be a whole number from 1/],
    ['/api/posts?where=junk', /^where: must be an object/],
    ['/api/posts?depth=abc', /^depth: must be a whole number/],
    ['/api/posts?limit[]=0', /^limit: give it once/],
    ['/api/posts?where[title][equals][a]=b', /^where\[title\]\[equals\]: takes one value/],
  ])(
    'should refuse %s with 400 naming the parameter, before the read cache',
    async (url, message) => {
      const { status, cache, body } = await get(url)
      expect(status).toBe(400)
      expect(body.errors[0].message).toMatch(message)
      expect(cache).toBeNull()
    },
  )

  it('should serve what a reader may ask for, and every row to a signed-in editor', async () => {
    const reader = await get('/api/posts?limit=100&page=1&where[slug][exists]=true')
    expect(reader.status).toBe(200)
    expect(reader.body.docs.length).toBeGreaterThan(0)
    const json = await get(`/api/posts?where=${encodeURIComponent('{"slug":{"exists":true}}')}`)
    expect(json.status).toBe(200)
    const all = await ctx.admin.rest('GET', '/api/posts?limit=0&depth=0')
    expect(all.status).toBe(200)
    expect(all.body.docs.length).toBe(all.body.totalDocs)
  })

  it('should hold a made-up token to the anonymous limits', async () => {
    const forged = await get('/api/posts?limit=0', { authorization: 'JWT not-a-real-token' })
    expect(forged.status).toBe(400)
    expect(forged.body.errors[0].message).toMatch(/^limit: must be a whole number from 1 to 100/)
    const cookie = await get('/api/posts?pagination=false', { cookie: 'payload-token=made-up' })
    expect(cookie.status).toBe(400)
  })

  it('should check a query sent as a body (method override) the same way', async () => {
    const response = await fetch(`${ctx.server.url}/api/posts`, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        'x-http-method-override': 'GET',
      },
      body: 'limit=0',
    })
    expect(response.status).toBe(400)
    expect((await response.json()).errors[0].message).toMatch(/^limit: must be a whole number/)
  })
})
