/**
 * The auth routes under abuse: logins with wrong types and operators, forged and expired tokens
 * on every kind of route, refresh, forgot/reset/verify with junk tokens, unlock, first-register
 * and API-key reveal, logout. Failed logins go to a victim account the suite made for the purpose,
 * so the demo logins are never locked.
 */
import crypto from 'node:crypto'

import type { HostileRequest, Viewer } from './http'
import type { Fixtures } from './setup'

const base64url = (value: string | Buffer) => Buffer.from(value).toString('base64url')

/** An HS256 JWT over `claims`, signed with `key` (or unsigned with alg none). */
export function forgeJwt(claims: Record<string, unknown>, key: string | null): string {
  const header = base64url(JSON.stringify({ alg: key === null ? 'none' : 'HS256', typ: 'JWT' }))
  const body = base64url(JSON.stringify(claims))
  if (key === null) return `${header}.${body}.`
  const signature = crypto.createHmac('sha256', key).update(`${header}.${body}`).digest('base64url')
  return `${header}.${body}.${signature}`
}

/** The key Payload signs with: the first 32 hex digits of SHA-256 of the configured secret. */
export const payloadSigningKey = (secret: string) =>
  crypto.createHash('sha256').update(secret).digest('hex').slice(0, 32)

function forgedCredentials(fx: Fixtures): [string, Record<string, string>][] {
  const now = Math.floor(Date.now() / 1000)
  const admin = {
    id: fx.adminId,
    collection: 'users',
    email: 'admin@example.com',
    roles: ['admin'],
  }
  const key = payloadSigningKey(fx.payloadSecret)
  const jwt = (token: string) => ({ authorization: `JWT ${token}` })
  return [
    [
      'an unsigned admin token (alg none)',
      jwt(forgeJwt({ ...admin, iat: now, exp: now + 3600 }, null)),
    ],
    [
      'an admin token signed with a guessed secret',
      jwt(forgeJwt({ ...admin, iat: now, exp: now + 3600 }, 'secret')),
    ],
    ['an expired admin token', jwt(forgeJwt({ ...admin, iat: now - 7200, exp: now - 3600 }, key))],
    [
      'a token for a user who does not exist',
      jwt(forgeJwt({ ...admin, id: crypto.randomUUID(), iat: now, exp: now + 3600 }, key)),
    ],
    [
      'a token whose id is an operator',
      jwt(forgeJwt({ ...admin, id: { $ne: null }, iat: now, exp: now + 3600 }, key)),
    ],
    [
      'a token of another collection',
      jwt(
        forgeJwt({ ...admin, collection: 'payload-preferences', iat: now, exp: now + 3600 }, key),
      ),
    ],
    ['the contributor token with roles edited', jwt(reRoled(fx.contributorToken))],
    ['three dots', jwt('...')],
    ['an empty JWT', { authorization: 'JWT ' }],
    ['a 40 KB token', jwt('a'.repeat(40_000))],
    ['a Bearer token of junk', { authorization: 'Bearer junk.junk.junk' }],
    ['an API key of junk', { authorization: 'users API-Key 00000000-0000-0000-0000-000000000000' }],
    ['an API key for another collection', { authorization: 'payload-preferences API-Key x' }],
    ['a junk cookie', { cookie: 'payload-token=junk' }],
    [
      'an expired admin token in the cookie',
      { cookie: `payload-token=${forgeJwt({ ...admin, iat: now - 7200, exp: now - 3600 }, key)}` },
    ],
    ['two authorization schemes', { authorization: `JWT x, Bearer y` }],
  ]
}

/** The contributor's real token with its payload claiming admin: the signature no longer matches. */
function reRoled(token: string): string {
  const [header, payload, signature] = token.split('.')
  const claims = JSON.parse(Buffer.from(payload ?? '', 'base64url').toString('utf8') || '{}')
  return `${header}.${base64url(JSON.stringify({ ...claims, roles: ['admin'] }))}.${signature}`
}

