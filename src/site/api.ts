/**
 * The reader site's one way to the content: our public GraphQL API, over HTTP to this server's own
 * origin, exactly as an external frontend would ask (anonymous, through the read cache). The query
 * texts are the committed ones in docs/queries/, so the documented queries are the ones in use.
 */
import fs from 'node:fs'
import path from 'node:path'

const queries = new Map<string, string>()

/** The text of docs/queries/<name>.graphql, read once per process. */
export function queryText(name: string): string {
  let text = queries.get(name)
  if (text === undefined) {
    if (!/^[a-zA-Z][\w-]*$/.test(name)) throw new Error(`not a query name: ${name}`)
    text = fs.readFileSync(path.join(process.cwd(), 'docs', 'queries', `${name}.graphql`), 'utf8')
    queries.set(name, text)
  }
  return text
}

/** Where this process's own API listens (set by src/server.ts once it listens). */
export function apiOrigin(): string {
  const origin = process.env.SITE_API_ORIGIN
  if (!origin) throw new Error('SITE_API_ORIGIN is not set: the site runs inside src/server.ts')
  return origin
}

export class SiteQueryError extends Error {}

export type SiteQueryOptions = {
  /** Another operation than the file's first, when a file holds several. */
  operationName?: string
  /** Extra request headers (a preview token's Authorization, say). */
  headers?: Record<string, string>
}

/** Runs a committed query and returns its `data`; any GraphQL error is thrown. */
export async function siteQuery<T>(
  name: string,
  variables: Record<string, unknown> = {},
  { operationName, headers = {} }: SiteQueryOptions = {},
): Promise<T> {
  const response = await fetch(`${apiOrigin()}/api/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json', ...headers },
    body: JSON.stringify({ query: queryText(name), variables, operationName }),
    cache: 'no-store',
  })
  const body = (await response.json().catch(() => null)) as {
    data?: T
    errors?: { message: string }[]
  } | null
  if (!response.ok || !body || body.errors?.length || !body.data)
    throw new SiteQueryError(
      `${name}: ${response.status} ${body?.errors?.map((error) => error.message).join('; ') ?? ''}`,
    )
  return body.data
}
