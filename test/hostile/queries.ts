/**
 * Query-string abuse for every collection: `where` that is junk, deep, wide or huge; `page`,
 * `limit` and `depth` at their extremes; `sort`, `select`, `populate` and `joins` aimed at what
 * does not exist or is private; and filters on private fields sent in pairs (a real private value
 * and a bogus one), which must be answered alike, or the filter is an oracle.
 */
import { randomUUID } from 'node:crypto'

import type { HostileRequest, Viewer } from './http'
import type { SchemaInfo } from './fields'
import type { Fixtures } from './setup'

/** Private paths per collection, as a client would filter or sort on them. */
const PRIVATE_PATHS: Record<string, string[]> = {
  posts: [
    'owner',
    'owner.email',
    'history.by',
    'history.byName',
    'authors.user.email',
    'importHash',
  ],
  artworks: ['owner', 'owner.email', 'history.by'],
  galleries: ['owner', 'history.by'],
  media: ['owner', 'owner.email'],
  authors: ['user.email', 'user.roles'],
  comments: [
    'email',
    'ipHash',
    'editTokenHash',
    'verdict',
    'firedRules',
    'moderatedBy',
    'moderationNote',
    'post.owner',
  ],
  'reader-questions': ['email', 'verdict'],
  users: ['email', 'hash', 'salt', 'resetPasswordToken', 'loginAttempts', 'lockUntil'],
}

/** Collections the contributor also probes: where being signed in changes what the server does. */
const CONTRIBUTOR_PROBES = ['posts', 'comments']

/**
 * Every kind of abuse goes to the collections with the richest schemas and rules; the others
 * share Payload's code paths and get the kinds that cost the server most.
 */
const FULL_PROBES = [
  'posts',
  'authors',
  'categories',
  'media',
  'comments',
  'reader-questions',
  'users',
]
const COSTLY = new Set([
  'where on an unknown field',
  'or/and 300 deep',
  '200 or-clauses',
  'in with 300 IDs',
  'like with 6 KB of wildcards',
  'a path 20 relations deep',
  'limit a billion',
  'page 10^12',
  'depth 100',
  'everything at full depth',
  'sort on 200 fields',
  'select 500 keys',
  'joins with a huge limit',
  'drafts at full depth',
])

/** `where[or][0][and][0][or][0]...[id][exists]=true`, `levels` deep. */
function deepWhere(levels: number): string {
  let key = 'where'
  for (let level = 0; level < levels; level++) key += level % 2 ? '[and][0]' : '[or][0]'
  return `${key}[id][exists]=true`
}

function wideWhere(clauses: number): string {
  return Array.from(
    { length: clauses },
    (_, i) => `where[or][${i}][id][equals]=${randomUUID()}`,
  ).join('&')
}

/** Abuse that applies to any collection's list. */
function listAbuse(): [string, string][] {
  const ids = Array.from({ length: 300 }, () => randomUUID()).join(',')
  return [
    ['where on an unknown field', 'where[nope][equals]=1'],
    ['an unknown operator', 'where[id][nope]=1'],
    ['where as a string', 'where=1'],
    ['where as a list', 'where[]=1&where[]=2'],
    ['where with __proto__', 'where[__proto__][id][equals]=1'],
    ['where with constructor.prototype', 'where[constructor][prototype][id][equals]=1'],
    ['or/and 40 deep', deepWhere(40)],
    ['or/and 300 deep', deepWhere(300)],
    ['200 or-clauses', wideWhere(200)],
    ['in with 300 IDs', `where[id][in]=${ids}`],
    ['a URL over 16 KB', `where[id][like]=${'x'.repeat(20_000)}`],
    ['like with 6 KB of wildcards', `where[id][like]=${'%_'.repeat(3000)}`],
    ['a backtracking pattern', `where[id][like]=${encodeURIComponent('(a+)+$'.repeat(50))}`],
    ['near on an ID', 'where[id][near]=1,2,3,4'],
    ['within junk geometry', `where[id][within]=${encodeURIComponent('{"type":"x"}')}`],
    ['exists with a word', 'where[id][exists]=maybe'],
    ['equals an operator', 'where[id][equals][$ne]=1'],
    ['a path 20 relations deep', `where[${Array(20).fill('authors').join('.')}][equals]=x`],
    ['a NUL in a value', 'where[id][equals]=%00'],
    ['a broken escape', 'where[id][equals]=%E0%A4%A'],
    ['overlong UTF-8', 'where[id][equals]=%C0%AE%C0%AE'],
    ['a bracket bomb', `a${'[a]'.repeat(1000)}=1`],
    ['1,500 parameters', Array.from({ length: 1500 }, (_, i) => `p${i}=1`).join('&')],
    ['limit -1', 'limit=-1'],
    ['limit 0', 'limit=0'],
    ['limit a billion', 'limit=1000000000'],
    ['limit past 2^64', 'limit=99999999999999999999999'],
    ['limit a word', 'limit=abc'],
    ['limit a fraction', 'limit=1.5'],
    ['page -1', 'page=-1'],
    ['page 0', 'page=0'],
    ['page 10^12', 'page=1000000000000'],
    ['page NaN', 'page=NaN'],
    ['depth -1', 'depth=-1'],
    ['depth 100', 'depth=100'],
    ['depth a word', 'depth=deep'],
    ['everything at full depth', 'pagination=false&limit=0&depth=3'],
    ['duplicated parameters', 'limit=1&limit=100000&depth=0&depth=99'],
    ['sort on an unknown field', 'sort=nope'],
    ['sort on 200 fields', `sort=${Array.from({ length: 200 }, (_, i) => `f${i}`).join(',')}`],
    ['sort as an object', 'sort[a]=1'],
    ['select an unknown field', 'select[nope]=true'],
    ['select as a string', 'select=all'],
    ['select nested junk', 'select[title][deep][er]=true'],
    ['select 500 keys', Array.from({ length: 500 }, (_, i) => `select[f${i}]=true`).join('&')],
    ['populate junk', 'populate[authors][nope]=true'],
    ['populate as a string', 'populate=everything'],
    ['populate users with emails', 'populate[users][email]=true&depth=2'],
    ['joins with a huge limit', 'joins[posts][limit]=1000000&joins[artworks][limit]=1000000'],
    ['joins with junk where', 'joins[posts][where][nope][equals]=1'],
    ['joins sorted by owner', 'joins[posts][sort]=owner'],
    ['joins as a word', 'joins=maybe'],
    ['an unknown join', 'joins[nope][limit]=1'],
    ['draft as a word', 'draft=maybe'],
    ['drafts at full depth', 'draft=true&depth=3&limit=100'],
    ['a junk locale', 'locale=xx-junk&fallback-locale=zz'],
    ['the trash', 'trash=true'],
  ]
}

