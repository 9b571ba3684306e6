/**
 * The API's entry checks as pure functions: which bodies Payload may be given
 * (src/lib/http/requestBody.ts) and which routes it really has (src/lib/http/apiRoutes.ts).
 */
import { routeMessages, routeRefusal, type RouteFeatures } from '../../src/lib/http/apiRoutes'
import {
  bodyMessages,
  bodyRefusal,
  fileNameProblem,
  jsonObjectProblem,
  MAX_JSON_DEPTH,
  mediaTypeOf,
  nestsDeeperThan,
} from '../../src/lib/http/requestBody'
import { JSON_BOUNDS, jsonShapeMessages } from '../../src/lib/jsonShape'

const BOUNDARY = 'xYzBoundary'
const MULTIPART = `multipart/form-data; boundary=${BOUNDARY}`

function multipart(parts: { name: string; value: string; filename?: string }[]): Buffer {
  const body = parts
    .map(({ name, value, filename }) =>
      [
        `--${BOUNDARY}`,
        `Content-Disposition: form-data; name="${name}"${filename === undefined ? '' : `; filename="${filename}"`}`,
        ...(filename === undefined ? [] : ['Content-Type: image/png']),
        '',
        value,
      ].join('\r\n'),
    )
    .join('\r\n')
  return Buffer.from(`${body}\r\n--${BOUNDARY}--\r\n`)
}

const post = (contentType: string | undefined, body: string | Buffer, getOverride = false) =>
  bodyRefusal({
    method: 'POST',
    contentType,
    getOverride,
    body: typeof body === 'string' ? Buffer.from(body) : body,
  })

const nested = (depth: number) => '['.repeat(depth) + ']'.repeat(depth)

