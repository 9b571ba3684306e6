import {
  cacheKeyOf,
  graphqlBodyOf,
  hasCredentials,
  isPlainGraphQLRead,
  normalisedQuery,
} from '../../src/lib/readCache'

const get = (url: string, headers: Record<string, string> = {}) =>
  cacheKeyOf({ method: 'GET', url, headers })

describe('which requests the read cache may answer', () => {
  it('should key a public GET by its path and normalised query', () => {
    expect(get('/api/posts?limit=10&depth=0')).toBe(get('/api/posts?depth=0&limit=10'))
    expect(get('/api/posts?limit=10')).not.toBe(get('/api/posts?limit=11'))
    expect(get('/api/posts')).not.toBe(get('/api/authors'))
  })

  it('should keep the order of repeated parameters', () => {
    expect(normalisedQuery('sort=b&a=1&sort=a')).toBe('a=1&sort=b&sort=a')
  })

  it.each([
    ['an Authorization header', { authorization: 'JWT abc' }],
    ['an API key', { authorization: 'users API-Key abc' }],
    ['a login cookie', { cookie: 'theme=dark; payload-token=abc' }],
    ['a preview token header', { 'x-preview-token': 'abc' }],
    ['a method override', { 'x-payload-http-method-override': 'GET' }],
  ])('should never answer a request with %s', (_label, headers) => {
    expect(get('/api/posts', headers)).toBeUndefined()
  })

  it('should answer a request whose cookies carry no login', () => {
    expect(hasCredentials({ cookie: 'theme=dark; other-token-x=1' })).toBe(false)
    expect(get('/api/posts', { cookie: 'theme=dark' })).toBeDefined()
  })

  it('should never answer a draft or preview read', () => {
    expect(get('/api/posts?draft=true')).toBeUndefined()
    expect(get('/api/posts?draft=false')).toBeUndefined()
    expect(get('/api/posts/1?preview=token')).toBeUndefined()
  })

  it('should key by origin, since CORS headers depend on it', () => {
    expect(get('/api/posts', { origin: 'https://a.example' })).not.toBe(
      get('/api/posts', { origin: 'https://b.example' }),
    )
  })

  it('should never answer writes', () => {
    for (const method of ['POST', 'PATCH', 'PUT', 'DELETE'])
      expect(cacheKeyOf({ method, url: '/api/posts', headers: {} })).toBeUndefined()
  })
})

describe('GraphQL requests', () => {
  const post = (body: string) => {
    const parsed = graphqlBodyOf(body)
    return parsed && cacheKeyOf({ method: 'POST', url: '/api/graphql', headers: {} }, parsed)
  }

  it('should key a query by its text, operation and variables in any key order', () => {
    const a = post(
      JSON.stringify({ query: '{ Posts { docs { id } } }', variables: { a: 1, b: 2 } }),
    )
    const b = post(
      JSON.stringify({ variables: { b: 2, a: 1 }, query: '{ Posts { docs { id } } }' }),
    )
    expect(a).toBeDefined()
    expect(a).toBe(b)
    expect(
      post(JSON.stringify({ query: '{ Posts { docs { id } } }', variables: { a: 2 } })),
    ).not.toBe(a)
  })

  it.each([
    'mutation { createComment(data: {}) { id } }',
    'query A { Posts { docs { id } } } mutation B { logoutUser }',
    '{ Post(id: "1", draft: true) { id } }',
    'subscription { x }',
  ])('should never answer %s', (query) => {
    expect(post(JSON.stringify({ query }))).toBeUndefined()
  })

  it('should not mistake a word inside a string for a mutation', () => {
    expect(
      isPlainGraphQLRead('{ Posts(where: { title: { equals: "mutation" } }) { docs { id } } }'),
    ).toBe(true)
  })

  it.each(['not json', '[]', '{"query": 5}', '{"query": "{ a }", "operationName": 3}'])(
    'should leave a malformed body (%s) to Payload',
    (body) => {
      expect(graphqlBodyOf(body)).toBeUndefined()
    },
  )
})
