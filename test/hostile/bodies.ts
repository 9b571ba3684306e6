/**
 * Body abuse for every collection and global: bodies that are not JSON objects, that lie about
 * their type, that nest or grow past reason, broken multipart, and each field of the schema given
 * a wrong value, sent where the client may write (so the validators run) and where it may not.
 */
import { randomUUID } from 'node:crypto'
import zlib from 'node:zlib'

import type { HostileRequest, Viewer } from './http'
import { jsonText, nested, wrongValuesFor, type CollectionInfo, type SchemaInfo } from './fields'
import { INTERNAL_COLLECTIONS } from './paths'
import type { Fixtures } from './setup'
import { openedFormToken } from '../helpers/formToken'

const JSON_TYPE = { 'content-type': 'application/json' }

/** What a client may create as each viewer: there the validators run, so every wrong value goes. */
const CREATES: Record<Viewer, string[]> = {
  anonymous: ['comments', 'reader-questions'],
  contributor: ['posts', 'media'],
}

/** A body each collection accepts, so a single wrong field is what the server has to judge. */
export function validBase(slug: string, fx: Fixtures): Record<string, unknown> {
  const form = { formToken: openedFormToken(), website: '' }
  switch (slug) {
    case 'posts':
      return { title: `Hostile post ${randomUUID().slice(0, 6)}`, authors: [fx.authorId] }
    case 'comments':
      return {
        post: fx.publishedPostId,
        name: 'Hostile Reader',
        email: `reader-${randomUUID().slice(0, 8)}@example.net`,
        body: 'A fair point about the essay, thank you.',
        ...form,
      }
    case 'reader-questions':
      return {
        name: 'Hostile Asker',
        email: `asker-${randomUUID().slice(0, 8)}@example.net`,
        question: 'What did you read while writing this?',
        consentToPublish: true,
        ...form,
      }
    case 'media':
      return { alt: 'A hostile upload' }
    case 'tags':
    case 'categories':
      return { title: `Hostile ${randomUUID().slice(0, 6)}` }
    case 'authors':
      return { name: `Hostile ${randomUUID().slice(0, 6)}` }
    default:
      return {}
  }
}

const json = (
  label: string,
  as: Viewer,
  method: string,
  path: string,
  body: unknown,
): HostileRequest => ({
  label,
  as,
  method,
  path,
  headers: JSON_TYPE,
  body: jsonText(body),
})

/** A multipart body written by hand, so it can be wrong in ways FormData never is. */
export function multipart(
  parts: { name: string; filename?: string; type?: string; data: string | Buffer }[],
  boundary = `----hostile${randomUUID().slice(0, 8)}`,
): { body: Buffer; type: string } {
  const chunks: Buffer[] = []
  for (const part of parts) {
    const disposition = `form-data; name="${part.name}"${part.filename !== undefined ? `; filename="${part.filename}"` : ''}`
    chunks.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: ${disposition}\r\n${part.type ? `Content-Type: ${part.type}\r\n` : ''}\r\n`,
      ),
      Buffer.isBuffer(part.data) ? part.data : Buffer.from(part.data),
      Buffer.from('\r\n'),
    )
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`))
  return { body: Buffer.concat(chunks), type: `multipart/form-data; boundary=${boundary}` }
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4)
  length.writeUInt32BE(data.length)
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data])
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(zlib.crc32(body))
  return Buffer.concat([length, body, crc])
}

/** A valid PNG of `width` x `height` grey pixels; a huge one compresses to a few KB of zeros. */
export function png(width: number, height: number, rows = height): Buffer {
  const header = Buffer.alloc(13)
  header.writeUInt32BE(width, 0)
  header.writeUInt32BE(height, 4)
  header.set([8, 0, 0, 0, 0], 8) // 8-bit greyscale, no interlace
  // Each row: a filter byte and the pixels. A short image (rows < height) is truncated data.
  const raw = Buffer.alloc((width + 1) * rows)
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', zlib.deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ])
}

/**
 * Bodies that are wrong before any field is read; `heavy` adds the big and deep ones (sent where
 * they reach the most code, not to every collection).
 */