describe('request bodies at the entry', () => {
  it('should read the media type as Payload does', () => {
    expect(mediaTypeOf('application/json; charset=utf-8')).toBe('application/json')
    expect(mediaTypeOf('')).toBeUndefined()
    expect(mediaTypeOf(null)).toBeUndefined()
  })

  it.each([
    ['an object', '{"title":"x"}'],
    ['an object with a charset', '{}'],
    ['deep but honest nesting', `{"a":${nested(MAX_JSON_DEPTH - 2)}}`],
    [
      'as wide as the bounds allow',
      JSON.stringify({
        keys: Object.fromEntries(
          Array.from({ length: JSON_BOUNDS.maxKeys - 1 }, (_, i) => [`k${i}`, i]),
        ),
        rows: Array(JSON_BOUNDS.maxItems).fill(1),
      }),
    ],
  ])('should pass JSON that is %s', async (_kind, text) => {
    await expect(post('application/json; charset=utf-8', text)).resolves.toBeUndefined()
  })

  it.each([
    ['null', 'null', bodyMessages.notObject('The request body', 'null')],
    ['a string', '"x"', bodyMessages.notObject('The request body', 'a string')],
    ['a number', '42', bodyMessages.notObject('The request body', 'a number')],
    ['an array', '[{}]', bodyMessages.notObject('The request body', 'an array')],
    [
      'nested 10,000 deep',
      `{"a":${nested(10_000)}}`,
      jsonShapeMessages.tooDeep('The request body', MAX_JSON_DEPTH),
    ],
    [
      'an object of 100,000 keys',
      JSON.stringify(Object.fromEntries(Array.from({ length: 100_000 }, (_, i) => [`k${i}`, i]))),
      jsonShapeMessages.tooManyKeys('The request body', 100_000, JSON_BOUNDS.maxKeys),
    ],
    [
      'a list of 20,000 rows',
      JSON.stringify({ corrections: Array.from({ length: 20_000 }, () => ({ note: 'n' })) }),
      jsonShapeMessages.tooManyItems('The request body', 20_000, JSON_BOUNDS.maxItems),
    ],
    [
      '150 lists of 1,000 values',
      JSON.stringify({ a: Array.from({ length: 150 }, () => Array(1000).fill(1)) }),
      jsonShapeMessages.tooManyValues('The request body', JSON_BOUNDS.maxValues),
    ],
  ])('should refuse JSON that is %s with a 400', async (_kind, text, message) => {
    await expect(post('application/json', text)).resolves.toEqual({ status: 400, message })
  })

  it('should refuse JSON that does not parse, saying so', async () => {
    const refusal = await post('application/json', '{"title":')
    expect(refusal?.status).toBe(400)
    expect(refusal?.message).toMatch(/^The request body is not valid JSON/)
  })

  it('should refuse a NUL anywhere in JSON text, naming where, and ignore it for depth', async () => {
    expect(
      await post('application/json', JSON.stringify({ email: 'reader@example.com\u0000' })),
    ).toEqual({
      status: 400,
      message: jsonShapeMessages.nul('The request body', 'email'),
    })
    const deep = { content: { root: { children: [{ text: 'fine' }, { text: 'a\u0000b' }] } } }
    expect(jsonObjectProblem(JSON.stringify(deep), 'data')).toBe(
      'data has a NUL character in "content.root.children.1.text"; text may not contain NUL.',
    )
    expect(jsonObjectProblem(JSON.stringify({ 'a\u0000': 1 }), 'data')).toMatch(/NUL character/)
    expect(jsonObjectProblem(JSON.stringify({ text: 'no NUL here' }), 'data')).toBeUndefined()
    expect(nestsDeeperThan({ text: 'a\u0000' }, 5)).toBe(false)
  })

  it('should measure nesting without recursion', () => {
    expect(nestsDeeperThan(JSON.parse(nested(5)), 5)).toBe(false)
    expect(nestsDeeperThan(JSON.parse(nested(6)), 5)).toBe(true)
    expect(nestsDeeperThan({ a: [1, { b: 'x' }] }, 3)).toBe(false)
  })

  it('should pass a well-formed upload with its _payload, as the admin sends it', async () => {
    const body = multipart([
      { name: 'file', value: 'PNG bytes', filename: 'icon.png' },
      { name: '_payload', value: '{"alt":"An icon"}' },
    ])
    await expect(post(MULTIPART, body)).resolves.toBeUndefined()
  })

  it.each([
    ['a body cut short', multipart([{ name: '_payload', value: '{}' }]).subarray(0, 60)],
    ['no parts at all', Buffer.from('this is not a form')],
  ])('should refuse a multipart body with %s', async (_kind, body) => {
    const refusal = await post(MULTIPART, body)
    expect(refusal?.status).toBe(400)
    expect(refusal?.message).toMatch(/^The multipart\/form-data body is malformed/)
  })

  it('should refuse a multipart body without a boundary', async () => {
    const refusal = await post('multipart/form-data', multipart([{ name: 'a', value: 'b' }]))
    expect(refusal?.status).toBe(400)
    expect(refusal?.message).toMatch(/malformed/)
  })

  it.each([
    ['not JSON', '{"alt":', /^The _payload field is not valid JSON/],
    ['null', 'null', /^The _payload field must be a JSON object/],
  ])('should refuse a _payload field that is %s', async (_kind, value, message) => {
    const refusal = await post(MULTIPART, multipart([{ name: '_payload', value }]))
    expect(refusal?.status).toBe(400)
    expect(refusal?.message).toMatch(message)
  })

  it.each(['../../etc/passwd', 'dir\\icon.png', '..'])(
    'should refuse the upload file name %j',
    async (filename) => {
      const body = multipart([{ name: 'file', value: 'x', filename }])
      await expect(post(MULTIPART, body)).resolves.toEqual({
        status: 400,
        message: bodyMessages.badFileName(filename),
      })
    },
  )

  it('should refuse a NUL in a file name, sent raw (a malformed header) or encoded', async () => {
    const raw = multipart([{ name: 'file', value: 'x', filename: 'a\0b.png' }])
    expect((await post(MULTIPART, raw))?.status).toBe(400)
    const encoded = Buffer.from(
      `--${BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename*=utf-8''a%00b.png\r\n\r\nx\r\n--${BOUNDARY}--\r\n`,
    )
    await expect(post(MULTIPART, encoded)).resolves.toEqual({
      status: 400,
      message: bodyMessages.badFileName('a\0b.png'),
    })
  })

  it('should accept ordinary file names', () => {
    expect(fileNameProblem('Madonna and Child (1998).final.png')).toBeUndefined()
    expect(fileNameProblem('..png')).toBeUndefined()
  })

  it.each([
    ['text/plain', 'text/plain'],
    ['a form outside the GET override', 'application/x-www-form-urlencoded'],
    ['no content type', undefined],
    ['JSON spelt in capitals (Payload would not parse it)', 'Application/JSON'],
  ])('should refuse a body sent as %s with a 415', async (_kind, type) => {
    await expect(post(type, '{"title":"x"}')).resolves.toEqual({
      status: 415,
      message: bodyMessages.unsupported(mediaTypeOf(type)),
    })
  })

  it('should pass a form body for the GET override, and no body at all', async () => {
    await expect(
      post('application/x-www-form-urlencoded', 'where[id][equals]=1', true),
    ).resolves.toBeUndefined()
    await expect(post(undefined, '')).resolves.toBeUndefined()
    await expect(post('text/plain', '')).resolves.toBeUndefined()
  })

  it('should leave bodies of other methods to Payload, which ignores them', async () => {
    await expect(
      bodyRefusal({
        method: 'DELETE',
        contentType: 'text/plain',
        getOverride: false,
        body: Buffer.from('x'),
      }),
    ).resolves.toBeUndefined()
  })

  it('should hold the JSON rules for any named part', () => {
    expect(jsonObjectProblem('{}', 'X')).toBeUndefined()
    expect(jsonObjectProblem('[]', 'X')).toBe(bodyMessages.notObject('X', 'an array'))
  })
})

