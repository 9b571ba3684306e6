/**
 * GraphQL abuse, generated from the committed schema (schema.graphql): every query asked for
 * every field it has (the private ones must come back empty), every list at extreme arguments,
 * deep joins, aliases, many operations, fragment cycles, introspection, unknown fields, broken
 * documents and bodies, and mutations with wrong values.
 */
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import {
  buildSchema,
  getNamedType,
  isLeafType,
  isNonNullType,
  isObjectType,
  type GraphQLField,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql'

import type { HostileRequest, Viewer } from './http'
import { Deep, jsonText, nested } from './fields'
import type { Fixtures } from './setup'

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')

export function loadSchema(): GraphQLSchema {
  return buildSchema(fs.readFileSync(path.join(ROOT, 'schema.graphql'), 'utf8'))
}

type AnyField = GraphQLField<unknown, unknown>

const requiredArgs = (field: AnyField) => field.args.some((arg) => isNonNullType(arg.type))

/** Every field of the type: leaves by name, objects with their own leaves, `levels` deep. */
export function selectAll(type: GraphQLObjectType, levels: number): string {
  const parts: string[] = []
  for (const field of Object.values(type.getFields())) {
    if (requiredArgs(field)) continue
    const named = getNamedType(field.type)
    if (isLeafType(named)) parts.push(field.name)
    else if (isObjectType(named) && levels > 0) {
      const inner = selectAll(named, levels - 1)
      if (inner) parts.push(`${field.name} { ${inner} }`)
    } else if (!isObjectType(named)) parts.push(`${field.name} { __typename }`)
  }
  return parts.join(' ')
}

const body = (query: string, variables?: unknown, operationName?: string) =>
  jsonText({ query, variables, operationName })

function gql(label: string, as: Viewer, payload: string | Buffer, type = 'application/json') {
  return {
    label,
    as,
    method: 'POST',
    path: '/api/graphql',
    headers: { 'content-type': type },
    body: payload,
  } satisfies HostileRequest
}

/** `{ OR: [{ AND: [{ ... { id: { exists: true } } }] }] }`, `levels` deep. */
function deepWhere(levels: number): string {
  let where = '{ id: { exists: true } }'
  for (let level = 0; level < levels; level++) {
    where = level % 2 ? `{ AND: [${where}] }` : `{ OR: [${where}] }`
  }
  return where
}

/** The queries of each list: everything in it, and extreme arguments. */
function perQuery(schema: GraphQLSchema, as: Viewer, fx: Fixtures): HostileRequest[] {
  // Documents the public may read, asked for every field they have.
  const readable: Record<string, string> = {
    Post: fx.publishedPostId,
    Comment: fx.approvedCommentId,
    Author: fx.authorId,
  }
  const requests: HostileRequest[] = []
  const query = schema.getQueryType()!
  for (const field of Object.values(query.getFields())) {
    const type = getNamedType(field.type)
    if (!isObjectType(type)) continue
    const args = new Set(field.args.map((arg) => arg.name))
    const isList = args.has('limit') && 'docs' in type.getFields()
    if (isList) {
      const doc = getNamedType(type.getFields().docs!.type) as GraphQLObjectType
      const draft = args.has('draft') ? ', draft: true' : ''
      const ask = (label: string, argList: string, selection = 'docs { id } totalDocs') =>
        requests.push(
          gql(
            `${field.name}: ${label}`,
            as,
            body(`{ ${field.name}(${argList}) { ${selection} } }`),
          ),
        )
      ask(
        'every field, drafts included',
        `limit: 10${draft}`,
        `docs { ${selectAll(doc, 1)} } totalDocs`,
      )
      ask('limit -1', 'limit: -1')
      ask('limit a million', 'limit: 1000000')
      ask('page -1', 'page: -1')
      ask('page 2^31-1', 'page: 2147483647')
      ask('no pagination', 'pagination: false')
      ask('sorted by email', 'sort: "email"')
      ask('sorted by owner', 'sort: "-owner"')
      ask('where 30 deep', `where: ${deepWhere(30)}`)
      ask('where 300 deep', `where: ${deepWhere(300)}`)
    } else if (!requiredArgs(field)) {
      // Globals and the like: everything, drafts included.
      const draft = args.has('draft') ? '(draft: true)' : ''
      requests.push(
        gql(
          `${field.name}: every field`,
          as,
          body(`{ ${field.name}${draft} { ${selectAll(type, 1)} } }`),
        ),
      )
    } else if (field.args.every((arg) => arg.name === 'id' || !isNonNullType(arg.type))) {
      requests.push(
        gql(
          `${field.name}: a missing ID`,
          as,
          body(`{ ${field.name}(id: "00000000-0000-4000-8000-000000000000") { __typename } }`),
        ),
      )
      const id = readable[field.name]
      if (id) {
        const draft = args.has('draft') ? ', draft: true' : ''
        requests.push(
          gql(
            `${field.name}: every field`,
            as,
            body(`{ ${field.name}(id: "${id}"${draft}) { ${selectAll(type, 1)} } }`),
          ),
        )
      }
    }
  }
  return requests
}

function deepWhereVariable(levels: number): Deep {
  return new Deep(`${'{"OR":['.repeat(levels)}{"id":{"exists":true}}${']}'.repeat(levels)}`)
}

/** Nested joins: post -> authors -> posts -> authors ..., `levels` times. */
function deepJoins(levels: number): string {
  let selection = 'title'
  for (let level = 0; level < levels; level++) {
    selection = `title authors { name posts(limit: 100) { docs { ${selection} } } }`
  }
  return `{ Posts(limit: 100) { docs { ${selection} } } }`
}

function categoriesDeep(levels: number): string {
  let selection = 'title'
  for (let level = 0; level < levels; level++) {
    selection = `title parent { ${selection} } posts(limit: 100) { docs { categories { ${selection} } } }`
  }
  return `{ Categories(limit: 100) { docs { ${selection} } } }`
}

function fixedAbuse(as: Viewer, fx: Fixtures): HostileRequest[] {
  const post = (label: string, query: string, variables?: unknown, operationName?: string) =>
    gql(label, as, body(query, variables, operationName))
  const aliases = (count: number) =>
    `{ ${Array.from({ length: count }, (_, i) => `a${i}: Posts(limit: 100) { docs { title content } }`).join(' ')} }`
  const manyOperations = Array.from(
    { length: 500 },
    (_, i) => `query Q${i} { Tags { totalDocs } }`,
  ).join('\n')
  const sameField = `{ Posts(limit: 100) { docs { ${'title '.repeat(3000)} } } }`
  return [
    post('a syntax error', '{ Posts { docs { title }'),
    post('only closing braces', '}}}}}}'),
    post('an empty query', ''),
    gql('query is a number', as, JSON.stringify({ query: 42 })),
    gql('query is null', as, JSON.stringify({ query: null })),
    gql(
      'variables are a string',
      as,
      JSON.stringify({ query: '{ Tags { totalDocs } }', variables: 'x' }),
    ),
    gql(
      'variables are a list',
      as,
      JSON.stringify({ query: '{ Tags { totalDocs } }', variables: [1] }),
    ),
    post('an unknown operation name', '{ Tags { totalDocs } }', undefined, 'Nope'),
    post(
      'two operations, no name',
      'query A { Tags { totalDocs } } query B { Tags { totalDocs } }',
    ),
    post('500 operations', manyOperations, undefined, 'Q499'),
    post('an unknown field', '{ Nope }'),
    post('an unknown sub-field', '{ Posts { docs { nope } } }'),
    post(
      'a fragment cycle',
      'fragment A on Post { title ...B } fragment B on Post { title ...A } { Posts { docs { ...A } } }',
    ),
    post(
      'a fragment spread on the wrong type',
      'fragment A on User { email } { Posts { docs { ...A } } }',
    ),
    post('introspection', '{ __schema { types { name fields { name } } } }'),
    post('introspection of one type', '{ __type(name: "User") { fields { name type { name } } } }'),
    post(
      'nested introspection',
      `{ __schema { types { ${'fields { type { ofType { '.repeat(8)}name${' } } }'.repeat(8)} } } }`,
    ),
    post('200 aliases of a list', aliases(200)),
    post('20 aliases of a list', aliases(20)),
    post('one field 3,000 times', sameField),
    post('joins 8 deep', deepJoins(8)),
    post('joins 3 deep', deepJoins(3)),
    post('categories 6 deep', categoriesDeep(6)),
    post('a directive 1,000 times', `{ Tags { totalDocs ${'@include(if: true) '.repeat(1000)}} }`),
    post('a directive with a wrong argument', '{ Tags @skip(if: "yes") { totalDocs } }'),
    post('a variable of the wrong type', 'query($l: Int) { Posts(limit: $l) { totalDocs } }', {
      l: 'ten',
    }),
    post('an undeclared variable', '{ Posts(limit: $l) { totalDocs } }', { l: 1 }),
    post(
      'a where variable 2,000 deep',
      'query($w: Post_where) { Posts(where: $w) { totalDocs } }',
      {
        w: deepWhereVariable(2000),
      },
    ),
    post(
      'private fields of users',
      '{ Users(limit: 100) { docs { id email roles sessions { id } } } }',
    ),
    post(
      'private fields of comments',
      '{ Comments(limit: 100) { docs { email ipHash verdict firedRules user { email } moderatedBy { email } } } }',
    ),
    post(
      'owners and history of posts',
      '{ Posts(limit: 100, draft: true) { docs { owner { email } history { by { email } byName note } } } }',
    ),
    post(
      'emails of reader questions',
      '{ ReaderQuestions(limit: 100) { docs { email question verdict } } }',
    ),
    post('the webhooks of site settings', '{ SiteSetting { webhooks { url } } }'),
    post('the jobs queue', '{ PayloadJobs(limit: 100) { docs { input taskSlug } } }'),
    post(
      'preferences',
      '{ PayloadPreferences(limit: 100) { docs { key value user { value { ... on User { email } } } } } }',
    ),
    post('the current user', '{ meUser { user { email roles } token exp } }'),
    post(
      'filter comments by a private email',
      `{ Comments(where: { email: { equals: "${fx.approvedCommentEmail}" } }) { totalDocs } }`,
    ),
    post('a 300 KB query', `{ Tags { totalDocs } } # ${'x'.repeat(300 * 1024)}`),
    gql(
      'a JSON batch',
      as,
      JSON.stringify([{ query: '{ Tags { totalDocs } }' }, { query: '{ Posts { totalDocs } }' }]),
    ),
    gql('GraphQL as text/plain', as, '{ Tags { totalDocs } }', 'text/plain'),
    gql('application/graphql', as, '{ Tags { totalDocs } }', 'application/graphql'),
    gql(
      'a urlencoded form',
      as,
      'query=%7B%20Tags%20%7B%20totalDocs%20%7D%20%7D',
      'application/x-www-form-urlencoded',
    ),
    gql('not JSON', as, '{"query": "{ Tags { totalDocs } }"'),
    {
      label: 'GraphQL over GET',
      as,
      method: 'GET',
      path: `/api/graphql?query=${encodeURIComponent('{ Tags { totalDocs } }')}`,
    },
    {
      label: 'a mutation over GET',
      as,
      method: 'GET',
      path: `/api/graphql?query=${encodeURIComponent('mutation { deleteTag(id: "x") { id } }')}`,
    },
    post(
      'a comment with wrong types',
      'mutation { createComment(data: { post: 42, name: 1, email: true, body: [] }) { id } }',
    ),
    post(
      'a comment whose variables are wrong',
      'mutation($d: mutationCommentInput!) { createComment(data: $d) { id } }',
      { d: { post: { $ne: null }, name: 'x', email: 'y', body: 5 } },
    ),
    post(
      'a post with rich text 3,000 deep',
      'mutation($d: mutationPostInput!) { createPost(data: $d) { id } }',
      { d: { title: 'Deep', authors: [fx.authorId], content: nested(3000) } },
    ),
    post(
      'a policy with a setting 5,000 deep',
      'mutation($d: mutationCommentPolicyInput!) { createCommentPolicy(data: $d) { id } }',
      {
        d: {
          name: 'x',
          rules: [
            { blockType: 'length', title: 'x', message: 'x', action: 'reject', min: nested(5000) },
          ],
        },
      },
    ),
    post(
      'updating a post one does not own',
      `mutation { updatePost(id: "${fx.publishedPostId}", data: { title: "Mine now" }) { id title } }`,
    ),
    post('deleting a post', `mutation { deletePost(id: "${fx.publishedPostId}") { id } }`),
    post(
      "raising one's own roles",
      `mutation { updateUser(id: "${fx.contributorId}", data: { roles: admin }) { roles } }`,
    ),
    post(
      'login with an object for email',
      'mutation($e: String!) { loginUser(email: $e, password: "x") { token } }',
      { e: { $ne: null } },
    ),
    post(
      'login with a wrong password',
      'mutation { loginUser(email: "nobody@example.invalid", password: "wrong") { token } }',
    ),
    post(
      'reset with a junk token',
      'mutation { resetPasswordUser(token: "junk", password: "new-password-1") { token } }',
    ),
    post('verify with a junk token', 'mutation { verifyEmailUser(token: "junk") }'),
    post('unlock someone', `mutation { unlockUser(email: "${fx.victimEmail}") }`),
    post(
      'forgot password with 100 KB',
      `mutation { forgotPasswordUser(email: "${'x'.repeat(100_000)}@example.net") }`,
    ),
    post('refresh without a token', 'mutation { refreshTokenUser { token } }'),
  ]
}

/**
 * The queries that cost the server most when nothing refuses them: sent one at a time, so a slow
 * /healthz answer names the one query that caused it.
 */
const COSTLY = new Set([
  '500 operations',
  'a fragment cycle',
  'nested introspection',
  '200 aliases of a list',
  '20 aliases of a list',
  'one field 3,000 times',
  'joins 8 deep',
  'joins 3 deep',
  'categories 6 deep',
  'a directive 1,000 times',
  'a where variable 2,000 deep',
  'a 300 KB query',
  'a post with rich text 3,000 deep',
  'a policy with settings 5,000 deep',
])

export function graphqlAbuse(
  schema: GraphQLSchema,
  fx: Fixtures,
): { costly: HostileRequest[]; rest: HostileRequest[] } {
  const all = (['anonymous', 'contributor'] as const).flatMap((as) => [
    ...perQuery(schema, as, fx),
    ...fixedAbuse(as, fx),
  ])
  return {
    costly: all.filter((request) => COSTLY.has(request.label)),
    rest: all.filter((request) => !COSTLY.has(request.label)),
  }
}