export function authAbuse(fx: Fixtures): HostileRequest[] {
  const requests: HostileRequest[] = []
  const post = (
    label: string,
    as: Viewer,
    path: string,
    body: unknown,
    headers = {},
  ): HostileRequest => ({
    label,
    as,
    method: 'POST',
    path,
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  })
  // Forged credentials on a read, a write, GraphQL and the auth routes: never let in, never a 5xx.
  for (const [label, headers] of forgedCredentials(fx)) {
    const as = 'anonymous'
    requests.push(
      { label: `${label}: users/me`, as, method: 'GET', path: '/api/users/me', headers },
      { label: `${label}: list users`, as, method: 'GET', path: '/api/users?depth=0', headers },
      {
        label: `${label}: draft posts`,
        as,
        method: 'GET',
        path: '/api/posts?draft=true&where[_status][equals]=draft',
        headers,
      },
      post(`${label}: create a tag`, as, '/api/tags', { title: 'Forged' }, headers),
      post(`${label}: refresh`, as, '/api/users/refresh-token', {}, headers),
      post(
        `${label}: GraphQL me`,
        as,
        '/api/graphql',
        { query: '{ meUser { user { email roles } } }' },
        headers,
      ),
      post(`${label}: logout`, as, '/api/users/logout', {}, headers),
    )
  }
  const victim = fx.victimEmail
  const loginBodies: [string, unknown][] = [
    ['email as a number', { email: 42, password: 'x' }],
    ['email as a list', { email: [victim], password: 'x' }],
    ['email as an operator', { email: { $ne: null }, password: 'x' }],
    ['email as a like operator', { email: { like: '%' }, password: 'x' }],
    ['password as an object', { email: victim, password: { $gt: '' } }],
    ['password as a number', { email: victim, password: 123456 }],
    ['password missing', { email: victim }],
    ['email missing', { password: 'x' }],
    ['both null', { email: null, password: null }],
    ['an empty object', {}],
    ['a JSON array', [victim, 'x']],
    ['a JSON string', '"login"'],
    ['a 100 KB email', { email: `${'x'.repeat(100_000)}@example.net`, password: 'x' }],
    ['a 1 MB password', { email: victim, password: 'p'.repeat(1024 * 1024) }],
    ['a NUL in the email', { email: `${victim}\u0000`, password: 'x' }],
    ['the email in capitals and spaces', { email: ` ${victim.toUpperCase()} `, password: 'wrong' }],
    ['a username field', { username: 'admin', password: 'x' }],
    ['depth 100 on login', { email: victim, password: 'x', depth: 100 }],
  ]
  for (const as of ['anonymous', 'contributor'] as const) {
    for (const [label, body] of loginBodies)
      requests.push(post(`login with ${label}`, as, '/api/users/login', body))
    requests.push(
      post(
        'login as text/plain',
        as,
        '/api/users/login',
        JSON.stringify({ email: victim, password: 'x' }),
        {
          'content-type': 'text/plain',
        },
      ),
      post('login as a form', as, '/api/users/login', `email=${victim}&password[$ne]=x`, {
        'content-type': 'application/x-www-form-urlencoded',
      }),
      post('forgot password, email a number', as, '/api/users/forgot-password', { email: 42 }),
      post('forgot password, email an operator', as, '/api/users/forgot-password', {
        email: { $ne: null },
      }),
      post('forgot password, nobody', as, '/api/users/forgot-password', {
        email: 'nobody@example.invalid',
      }),
      post('forgot password, 100 KB', as, '/api/users/forgot-password', {
        email: `${'x'.repeat(100_000)}@x.net`,
      }),
      post('forgot password, no body', as, '/api/users/forgot-password', ''),
      post('reset with a junk token', as, '/api/users/reset-password', {
        token: 'junk',
        password: 'new-password-1',
      }),
      post('reset with a token operator', as, '/api/users/reset-password', {
        token: { $ne: null },
        password: 'new-password-1',
      }),
      post('reset with a token number', as, '/api/users/reset-password', {
        token: 42,
        password: 'new-password-1',
      }),
      post('reset with empty strings', as, '/api/users/reset-password', {
        token: '',
        password: '',
      }),
      post('reset with a password object', as, '/api/users/reset-password', {
        token: 'junk',
        password: { a: 1 },
      }),
      post('reset with a 1 MB token', as, '/api/users/reset-password', {
        token: 't'.repeat(1024 * 1024),
        password: 'x',
      }),
      post('verify a junk token', as, '/api/users/verify/junk', {}),
      post('verify a NUL', as, '/api/users/verify/%00', {}),
      post('verify 5,000 characters', as, `/api/users/verify/${'v'.repeat(5000)}`, {}),
      post('unlock the victim', as, '/api/users/unlock', { email: victim }),
      post('unlock with an operator', as, '/api/users/unlock', { email: { $ne: null } }),
      post('unlock with a number', as, '/api/users/unlock', { email: 42 }),
      post('first-register while users exist', as, '/api/users/first-register', {
        email: `intruder-${as}@example.net`,
        password: 'intruder-password-1',
        roles: ['admin'],
      }),
      post('first-register with junk', as, '/api/users/first-register', {
        email: 42,
        password: [],
      }),
      post('reveal the admin API key', as, `/api/users/${fx.adminId}/api-key/reveal`, {}),
      post('reveal a junk API key', as, '/api/users/not-an-id/api-key/reveal', {}),
      { label: 'init', as, method: 'GET', path: '/api/users/init' },
      { label: 'access', as, method: 'GET', path: '/api/access' },
      { label: 'access with junk', as, method: 'GET', path: '/api/access?depth=100&where[x]=1' },
      { label: 'me with depth 100', as, method: 'GET', path: '/api/users/me?depth=100' },
      {
        label: 'login over GET',
        as,
        method: 'GET',
        path: `/api/users/login?email=${victim}&password=x`,
      },
      post('sign-up by create', as, '/api/users', {
        email: `signup-${as}@example.net`,
        password: 'signup-password-1',
        roles: ['admin'],
      }),
    )
  }
  // Six wrong passwords: the account locks (a 4xx each time, and then for the right one too).
  for (let attempt = 1; attempt <= 6; attempt++) {
    requests.push(
      post(`wrong password #${attempt}`, 'anonymous', '/api/users/login', {
        email: victim,
        password: `wrong-${attempt}`,
      }),
    )
  }
  requests.push(post('logout without a session', 'anonymous', '/api/users/logout', {}))
  requests.push(post('refresh without a token', 'anonymous', '/api/users/refresh-token', {}))
  return requests
}