const features: RouteFeatures = {
  apiRoute: '/api',
  withoutEndpoints: new Set(['payload-migrations']),
  versionedCollections: new Set(['posts']),
  versionedGlobals: new Set(['versioned-settings']),
  verifyingCollections: new Set(['members']),
  uploadCollections: new Set(['media']),
}

describe('routes at the entry', () => {
  it.each([
    '/api/posts',
    '/api/posts/versions',
    '/api/posts/abc/preview',
    '/api/globals/site-settings',
    '/api/globals/versioned-settings/versions',
    '/api/members/verify/token',
    '/api/media/file/icon%20one.png',
    '/api/graphql',
    '/admin/anything%00',
  ])('should leave %s to Payload', (path) => {
    expect(routeRefusal(features, path)).toBeUndefined()
  })

  it.each([
    ['/api/payload-migrations', 404, routeMessages.notFound('/api/payload-migrations')],
    ['/api/payload-migrations/1', 404, routeMessages.notFound('/api/payload-migrations/1')],
    ['/api/tags/versions', 404, routeMessages.noVersions('tags')],
    ['/api/tags/versions/1', 404, routeMessages.noVersions('tags')],
    ['/api/globals/site-settings/versions', 404, routeMessages.noVersions('site-settings')],
    ['/api/users/verify/junk', 404, routeMessages.noVerification('users')],
    ['/api/media/file/%00', 400, routeMessages.nulInPath],
    ['/api/posts/%00', 400, routeMessages.nulInPath],
    ['/api/media/file/..%2F..%2Fsecret', 400, routeMessages.badFileName],
    ['/api/media/file/a%5Cb.png', 400, routeMessages.badFileName],
    ['/api/posts/%E0%A4%A', 400, routeMessages.badEncoding],
  ])('should refuse %s', (path, status, message) => {
    expect(routeRefusal(features, path)).toEqual({ status, message })
  })
})
