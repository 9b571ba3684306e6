import fs from 'node:fs'
import path from 'node:path'

import {
  buildSchema,
  getIntrospectionQuery,
  getOperationAST,
  parse,
  specifiedRules,
  validate,
  type GraphQLSchema,
} from 'graphql'

import { costRule, GRAPHQL_LIMITS, measureOperation } from '../../src/lib/graphqlLimits'
import { schema } from './schema'

function measure(
  query: string,
  variables: Record<string, unknown> = {},
  against: GraphQLSchema = schema,
) {
  const document = parse(query)
  expect(validate(against, document, specifiedRules)).toEqual([])
  const operation = getOperationAST(document)!
  const result = measureOperation(against, document, operation, variables, GRAPHQL_LIMITS)!
  return { ...result, messages: result.errors.map((error) => error.message) }
}

/** `levels` of authors → posts joins, each inside the other's docs. */
const nestedJoins = (levels: number) => {
  let inner = 'title'
  for (let i = 0; i < levels; i += 1) inner = `authors { posts { docs { ${inner} } } }`
  return `{ Posts { docs { ${inner} } } }`
}

describe('the GraphQL cost model', () => {
  it('should count a list query by its default limit of 10', () => {
    expect(measure('{ Authors { docs { name } } }')).toMatchObject({ cost: 21, depth: 3 })
    expect(measure('{ Authors(limit: 1) { docs { name } } }').cost).toBe(3)
  })

  it('should count a join of limit 10 inside a list of 10 as 100 documents', () => {
    // 10 authors × (their docs entry + the join + 10 posts × (docs entry + title)).
    expect(measure('{ Authors { docs { posts { docs { title } } } } }').cost).toBe(221)
    expect(measure('{ Authors { docs { posts(limit: 20) { docs { title } } } } }').cost).toBe(421)
    expect(measure('{ Authors(limit: 1) { docs { posts { docs { title } } } } }').cost).toBe(23)
  })

  it("should count a join without a limit by the field's defaultLimit", () => {
    // artworks has defaultLimit 5: 1 + 5 × (docs + title).
    expect(measure('{ Author(slug: "a") { artworks { docs { title } } } }').cost).toBe(12)
  })

  it('should count a hasMany relationship by its maxRows, or 10 without one', () => {
    const { cost } = measure(
      '{ Posts(limit: 1) { docs { authors { name } relatedPosts { title } } } }',
    )
    // authors 1 + 10 × 1, relatedPosts 1 + 6 × 1, docs 1, Posts 1.
    expect(cost).toBe(20)
    expect(measure('{ Posts(limit: 1) { docs { tags } } }').cost).toBe(3)
  })

  it('should take limits from variables and their defaults', () => {
    const query = 'query Q($n: Int = 50) { Authors(limit: $n) { docs { name } } }'
    expect(measure(query).cost).toBe(101)
    expect(measure(query, { n: 5 }).cost).toBe(11)
    expect(measure(query, { n: 500 }).messages).toEqual([
      'Query.Authors: limit must be a whole number from 1 to 100 (got 500).',
    ])
  })

  it('should refuse joins nested four deep, and allow one author → posts → authors hop', () => {
    const four = measure(nestedJoins(4))
    expect(four.cost).toBeGreaterThan(1_000_000)
    expect(four.messages).toContainEqual(
      expect.stringMatching(/exceeds the maximum complexity of 2000/),
    )
    const one = measure('{ Authors { docs { posts { docs { authors { name } } } } } }')
    expect(one.cost).toBe(1221)
    expect(one.errors).toEqual([])
  })

  it('should refuse a limit of 0 or over 100, and pagination: false, naming the field', () => {
    expect(measure('{ Authors(limit: 0) { docs { name } } }').messages).toEqual([
      'Query.Authors: limit must be a whole number from 1 to 100 (got 0).',
    ])
    expect(measure('{ Posts(limit: -1) { docs { title } } }').messages[0]).toMatch(/^Query.Posts:/)
    expect(
      measure('{ Authors(limit: 1) { docs { posts(limit: 1000) { totalDocs } } } }').messages,
    ).toEqual(['Author.posts: limit must be a whole number from 1 to 100 (got 1000).'])
    expect(measure('{ Posts(pagination: false) { docs { title } } }').messages).toEqual([
      'Query.Posts: pagination: false is not accepted; ask for a page with limit and page.',
    ])
  })

  it('should refuse a page below 1, naming the field', () => {
    expect(measure('{ Posts(page: -1) { docs { title } } }').messages).toEqual([
      'Query.Posts: page must be a whole number from 1 (got -1).',
    ])
    expect(
      measure('{ Authors(limit: 1) { docs { posts(page: 0) { totalDocs } } } }').messages,
    ).toEqual(['Author.posts: page must be a whole number from 1 (got 0).'])
    expect(measure('{ Posts(page: 2) { docs { title } } }').messages).toEqual([])
  })

  it('should count a fragment as its fields, each time it is spread', () => {
    const fragment = 'fragment A on Author { posts { docs { title } } }'
    expect(measure(`{ Authors { docs { ...A } } } ${fragment}`).cost).toBe(221)
    expect(measure(`{ Authors { docs { ...A ...A } } } ${fragment}`).cost).toBe(431)
    expect(
      measure('{ Authors { docs { ... on Author { posts { docs { title } } } } } }').cost,
    ).toBe(221)
  })

  it('should measure fragments that double at every level without expanding them', () => {
    const levels = 40
    const fragments = Array.from({ length: levels }, (_, i) =>
      i === levels - 1
        ? `fragment F${i} on Post { title }`
        : `fragment F${i} on Post { ...F${i + 1} ...F${i + 1} }`,
    ).join('\n')
    const started = performance.now()
    const { cost, messages } = measure(`{ Posts(limit: 1) { docs { ...F0 } } } ${fragments}`)
    expect(performance.now() - started).toBeLessThan(1000)
    expect(cost).toBeGreaterThan(2 ** 38)
    expect(messages).toEqual([expect.stringMatching(/complexity/)])
  })

  it('should refuse nesting deeper than 12 fields', () => {
    // Author → featuredPost, then post → primaryAuthor → featuredPost … `levels` times, then slug.
    const nest = (levels: number) => {
      let inner = 'slug'
      for (let k = levels - 1; k >= 0; k -= 1)
        inner = k % 2 === 0 ? `primaryAuthor { ${inner} }` : `featuredPost { ${inner} }`
      return `{ Author(slug: "a") { featuredPost { ${inner} } } }`
    }
    expect(measure(nest(9)).errors).toEqual([])
    expect(measure(nest(9)).depth).toBe(12)
    expect(measure(nest(10)).messages).toEqual([
      'The query nests fields 13 deep; at most 12 levels are accepted.',
    ])
  })

  it('should count introspection fields once each, without depth, so clients can introspect', () => {
    expect(measure('{ __schema { types { name fields { name } } } }')).toMatchObject({
      cost: 5,
      depth: 0,
    })
    expect(measure(getIntrospectionQuery()).errors).toEqual([])
    const doubling = Array.from({ length: 40 }, (_, i) =>
      i === 39
        ? `fragment T${i} on __Type { name }`
        : `fragment T${i} on __Type { ...T${i + 1} ...T${i + 1} }`,
    ).join('\n')
    expect(measure(`{ __schema { types { ...T0 } } } ${doubling}`).messages).toEqual([
      expect.stringMatching(/complexity/),
    ])
  })

  it('should measure only the operation that runs, as a validation rule', () => {
    const document = parse(`
      query Light { Authors(limit: 1) { docs { name } } }
      query Heavy { Authors(limit: 0) { docs { name } } }
    `)
    const rule = (operationName: string) => [costRule(GRAPHQL_LIMITS, { operationName })]
    expect(validate(schema, document, rule('Light'))).toEqual([])
    expect(validate(schema, document, rule('Heavy')).map((e) => e.message)).toEqual([
      'Query.Authors: limit must be a whole number from 1 to 100 (got 0).',
    ])
  })
})

