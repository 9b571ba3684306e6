/**
 * Which API requests the read cache may answer, and under which key. Pure: it sees the method,
 * the URL, the headers and (for GraphQL) the parsed body, never Payload.
 *
 * A request is public only when it carries no credentials of any kind: no Authorization header,
 * no login cookie, no preview token (header or parameter) and no draft flag. Everything else is
 * served by Payload with the caller's own access and never touches the cache.
 */
import { MAX_JSON_DEPTH, nestsDeeperThan } from '../jsonShape'

export type HeaderValue = string | string[] | undefined
export type Headers = Record<string, HeaderValue>

/** Cookies Payload reads a session from: `<cookiePrefix>-token` (payload-token by default). */
export const AUTH_COOKIE_SUFFIX = '-token'
export const PREVIEW_HEADER = 'x-preview-token'
export const PREVIEW_PARAM = 'preview'
export const DRAFT_PARAM = 'draft'
export const GRAPHQL_PATH = '/api/graphql'

const header = (headers: Headers, name: string): string | undefined => {
  const value = headers[name]
  return Array.isArray(value) ? value.join(',') : value
}

/** True when the request could carry a session, an API key or a preview token. */
export function hasCredentials(headers: Headers, cookiePrefix = 'payload'): boolean {
  if (header(headers, 'authorization')) return true
  if (header(headers, PREVIEW_HEADER)) return true
  const cookies = header(headers, 'cookie')
  if (!cookies) return false
  const name = `${cookiePrefix}${AUTH_COOKIE_SUFFIX}`
  return cookies.split(';').some((pair) => pair.trim().startsWith(`${name}=`))
}

/**
 * The query string in one canonical order, so `?limit=10&depth=0` and `?depth=0&limit=10` share
 * an entry. Parameters with the same name keep their relative order (it can matter to Payload).
 */
export function normalisedQuery(search: string): string {
  const params = [...new URLSearchParams(search)]
  params.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  return new URLSearchParams(params).toString()
}

/** JSON with object keys sorted, so equal GraphQL variables give equal keys. */
export function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, item]) => item !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${stableJson(item)}`).join(',')}}`
  }
  return JSON.stringify(value) ?? 'null'
}

export interface GraphQLBody {
  query: string
  variables?: unknown
  operationName?: string
}

/** The body of a GraphQL POST if it is one well-formed query document, else undefined. */
export function graphqlBodyOf(raw: Buffer | string): GraphQLBody | undefined {
  let parsed: unknown
  try {
    parsed = JSON.parse(typeof raw === 'string' ? raw : raw.toString('utf8'))
  } catch {
    return undefined
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return undefined
  // Keying walks the variables recursively; a body nested deeper is refused by the API anyway.
  if (nestsDeeperThan(parsed, MAX_JSON_DEPTH)) return undefined
  const { query, variables, operationName } = parsed as Record<string, unknown>
  if (typeof query !== 'string') return undefined
  if (operationName !== undefined && operationName !== null && typeof operationName !== 'string')
    return undefined
  return { query, variables: variables ?? undefined, operationName: operationName ?? undefined }
}

/**
 * A GraphQL document that only reads: no mutation or subscription anywhere in it, and no
 * `draft` argument (drafts are for signed-in editors and previews, never the public cache).
 * A cheap textual check: a false "no" only costs a cache miss.
 */
export function isPlainGraphQLRead(query: string): boolean {
  const withoutStrings = query.replace(/"""[\s\S]*?"""|"(?:[^"\\]|\\.)*"|#[^\n]*/g, '')
  return !/\b(mutation|subscription)\b/.test(withoutStrings) && !/\bdraft\s*:/.test(withoutStrings)
}

export interface ApiRequest {
  method: string
  /** Path and query as the client sent them, e.g. `/api/posts?limit=10`. */
  url: string
  headers: Headers
}

/**
 * The cache key of a public REST read (GET) or GraphQL query (POST with its body), or undefined
 * when the request must go to Payload uncached. The Origin is part of the key: Payload's CORS
 * headers depend on it.
 */
export function cacheKeyOf(
  request: ApiRequest,
  body?: GraphQLBody,
  cookiePrefix?: string,
): string | undefined {
  if (hasCredentials(request.headers, cookiePrefix)) return undefined
  if (header(request.headers, 'x-payload-http-method-override')) return undefined
  if (header(request.headers, 'x-http-method-override')) return undefined
  const question = request.url.indexOf('?')
  const path = question === -1 ? request.url : request.url.slice(0, question)
  const search = question === -1 ? '' : request.url.slice(question + 1)
  const params = new URLSearchParams(search)
  if (params.has(PREVIEW_PARAM) || params.has(DRAFT_PARAM)) return undefined
  const origin = header(request.headers, 'origin') ?? ''
  if (request.method === 'GET') {
    return `GET ${path}?${normalisedQuery(search)} ${origin}`
  }
  if (request.method === 'POST' && path === GRAPHQL_PATH && body) {
    if (!isPlainGraphQLRead(body.query)) return undefined
    const variables = body.variables === undefined ? '' : stableJson(body.variables)
    return `POST ${path}?${normalisedQuery(search)} ${origin} ${body.operationName ?? ''} ${variables} ${body.query}`
  }
  return undefined
}