function structural(
  path: string,
  as: Viewer,
  base: Record<string, unknown>,
  heavy: boolean,
): HostileRequest[] {
  const raw = (label: string, body: string | Buffer, type?: string): HostileRequest => ({
    label,
    as,
    method: 'POST',
    path,
    headers: type ? { 'content-type': type } : {},
    body,
  })
  const text = JSON.stringify(base)
  const light = [
    raw('JSON null', 'null', 'application/json'),
    raw('a JSON array', '[{"title":"x"}]', 'application/json'),
    raw('a JSON string', '"hello"', 'application/json'),
    raw('a JSON number', '42', 'application/json'),
    raw('JSON true', 'true', 'application/json'),
    raw('truncated JSON', '{"title": "x", ', 'application/json'),
    raw('an empty JSON body', '', 'application/json'),
    raw('JSON after a byte-order mark', `\uFEFF${text}`, 'application/json'),
    raw('JSON sent as text/plain', text, 'text/plain'),
    raw(
      'a urlencoded form',
      'title=x&authors[0]=y&email[$ne]=1',
      'application/x-www-form-urlencoded',
    ),
    raw('XML', '<post><title>x</title></post>', 'application/xml'),
    raw('JSON without a content type', text),
    raw('JSON declared UTF-16', text, 'application/json; charset=utf-16'),
    {
      ...raw('gzip declared, plain sent', text),
      headers: { 'content-type': 'application/json', 'content-encoding': 'gzip' },
    },
    raw(
      '__proto__ with roles',
      `{"__proto__":{"roles":["admin"],"isAdmin":true},${text.slice(1)}`,
      'application/json',
    ),
    raw('multipart without a boundary', text, 'multipart/form-data'),
    raw(
      'multipart cut off mid-part',
      '------x\r\nContent-Disposition: form-data; name="_payload"\r\n\r\n{"title":',
      'multipart/form-data; boundary=----x',
    ),
    (() => {
      const form = multipart([{ name: '_payload', data: '{not json' }])
      return raw('multipart with _payload not JSON', form.body, form.type)
    })(),
  ]
  if (!heavy) return light
  return [
    ...light,
    raw(
      'objects 100,000 deep',
      `${'{"a":'.repeat(100_000)}1${'}'.repeat(100_000)}`,
      'application/json',
    ),
    raw(
      'objects 5,000 deep in a field',
      jsonText({ ...base, title: nested(5000) }),
      'application/json',
    ),
    raw('arrays 100,000 deep', '['.repeat(100_000) + ']'.repeat(100_000), 'application/json'),
    raw(
      '100,000 keys',
      JSON.stringify(Object.fromEntries(Array.from({ length: 100_000 }, (_, i) => [`k${i}`, i]))),
      'application/json',
    ),
    raw(
      'a 2 MB title',
      JSON.stringify({ ...base, title: 'x'.repeat(2 * 1024 * 1024) }),
      'application/json',
    ),
    raw(
      'constructor.prototype',
      JSON.stringify({ ...base, constructor: { prototype: { roles: ['admin'] } } }),
      'application/json',
    ),
    (() => {
      const form = multipart([{ name: '_payload', data: '[1,2,3]' }])
      return raw('multipart with _payload an array', form.body, form.type)
    })(),
    (() => {
      const form = multipart(
        Array.from({ length: 2000 }, (_, i) => ({ name: `field${i}`, data: 'x' })),
      )
      return raw('multipart with 2,000 parts', form.body, form.type)
    })(),
  ]
}

/**
 * Each field of the collection given wrong values, on top of a body that would pass: `all` of
 * them where the validators run, the `first` (most telling) one where access refuses first.
 */
function perField(
  info: CollectionInfo,
  as: Viewer,
  method: string,
  path: string,
  base: Record<string, unknown>,
  mode: 'all' | 'first',
): HostileRequest[] {
  const all = mode === 'all'
  const requests: HostileRequest[] = []
  for (const field of info.fields) {
    const values = wrongValuesFor(field, all)
    for (const { what, value } of all ? values : values.slice(0, 1)) {
      requests.push(
        json(`${info.slug}.${field.name}: ${what}`, as, method, path, {
          ...base,
          [field.name]: value,
        }),
      )
    }
    // Inside arrays and groups too: the first row (or the group) with one wrong sub-field.
    if (all && field.fields && (field.type === 'array' || field.type === 'group')) {
      for (const sub of field.fields) {
        const [wrong] = wrongValuesFor(sub, false)
        if (!wrong) continue
        const inner = { [sub.name]: wrong.value }
        requests.push(
          json(`${info.slug}.${field.name}.${sub.name}: ${wrong.what}`, as, method, path, {
            ...base,
            [field.name]: field.type === 'array' ? [inner] : inner,
          }),
        )
      }
    }
  }
  return requests
}

