import { parse, specifiedRules, validate, type GraphQLError } from 'graphql'

import {
  documentErrors,
  GRAPHQL_LIMITS,
  operationErrors,
  parseErrorMessage,
} from '../../src/lib/graphqlLimits'
import { schema } from './schema'

const messagesOf = (errors: readonly GraphQLError[]) => errors.map((error) => error.message)

describe('checks on the bare GraphQL document', () => {
  it('should allow 30 aliases and refuse 31', () => {
    const aliased = (count: number) =>
      parse(
        `{ ${Array.from({ length: count }, (_, i) => `a${i}: Authors(limit: 1) { totalDocs }`).join(' ')} }`,
      )
    expect(documentErrors(aliased(30), GRAPHQL_LIMITS)).toEqual([])
    expect(messagesOf(documentErrors(aliased(31), GRAPHQL_LIMITS))).toEqual([
      'The query uses 31 aliases; at most 30 are accepted in one request.',
    ])
  })

  it('should allow 5 operations in a document and refuse 6', () => {
    const operations = (count: number) =>
      parse(Array.from({ length: count }, (_, i) => `query Q${i} { Author { name } }`).join('\n'))
    expect(documentErrors(operations(5), GRAPHQL_LIMITS)).toEqual([])
    expect(messagesOf(documentErrors(operations(6), GRAPHQL_LIMITS))).toEqual([
      'The document holds 6 operations; at most 5 are accepted in one request.',
    ])
  })

  it('should refuse a field written more than 10 times in one selection', () => {
    const repeated = (count: number) =>
      parse(`{ Posts { docs { ${'relatedPosts { title } '.repeat(count)} } } }`)
    expect(documentErrors(repeated(10), GRAPHQL_LIMITS)).toEqual([])
    expect(messagesOf(documentErrors(repeated(500), GRAPHQL_LIMITS))).toEqual([
      'The query asks for "relatedPosts" 500 times in one selection; at most 10 are accepted.',
    ])
    const sameAlias = parse(`{ Posts { docs { ${'t: title t: slug '.repeat(6)} } } }`)
    expect(messagesOf(documentErrors(sameAlias, GRAPHQL_LIMITS))).toContainEqual(
      'The query asks for "t" 12 times in one selection; at most 10 are accepted.',
    )
  })

  it('should count without following fragments, so a fragment cycle cannot hold it up', () => {
    const cyclic = parse('{ Posts { docs { ...A } } } fragment A on Post { relatedPosts { ...A } }')
    expect(documentErrors(cyclic, GRAPHQL_LIMITS)).toEqual([])
    // graphql-js's specified rules, which run next, refuse the cycle.
    expect(messagesOf(validate(schema, cyclic, specifiedRules))).toContain(
      'Cannot spread fragment "A" within itself.',
    )
  })

  it('should stop parsing at the token limit, with a plain message', () => {
    const long = `{ ${'Author { name } '.repeat(600)} }`
    let error: GraphQLError | undefined
    try {
      parse(long, { maxTokens: GRAPHQL_LIMITS.maxTokens })
    } catch (thrown) {
      error = thrown as GraphQLError
    }
    expect(parseErrorMessage(error!, GRAPHQL_LIMITS)).toBe(
      'The query is too long: at most 2000 tokens (names, punctuation, values) are accepted.',
    )
  })
})

describe('checks before execution', () => {
  it('should ask for an operation name when the document holds several', () => {
    const document = parse('query A { Author { name } } query B { Author { slug } }')
    expect(messagesOf(operationErrors(schema, document, undefined, {}))).toEqual([
      'operationName: the document holds several operations; name the one to run.',
    ])
    expect(messagesOf(operationErrors(schema, document, 'C', {}))).toEqual([
      'operationName: the document has no operation named "C".',
    ])
    expect(operationErrors(schema, document, 'B', {})).toEqual([])
  })

  it('should refuse variables that do not fit their types', () => {
    const document = parse('query Q($n: Int!) { Authors(limit: $n) { totalDocs } }')
    expect(messagesOf(operationErrors(schema, document, undefined, { n: 'ten' }))).toEqual([
      expect.stringMatching(/^Variable "\$n" got invalid value "ten"/),
    ])
    expect(messagesOf(operationErrors(schema, document, undefined, {}))).toEqual([
      expect.stringMatching(/^Variable "\$n" of required type "Int!" was not provided/),
    ])
  })
})

describe('suggestions in error messages', () => {
  it("should be left out with graphql-js's hideSuggestions, in validation and in variables", () => {
    const document = parse('{ Author { nme } }')
    expect(messagesOf(validate(schema, document, specifiedRules))).toEqual([
      'Cannot query field "nme" on type "Author". Did you mean "name"?',
    ])
    expect(
      messagesOf(validate(schema, document, specifiedRules, { hideSuggestions: true })),
    ).toEqual(['Cannot query field "nme" on type "Author".'])
    const variables = parse('query Q($n: Int) { Authors(limit: $n) { totalDocs } }')
    expect(messagesOf(operationErrors(schema, variables, 'Q', { n: 'x' }, true))).toEqual([
      expect.not.stringMatching(/Did you mean/),
    ])
  })
})