export function queryAbuse(schema: SchemaInfo, fx: Fixtures): HostileRequest[] {
  const requests: HostileRequest[] = []
  const missing = randomUUID()
  for (const as of ['anonymous', 'contributor'] as const satisfies readonly Viewer[]) {
    for (const { slug } of schema.collections) {
      if (as === 'contributor' && !CONTRIBUTOR_PROBES.includes(slug)) continue
      const get = (label: string, path: string): HostileRequest => ({
        label: `${slug}: ${label}`,
        as,
        method: 'GET',
        path,
      })
      for (const [label, query] of listAbuse()) {
        if (FULL_PROBES.includes(slug) || COSTLY.has(label)) {
          requests.push(get(label, `/api/${slug}?${query}`))
        }
      }
      requests.push(
        get('count with junk where', `/api/${slug}/count?where[nope][equals]=1`),
        get('count over 300 deep', `/api/${slug}/count?${deepWhere(300)}`),
        get('versions, all at full depth', `/api/${slug}/versions?limit=1000000&depth=3`),
        get('versions by owner', `/api/${slug}/versions?where[version.owner][exists]=true`),
        get('a missing ID at depth 100', `/api/${slug}/${missing}?depth=100&draft=true`),
        get('an ID that is not one', `/api/${slug}/not-an-id`),
        get('an ID of 5,000 characters', `/api/${slug}/${'9'.repeat(5000)}`),
        get('an ID that is an operator', `/api/${slug}/${encodeURIComponent('{"$ne":null}')}`),
      )
      for (const path of PRIVATE_PATHS[slug] ?? ['email', 'owner']) {
        requests.push(
          get(`sort on private ${path}`, `/api/${slug}?sort=${path}&depth=0`),
          get(`sort descending on private ${path}`, `/api/${slug}?sort=-${path}&depth=0`),
          get(`where private ${path} exists`, `/api/${slug}?where[${path}][exists]=true&depth=0`),
          get(`where private ${path} like`, `/api/${slug}?where[${path}][like]=a&depth=0`),
        )
      }
    }
    for (const { slug } of schema.globals) {
      for (const query of [
        'depth=100',
        'draft=true&depth=3',
        'select[webhooks]=true',
        'locale=zz',
      ]) {
        requests.push({
          label: `global ${slug}: ${query}`,
          as,
          method: 'GET',
          path: `/api/globals/${slug}?${query}`,
        })
      }
      requests.push(
        {
          label: `global ${slug}: versions`,
          as,
          method: 'GET',
          path: `/api/globals/${slug}/versions?limit=1000000`,
        },
        {
          label: `global ${slug}: a missing version`,
          as,
          method: 'GET',
          path: `/api/globals/${slug}/versions/${missing}`,
        },
      )
    }
    requests.push(...oracles(as, fx))
  }
  return requests
}

/** Filters on private values: the real one and a bogus one must get the same answer. */
function oracles(as: Viewer, fx: Fixtures): HostileRequest[] {
  const bogusId = randomUUID()
  const pairs: [string, string, string][] = [
    ['comments', 'email', fx.approvedCommentEmail],
    ['comments', 'ipHash', fx.ipHashes[0] ?? 'none'],
    ['comments', 'post.owner', fx.adminId],
    ['reader-questions', 'email', fx.questionEmail],
    ['posts', 'owner', fx.adminId],
    ['posts', 'history.by', fx.adminId],
    ['posts', 'authors.user.email', 'admin@example.com'],
    ['authors', 'user.email', 'admin@example.com'],
    ['users', 'email', 'admin@example.com'],
  ]
  const requests: HostileRequest[] = []
  for (const [slug, path, real] of pairs) {
    const bogus = /^[0-9a-f-]{36}$/.test(real) ? bogusId : 'nobody-at-all@example.invalid'
    for (const [operator, list] of [
      ['equals', ''],
      ['like', '/count'],
    ] as const) {
      const key = `${as} ${slug}${list} where ${path} ${operator}`
      const make = (variant: 'real' | 'bogus', value: string): HostileRequest => ({
        label: `${key} (${variant})`,
        as,
        method: 'GET',
        path: `/api/${slug}${list}?where[${path}][${operator}]=${encodeURIComponent(value)}&depth=0`,
        oracle: { key, variant },
      })
      requests.push(make('real', real), make('bogus', bogus))
    }
  }
  return requests
}