/** Media: the same wrong fields over multipart beside a real image, and broken images. */
function mediaUploads(info: CollectionInfo, as: Viewer): HostileRequest[] {
  const upload = (
    label: string,
    payload: unknown,
    file: { name: string; type: string; data: Buffer },
  ) => {
    const form = multipart([
      { name: 'file', filename: file.name, type: file.type, data: file.data },
      { name: '_payload', data: jsonText(payload) },
    ])
    return {
      label,
      as,
      method: 'POST',
      path: '/api/media',
      headers: { 'content-type': form.type },
      body: form.body,
    } satisfies HostileRequest
  }
  const image = { name: 'hostile.png', type: 'image/png', data: png(8, 8) }
  const requests = info.fields.flatMap((field) =>
    wrongValuesFor(field, false)
      .slice(0, 1)
      .map(({ what, value }) =>
        upload(`media upload, ${field.name}: ${what}`, { alt: 'x', [field.name]: value }, image),
      ),
  )
  return [
    ...requests,
    upload(
      'an image 60,000 px square (header only)',
      { alt: 'bomb' },
      {
        ...image,
        data: png(60_000, 60_000, 1),
      },
    ),
    upload(
      'an image 8,000 x 8,000 px (64 megapixels of zeros)',
      { alt: 'bomb' },
      {
        ...image,
        data: png(8000, 8000),
      },
    ),
    upload(
      'text claiming to be a PNG',
      { alt: 'x' },
      { ...image, data: Buffer.from('not an image') },
    ),
    upload(
      'SVG with a script',
      { alt: 'x' },
      {
        name: 'x.svg',
        type: 'image/svg+xml',
        data: Buffer.from(
          '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
        ),
      },
    ),
    upload('a file name climbing out', { alt: 'x' }, { ...image, name: '../../../escape.png' }),
    upload('a file name with NUL', { alt: 'x' }, { ...image, name: 'a\u0000.png' }),
    upload('an empty file', { alt: 'x' }, { ...image, data: Buffer.alloc(0) }),
  ]
}

export function bodyAbuse(schema: SchemaInfo, fx: Fixtures): HostileRequest[] {
  const requests: HostileRequest[] = []
  const missing = randomUUID()
  for (const as of ['anonymous', 'contributor'] as const) {
    for (const info of schema.collections) {
      const path = `/api/${info.slug}`
      const base = validBase(info.slug, fx)
      const creates = CREATES[as].includes(info.slug)
      if (INTERNAL_COLLECTIONS.includes(info.slug)) {
        // Nobody outside the server writes these: a few bodies to show the door is shut (the path
        // group tries every method on them).
        requests.push(...structural(path, as, base, false).slice(0, 6))
        continue
      }
      // The heavy bodies go where they reach the validators, and to posts, the richest schema.
      requests.push(...structural(path, as, base, creates || info.slug === 'posts'))
      if (info.slug === 'media' && as === 'contributor') requests.push(...mediaUploads(info, as))
      else requests.push(...perField(info, as, 'POST', path, base, creates ? 'all' : 'first'))
      requests.push(
        json('PATCH a missing document', as, 'PATCH', `${path}/${missing}`, base),
        json('PATCH an ID that is an operator', as, 'PATCH', `${path}/%7B%22%24ne%22%3A1%7D`, base),
        { label: 'DELETE a missing document', as, method: 'DELETE', path: `${path}/${missing}` },
        json(
          'bulk PATCH of a missing document',
          as,
          'PATCH',
          `${path}?where[id][equals]=${missing}`,
          base,
        ),
        {
          label: 'bulk DELETE of a missing document',
          as,
          method: 'DELETE',
          path: `${path}?where[id][equals]=${missing}`,
        },
      )
      if (as === 'anonymous') {
        // Everything at once, with no credentials: must be refused outright.
        requests.push(
          json('bulk PATCH of everything', as, 'PATCH', `${path}?where[id][exists]=true`, {
            status: 'approved',
          }),
        )
      }
    }
    for (const info of schema.globals) {
      const path = `/api/globals/${info.slug}`
      requests.push(...structural(path, as, {}, as === 'contributor'))
      requests.push(...perField(info, as, 'POST', path, {}, 'first'))
    }
  }
  // Updates reach the validators only on what the contributor owns.
  const posts = schema.collections.find((info) => info.slug === 'posts')!
  requests.push(
    ...perField(posts, 'contributor', 'PATCH', `/api/posts/${fx.contributorPostId}`, {}, 'first'),
    ...perField(
      posts,
      'contributor',
      'PATCH',
      `/api/posts/${fx.contributorPostId}?draft=true&autosave=true`,
      {},
      'first',
    ),
  )
  // A contributor's own account, as a throw-away contributor (what it breaks, it breaks for itself):
  // every field but the login itself, and roles raised.
  const users = schema.collections.find((info) => info.slug === 'users')!
  const { guinea } = fx
  const self = `/api/users/${guinea.id}`
  const asGuinea = (request: HostileRequest): HostileRequest => ({
    ...request,
    label: `own account: ${request.label}`,
    headers: { ...request.headers, authorization: `JWT ${guinea.token}` },
    self: { id: guinea.id, email: guinea.email },
  })
  requests.push(
    ...[
      ...perField(
        {
          ...users,
          fields: users.fields.filter((field) => !['email', 'password'].includes(field.name)),
        },
        'contributor',
        'PATCH',
        self,
        {},
        'first',
      ),
      json('roles as a string', 'contributor', 'PATCH', self, { roles: 'admin' }),
      json('roles raised', 'contributor', 'PATCH', self, { roles: ['admin'] }),
      json('roles as an object', 'contributor', 'PATCH', self, { roles: { 0: 'admin' } }),
      json("another user's roles", 'contributor', 'PATCH', `/api/users/${fx.adminId}`, {
        roles: ['contributor'],
      }),
    ].map(asGuinea),
  )
  return requests
}
