/**
 * What no anonymous or contributor answer may carry: the private values the suite planted or
 * knows (emails, tokens, IP and token hashes, held comment text, drafts, webhook endpoints, the
 * server's secret and files) and the private keys, wherever they appear in a JSON answer.
 */
import type { HostileRequest, Viewer } from './http'

export type Secret = { what: string; value: string }

export type Secrets = {
  /** Values private to everyone the suite sends as. */
  everyone: Secret[]
  /** The contributor's own: private to the public, but theirs to see. */
  contributorOwn: Secret[]
}

/** Keys that carry a private value whenever they carry any (GraphQL answers refused ones null). */
const ALWAYS_PRIVATE_KEYS = [
  'hash',
  'salt',
  'resetPasswordToken',
  'resetPasswordExpiration',
  '_verificationToken',
  'loginAttempts',
  'lockUntil',
  'sessions',
  'apiKey',
  'ipHash',
  'editTokenHash',
  'verdict',
  'firedRules',
  'moderatedBy',
  'moderationNote',
  'webhooks',
]

/** Text that only a server handing out its own files or internals would send. */
const INTERNALS: { what: string; pattern: RegExp }[] = [
  { what: 'the SQLite database file', pattern: /SQLite format 3/ },
  { what: '/etc/passwd', pattern: /root:x?:0:0:/ },
  { what: "the project's package.json", pattern: /"name":\s*"longform-cms"/ },
  { what: 'an environment file', pattern: /PAYLOAD_SECRET=/ },
  // Raw or inside a JSON string.
  { what: 'a stack trace', pattern: /(?:\n|\\n)\s+at [^\n]+?\(\/[^()]+:\d+:\d+\)/ },
  // pbkdf2 hashes are 1,024 hex digits; nothing public is a run of 128.
  { what: 'a password hash (long hex run)', pattern: /[0-9a-f]{128}/i },
]

type Json = unknown

function idOf(value: Json): string | undefined {
  if (typeof value === 'string' || typeof value === 'number') return String(value)
  if (value && typeof value === 'object' && 'id' in value) return String((value as { id: Json }).id)
  return undefined
}

const hasValue = (value: Json) =>
  value !== null &&
  value !== undefined &&
  value !== '' &&
  !(Array.isArray(value) && value.length === 0) &&
  !(typeof value === 'object' && !Array.isArray(value) && Object.keys(value).length === 0)

type Found = { label: string; value: Json }

/**
 * `/api/access` (and GraphQL's `Access`) describe fields by name: `{ email: { read: true } }`,
 * `{ owner: true }`, `{ hash: { read: { permission: false } } }`. Those are not values.
 */
function isPermissionMap(value: Json): boolean {
  if (typeof value === 'boolean') return true
  if (!value || typeof value !== 'object' || Array.isArray(value)) return false
  return Object.entries(value).every(
    ([key, item]) =>
      key === 'fields' ||
      key === 'blocks' ||
      typeof item === 'boolean' ||
      (item !== null &&
        typeof item === 'object' &&
        typeof (item as { permission?: unknown }).permission === 'boolean'),
  )
}

const OPERATORS = new Set([
  'equals',
  'not_equals',
  'in',
  'not_in',
  'all',
  'exists',
  'like',
  'contains',
])

/** An access rule's filter (`{ owner: { equals: <your ID> } }` in /api/access), not a value. */
function isFilter(value: Json): boolean {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return false
  const keys = Object.keys(value)
  return keys.length > 0 && keys.every((key) => OPERATORS.has(key))
}

/** Private keys with a value anywhere in a JSON answer, as `key at path` (walked without recursion). */
function privateKeys(json: Json, viewer: Viewer, self: { id: string; email: string }): Found[] {
  const found: Found[] = []
  const push = (label: string, value: Json) => found.push({ label, value })
  const isSelf = (value: Json) => viewer === 'contributor' && idOf(value) === self.id
  const stack: { value: Json; path: string }[] = [{ value: json, path: '' }]
  while (stack.length > 0) {
    const { value, path } = stack.pop()!
    if (Array.isArray(value)) {
      value.forEach((item, index) => stack.push({ value: item, path: `${path}[${index}]` }))
      continue
    }
    if (!value || typeof value !== 'object') continue
    for (const [key, child] of Object.entries(value as Record<string, Json>)) {
      const at = path ? `${path}.${key}` : key
      stack.push({ value: child, path: at })
      if (!hasValue(child) || isPermissionMap(child) || isFilter(child)) continue
      // One's own account (users/me, one's own login as a post's owner) is one's own to see.
      if (ALWAYS_PRIVATE_KEYS.includes(key) && !(key === 'sessions' && isSelf(value))) {
        push(`"${key}" at ${at}`, child)
      }
      if (key === 'email' && !(viewer === 'contributor' && child === self.email)) {
        push(`"email" at ${at}`, child)
      }
      // Owners and who moved a document are the team's knowledge, except oneself.
      if (key === 'owner' && !isSelf(child)) push(`"owner" at ${at}`, child)
      // The public sees no history; a contributor sees when and why, and who only for themselves.
      if (key === 'history' && Array.isArray(child)) {
        const shown = child.filter((row: Json) => {
          if (viewer !== 'contributor') return true
          const { by, byName } = (row ?? {}) as { by?: Json; byName?: Json }
          return (hasValue(by) || hasValue(byName)) && !isSelf(by)
        })
        if (shown.length > 0) push(`"history" (${shown.length} rows naming others) at ${at}`, child)
      }
    }
  }
  return found
}

/**
 * Everything private in one answer. A value the request itself sent (an email typed into a form,
 * a token in a header) is an echo, not a leak.
 */
export function leaksIn(
  request: HostileRequest,
  text: string,
  secrets: Secrets,
  self: { id: string; email: string },
): string[] {
  const sent = [
    request.path,
    JSON.stringify(request.headers ?? {}),
    Buffer.isBuffer(request.body) ? request.body.toString('latin1') : (request.body ?? ''),
    request.raw?.toString('latin1') ?? '',
  ].join('\n')
  const values =
    request.as === 'contributor'
      ? secrets.everyone
      : [...secrets.everyone, ...secrets.contributorOwn]
  const leaks: string[] = []
  for (const { what, value } of values) {
    if (value === self.email) continue
    if (value && text.includes(value) && !sent.includes(value)) leaks.push(what)
  }
  for (const { what, pattern } of INTERNALS) {
    const match = pattern.exec(text)?.[0]
    if (match && !sent.includes(match)) leaks.push(what)
  }
  let json: Json
  try {
    json = JSON.parse(text)
  } catch {
    return leaks
  }
  for (const { label, value } of privateKeys(json, request.as, self)) {
    // What the request sent coming back (the email of the comment it posts) tells it nothing new.
    const echoed = typeof value === 'string' && value.length > 0 && sent.includes(value)
    if (!echoed) leaks.push(label)
  }
  return leaks
}
