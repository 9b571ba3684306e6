/**
 * Path, method and header abuse: encoded and climbing paths, NUL and broken escapes, Payload's
 * internal collections under every method, odd methods, forged client-address and host headers,
 * and requests only a raw socket will write.
 */
import type { HostileRequest, Viewer } from './http'
import type { Fixtures } from './setup'

/** Payload's own collections and ours that nobody outside the server reads or writes. */
export const INTERNAL_COLLECTIONS = [
  'payload-migrations',
  'payload-jobs',
  'payload-preferences',
  'payload-locked-documents',
  'payload-kv',
  'runner-leases',
  'webhook-deliveries',
]

/** Globals only the server writes: the read cache's generation decides what the public is served. */
export const INTERNAL_GLOBALS = ['read-cache-state']

function climbing(fx: Fixtures): string[] {
  return [
    '/api/../../etc/passwd',
    '/api/posts/../../../etc/passwd',
    '/api/%2e%2e/%2e%2e/etc/passwd',
    '/api/posts/..%2f..%2f..%2fetc%2fpasswd',
    '/api/posts/%2e%2e%2f%2e%2e%2fusers',
    '/api/posts/..%5c..%5cusers',
    '/api/posts/%c0%ae%c0%ae/%c0%ae%c0%ae/users',
    `/api/posts/${fx.publishedPostId}/../../users`,
    '/api/globals/../users',
    '/api/globals/%2e%2e/users',
    '/api/media/file/..%2f..%2fcms.db',
    '/api/media/file/..%2fcms.db',
    '/api/media/file/../../cms.db',
    '/api/media/file/%2e%2e%2f%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd',
    '/api/media/file/....//....//etc/passwd',
    '/api/media/file/%00',
    '/api/media/file/x.png%00.txt',
    '/api/media/file/',
    `/api/media/file/${'a'.repeat(3000)}.png`,
    '/api/posts/%00',
    '/api/posts%00',
    '/api/posts/%ZZ',
    '/api/posts/%',
    '/api/posts/%E0%A4%A',
    '/api/posts/%F0%9F%92%A9',
    '/api/p%C3%B6sts',
    '/api//posts',
    '/api/posts//',
    '/api/POSTS',
    '/api/posts;jsessionid=1',
    '/api/posts/;x',
    `/api/posts%2F${fx.publishedPostId}`,
    '/api/graphql/../users',
    '/api/graphql%2f..%2fusers',
    '/api/graphql-playground',
    '/api/graphql-playground/../users',
    '/api/globals/nope',
    '/api/globals/site-settings%00',
    '/api/globals/site-settings/versions/%00',
    '/api/nope',
    `/api/${'x'.repeat(5000)}`,
    '/api/users/me/../../users',
    '/api/comments/thread/not-an-id',
    '/api/comments/thread/%00',
    `/api/comments/thread/${'9'.repeat(5000)}`,
    '/api/comments/policy/not-an-id',
    '/api/comments/policy/%7B%22%24ne%22%3A1%7D',
    '/healthz/../api/users',
    '/healthz%2f..%2fapi%2fusers',
    '/admin/../api/users',
    '/admin/%2e%2e/api/users',
    '/_next/../api/users',
    '/_next/static/..%2f..%2f..%2fpackage.json',
    '/_next/static/%2e%2e/%2e%2e/%2e%2e/.env',
    '/.env',
    '/api/.env',
    '/package.json',
  ]
}