describe('the page queries in docs/queries, against the real schema', () => {
  const real = buildSchema(fs.readFileSync('schema.graphql', 'utf8'))
  const names = fs.readdirSync(path.join('docs', 'queries')).filter((f) => f.endsWith('.graphql'))

  it.each(names)('should keep %s within every limit', (name) => {
    const query = fs.readFileSync(path.join('docs', 'queries', name), 'utf8')
    // What the pages send: a slug, or a post's or comment's id (each query takes what it declares).
    const variables = { slug: 'a-slug', id: 'an-id', post: 'an-id' }
    const { cost, depth, errors } = measure(query, variables, real)
    expect(errors).toEqual([])
    expect(cost).toBeLessThanOrEqual(GRAPHQL_LIMITS.maxCost)
    expect(depth).toBeLessThanOrEqual(GRAPHQL_LIMITS.maxDepth)
  })

  it('should refuse the probe’s join nesting and a Comments list of 100 under 200 aliases', () => {
    let inner = 'name'
    for (let i = 0; i < 4; i += 1) inner = `posts { docs { authors { ${inner} } } }`
    expect(measure(`{ Authors { docs { ${inner} } } }`, {}, real).messages).toContainEqual(
      expect.stringMatching(/complexity/),
    )
    const aliases = Array.from(
      { length: 20 },
      (_, i) => `c${i}: Comments(limit: 100) { docs { id } }`,
    )
    expect(measure(`{ ${aliases.join(' ')} }`, {}, real).messages).toEqual([
      expect.stringMatching(/complexity/),
    ])
  })
})
