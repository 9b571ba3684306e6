/**
 * The read scenarios, asked of every server the same way: REST lists, a GraphQL list, and the
 * post, author and gallery page queries frontends send (docs/queries/*.graphql).
 */
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { FIXTURE_SLUGS } from './fixture'
import type { Load } from './measure'

export type Scenario = {
  name: string
  /** Path on the server (every server answers the same paths). */
  path: string
  method: 'GET' | 'POST'
  body?: string
}

const QUERIES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../docs/queries')

const graphql = (query: string, variables?: Record<string, unknown>) =>
  JSON.stringify({ query, variables })
const page = (file: string, slug: string) =>
  graphql(fs.readFileSync(path.join(QUERIES, file), 'utf8'), { slug })

export function scenarios(): Scenario[] {
  const post = (name: string, body: string): Scenario => ({
    name,
    path: '/api/graphql',
    method: 'POST',
    body,
  })
  return [
    { name: 'REST list, default depth', path: '/api/posts?limit=10', method: 'GET' },
    { name: 'REST list, depth 0', path: '/api/posts?limit=10&depth=0', method: 'GET' },
    post(
      'GraphQL list (10 posts)',
      graphql(
        '{ Posts(limit: 10) { totalDocs docs { id title slug content createdAt updatedAt } } }',
      ),
    ),
    post('post page (post.graphql)', page('post.graphql', FIXTURE_SLUGS.post)),
    post('author page (author.graphql)', page('author.graphql', FIXTURE_SLUGS.author)),
    post('gallery page (gallery.graphql)', page('gallery.graphql', FIXTURE_SLUGS.gallery)),
  ]
}

export const loadOf = (baseUrl: string, scenario: Scenario): Load => ({
  url: `${baseUrl}${scenario.path}`,
  method: scenario.method,
  body: scenario.body,
})

export type Answer = { status: number; bytes: Buffer; cache: string | null }

/** One request, as the load sends it; throws when the answer is not a clean 200. */
export async function ask(baseUrl: string, scenario: Scenario): Promise<Answer> {
  const response = await fetch(`${baseUrl}${scenario.path}`, {
    method: scenario.method,
    body: scenario.body,
    headers: scenario.body ? { 'content-type': 'application/json' } : undefined,
  })
  const bytes = Buffer.from(await response.arrayBuffer())
  const text = bytes.toString('utf8')
  const parsed = JSON.parse(text) as {
    errors?: unknown
    docs?: unknown[]
    data?: Record<string, { docs?: unknown[] }>
  }
  // An empty list would be measured as a cheap no-op: every list must find something.
  const lists = parsed.data ? Object.values(parsed.data).map((value) => value?.docs) : [parsed.docs]
  const empty = lists.some((docs) => Array.isArray(docs) && docs.length === 0)
  if (response.status !== 200 || parsed.errors || empty)
    throw new Error(`${scenario.name} at ${baseUrl}: ${response.status} ${text.slice(0, 500)}`)
  return { status: response.status, bytes, cache: response.headers.get('x-cache') }
}