export function pathAbuse(fx: Fixtures): HostileRequest[] {
  const requests: HostileRequest[] = []
  for (const as of ['anonymous', 'contributor'] as const satisfies readonly Viewer[]) {
    for (const path of climbing(fx))
      requests.push({ label: `GET ${path.slice(0, 80)}`, as, method: 'GET', path })
    for (const slug of INTERNAL_COLLECTIONS) {
      const json = { 'content-type': 'application/json' }
      requests.push(
        { label: `${slug}: list`, as, method: 'GET', path: `/api/${slug}?limit=100&depth=2` },
        { label: `${slug}: count`, as, method: 'GET', path: `/api/${slug}/count` },
        { label: `${slug}: versions`, as, method: 'GET', path: `/api/${slug}/versions` },
        {
          label: `${slug}: create`,
          as,
          method: 'POST',
          path: `/api/${slug}`,
          headers: json,
          body: '{"key":"x","value":{"a":1}}',
        },
        {
          label: `${slug}: bulk update`,
          as,
          method: 'PATCH',
          path: `/api/${slug}?where[id][exists]=true`,
          headers: json,
          body: '{"key":"x"}',
        },
        {
          label: `${slug}: bulk delete`,
          as,
          method: 'DELETE',
          path: `/api/${slug}?where[id][exists]=true`,
        },
        {
          label: `${slug}: encoded`,
          as,
          method: 'GET',
          path: `/api/${encodeURIComponent(slug).replace(/-/g, '%2D')}`,
        },
      )
    }
    for (const slug of INTERNAL_GLOBALS) {
      requests.push(
        { label: `global ${slug}: read`, as, method: 'GET', path: `/api/globals/${slug}` },
        {
          label: `global ${slug}: versions`,
          as,
          method: 'GET',
          path: `/api/globals/${slug}/versions`,
        },
        {
          label: `global ${slug}: write`,
          as,
          method: 'POST',
          path: `/api/globals/${slug}`,
          headers: { 'content-type': 'application/json' },
          body: '{"generation":"chosen-by-a-client"}',
        },
      )
    }
    for (const method of [
      'OPTIONS',
      'TRACE',
      'PROPFIND',
      'PUT',
      'PATCH',
      'DELETE',
      'HEAD',
      'CONNECT_X',
    ]) {
      requests.push({ label: `${method} /api/posts`, as, method, path: '/api/posts' })
    }
    requests.push(
      {
        label: 'GET with a body',
        as,
        method: 'GET',
        path: '/api/posts?limit=1',
        headers: { 'content-type': 'application/json' },
        body: '{"where":{"id":{"exists":true}}}',
      },
      {
        label: 'a forged client address',
        as,
        method: 'GET',
        path: '/api/posts?limit=1',
        headers: {
          'x-cms-client-ip': '203.0.113.9',
          'x-cms-ip-counted': '1',
          'x-forwarded-for': '203.0.113.9',
        },
      },
      {
        label: 'a foreign Host',
        as,
        method: 'GET',
        path: '/api/posts?limit=1',
        headers: { host: 'evil.example' },
      },
      {
        label: 'a foreign Origin on a write',
        as,
        method: 'POST',
        path: '/api/tags',
        headers: { origin: 'https://evil.example', 'content-type': 'application/json' },
        body: '{"title":"x"}',
      },
      {
        label: 'a 12 KB header',
        as,
        method: 'GET',
        path: '/api/posts?limit=1',
        headers: { 'x-junk': 'j'.repeat(12_000) },
      },
      {
        label: 'a 20 KB header',
        as,
        method: 'GET',
        path: '/api/posts?limit=1',
        headers: { 'x-junk': 'j'.repeat(20_000) },
      },
      {
        label: 'Accept: nothing we have',
        as,
        method: 'GET',
        path: '/api/posts?limit=1',
        headers: { accept: 'application/x-nothing' },
      },
      {
        label: 'Accept-Encoding of junk',
        as,
        method: 'GET',
        path: '/api/posts?limit=1',
        headers: { 'accept-encoding': 'x'.repeat(2000) },
      },
      {
        label: 'a junk If-None-Match',
        as,
        method: 'GET',
        path: '/api/posts?limit=1',
        headers: { 'if-none-match': '"x", '.repeat(1000) },
      },
      {
        label: 'a junk Range on a file',
        as,
        method: 'GET',
        path: `/api/media/file/${fx.mediaFilename}`,
        headers: { range: 'bytes=999999999-1,-5,x' },
      },
      {
        label: 'a preview token of junk',
        as,
        method: 'GET',
        path: `/api/posts/${fx.draftPostId}?draft=true`,
        headers: { 'x-preview-token': 'junk.junk' },
      },
      {
        label: 'a preview parameter of junk',
        as,
        method: 'GET',
        path: `/api/posts/${fx.draftPostId}?draft=true&preview=${'x'.repeat(3000)}`,
      },
      {
        label: 'preview a post one may not',
        as,
        method: 'POST',
        path: `/api/posts/${fx.draftPostId}/preview`,
        headers: { 'content-type': 'application/json' },
        body: '{"ttlSeconds":999999999}',
      },
      {
        label: 'withdraw with a junk token',
        as,
        method: 'POST',
        path: `/api/comments/${fx.heatedCommentId}/withdraw`,
        headers: { 'content-type': 'application/json' },
        body: '{"token":"junk"}',
      },
      {
        label: 'withdraw with a token object',
        as,
        method: 'POST',
        path: `/api/comments/${fx.heatedCommentId}/withdraw`,
        headers: { 'content-type': 'application/json' },
        body: '{"token":{"$ne":null}}',
      },
      {
        label: 'revise with a junk token',
        as,
        method: 'POST',
        path: `/api/comments/${fx.heatedCommentId}/revise`,
        headers: { 'content-type': 'application/json' },
        body: '{"token":"junk","body":42}',
      },
      {
        label: 'revise with no body',
        as,
        method: 'POST',
        path: `/api/comments/${fx.heatedCommentId}/revise`,
      },
      {
        label: 'withdraw a missing comment',
        as,
        method: 'POST',
        path: '/api/comments/not-an-id/withdraw',
        headers: { 'content-type': 'application/json' },
        body: '[]',
      },
    )
  }
  const raw = (label: string, text: string): HostileRequest => ({
    label,
    as: 'anonymous',
    method: 'RAW',
    path: '',
    // Every request also asks to close, so an answer ends with the connection.
    raw: Buffer.from(text.replace(/\r\n\r\n/, '\r\nConnection: close\r\n\r\n'), 'latin1'),
  })
  requests.push(
    raw('a request line of garbage', 'HELLO THERE\r\n\r\n'),
    raw('a NUL in the path', 'GET /api/posts\u0000/x HTTP/1.1\r\nHost: x\r\n\r\n'),
    raw('a space in the path', 'GET /api/po sts HTTP/1.1\r\nHost: x\r\n\r\n'),
    raw(
      'both Content-Length and chunked',
      'POST /api/tags HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n',
    ),
    raw(
      'two Content-Lengths',
      'POST /api/tags HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\nContent-Length: 6\r\n\r\nhello',
    ),
    raw(
      'a Content-Length that is a word',
      'POST /api/tags HTTP/1.1\r\nHost: x\r\nContent-Length: five\r\n\r\nhello',
    ),
    raw(
      'broken chunks',
      'POST /api/tags HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\nhello\r\n0\r\n\r\n',
    ),
    raw('HTTP/0.9', 'GET /api/posts\r\n\r\n'),
    raw('HTTP/2 preface on HTTP/1', 'PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n'),
    raw(
      'an absolute URL to elsewhere',
      'GET http://evil.example/api/users HTTP/1.1\r\nHost: evil.example\r\n\r\n',
    ),
    raw('a header without a colon', 'GET /api/posts HTTP/1.1\r\nHost: x\r\njunk\r\n\r\n'),
    raw('obsolete line folding', 'GET /api/posts HTTP/1.1\r\nHost: x\r\nX-A: a\r\n b\r\n\r\n'),
  )
  return requests
}
