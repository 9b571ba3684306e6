/**
 * A hostile client sends malformed input to every route of the production server, anonymously
 * and signed in: each answer must be a 4xx with a message saying what is wrong, never a 5xx, and
 * nothing may be written. (Traffic goes to the test's own server on 127.0.0.1 only.)
 */
import { connect } from 'node:net'

import { startSeededServer, DEMO_PASSWORD, type SeededServer } from '../helpers/seededServer'
import { apiClient } from '../helpers/client'

const COLLECTIONS = [
  'posts',
  'authors',
  'categories',
  'tags',
  'media',
  'artworks',
  'galleries',
  'comments',
  'comment-policies',
  'reader-questions',
  'users',
]
const INTERNAL = [
  'payload-migrations',
  'payload-jobs',
  'payload-locked-documents',
  'payload-preferences',
  'payload-kv',
]
/** Internal collections the admin uses over REST, each user for their own documents. */
const ADMIN_OWN = ['payload-preferences', 'payload-locked-documents']
const NO_SUCH_ID = '00000000-0000-4000-8000-000000000000'
const BOUNDARY = 'hostileBoundary'

type Body = { contentType?: string; body?: string | Buffer }

/** Bodies no route may take; each must be refused at the entry. */
const BAD_BODIES: Record<string, Body> = {
  'JSON null': { contentType: 'application/json', body: 'null' },
  'a JSON string': { contentType: 'application/json', body: '"title"' },
  'a JSON number': { contentType: 'application/json', body: '42' },
  'a JSON array': { contentType: 'application/json', body: '[{"title":"x"}]' },
  'a 10,000-deep array': {
    contentType: 'application/json',
    body: `{"title":${'['.repeat(10_000)}${']'.repeat(10_000)}}`,
  },
  'invalid JSON': { contentType: 'application/json', body: '{"title":' },
  'text/plain': { contentType: 'text/plain', body: 'title=x' },
  'a form': { contentType: 'application/x-www-form-urlencoded', body: 'title=x' },
  'no content type': { body: '{"title":"x"}' },
  'a broken multipart body': {
    contentType: `multipart/form-data; boundary=${BOUNDARY}`,
    body: `--${BOUNDARY}\r\nContent-Disposition: form-data; name="_payload"\r\n\r\n{"title":"x"}`,
  },
  'multipart without a boundary': {
    contentType: 'multipart/form-data',
    body: `--${BOUNDARY}\r\n\r\n`,
  },
  'a multipart _payload that is not JSON': {
    contentType: `multipart/form-data; boundary=${BOUNDARY}`,
    body: `--${BOUNDARY}\r\nContent-Disposition: form-data; name="_payload"\r\n\r\n{"title":\r\n--${BOUNDARY}--\r\n`,
  },
}

/** An upload as a browser sends it; `disposition` names the file (`filename="…"`). */
function uploadBody(disposition: string): Body {
  return {
    contentType: `multipart/form-data; boundary=${BOUNDARY}`,
    body: Buffer.concat([
      Buffer.from(
        `--${BOUNDARY}\r\nContent-Disposition: form-data; name="file"; ${disposition}\r\nContent-Type: image/png\r\n\r\n`,
        'latin1',
      ),
      Buffer.from('not really a png'),
      Buffer.from(
        `\r\n--${BOUNDARY}\r\nContent-Disposition: form-data; name="_payload"\r\n\r\n{"alt":"x"}\r\n--${BOUNDARY}--\r\n`,
      ),
    ]),
  }
}

type Answer = { status: number; body: any }

describe('malformed input from a hostile client', () => {
  let ctx: SeededServer
  let tokens: Record<'anonymous' | 'contributor' | 'editor', string | undefined>
  let counts: Record<string, number>

  async function send(
    method: string,
    path: string,
    { contentType, body }: Body = {},
    token?: string,
  ): Promise<Answer> {
    const headers: Record<string, string> = {}
    if (contentType) headers['content-type'] = contentType
    if (token) headers.authorization = `JWT ${token}`
    const response = await fetch(`${ctx.server.url}${path}`, {
      method,
      headers,
      body: body === undefined ? undefined : new Uint8Array(Buffer.from(body)),
    })
    const text = await response.text()
    try {
      return { status: response.status, body: JSON.parse(text) }
    } catch {
      return { status: response.status, body: text }
    }
  }

  async function countAll(): Promise<Record<string, number>> {
    const result: Record<string, number> = {}
    for (const slug of COLLECTIONS) {
      const { status, body } = await ctx.admin.rest('GET', `/api/${slug}/count`)
      if (status !== 200) throw new Error(`cannot count ${slug}: ${status}`)
      result[slug] = body.totalDocs as number
    }
    return result
  }

  /** A 4xx with a message a person can act on. */
  function expectRefused(answer: Answer, what: string) {
    const message = answer.body?.errors?.[0]?.message ?? answer.body?.message
    const refused = answer.status >= 400 && answer.status < 500
    if (!refused || typeof message !== 'string' || message.length < 5) {
      throw new Error(
        `${what}: expected a 4xx with a message, got ${answer.status} ${JSON.stringify(answer.body).slice(0, 300)}`,
      )
    }
  }

  /** The server's log since the last look: no request may have ended in a 5xx or a crash. */
  let logSeen = 0
  function newServerFailures(): string[] {
    const output = ctx.server.output()
    const fresh = output.slice(logSeen)
    logSeen = output.length
    return fresh
      .split('\n')
      .filter((line) => / 5\d\d [\d.]+ms$/.test(line) || /^api: .* failed: /.test(line))
  }

  beforeAll(async () => {
    ctx = await startSeededServer('hostile-malformed', { SUBMISSIONS_PER_MINUTE_PER_IP: '100000' })
    const login = async (email: string) => apiClient(ctx.server.url).login(email, DEMO_PASSWORD)
    tokens = {
      anonymous: undefined,
      contributor: await login('contributor@example.com'),
      editor: await login('editor@example.com'),
    }
    counts = await countAll()
    newServerFailures()
  })

  afterAll(async () => {
    await ctx?.stop()
  })

  afterEach(async () => {
    // Nothing refused may have been written, and nothing may have failed on the server.
    expect(await countAll()).toEqual(counts)
    expect(newServerFailures()).toEqual([])
  })

  it.each(Object.keys(BAD_BODIES))(
    'should refuse %s on every collection, global and GraphQL, whoever sends it',
    async (shape) => {
      const body = BAD_BODIES[shape]!
      for (const [who, token] of Object.entries(tokens)) {
        for (const slug of COLLECTIONS) {
          expectRefused(await send('POST', `/api/${slug}`, body, token), `${who} POST ${slug}`)
          expectRefused(
            await send('PATCH', `/api/${slug}/${NO_SUCH_ID}`, body, token),
            `${who} PATCH ${slug}`,
          )
        }
        expectRefused(
          await send('POST', '/api/globals/site-settings', body, token),
          `${who} POST site-settings`,
        )
        expectRefused(await send('POST', '/api/users/login', body, token), `${who} login`)
        expectRefused(await send('POST', '/api/graphql', body, token), `${who} GraphQL`)
      }
    },
  )

  it('should say what is wrong with a body', async () => {
    const notObject = await send('POST', '/api/posts', BAD_BODIES['JSON null'], tokens.editor)
    expect(notObject.status).toBe(400)
    expect(notObject.body.errors[0].message).toMatch(/must be a JSON object/)
    const plain = await send(
      'PATCH',
      `/api/posts/${NO_SUCH_ID}`,
      BAD_BODIES['text/plain'],
      tokens.editor,
    )
    expect(plain.status).toBe(415)
    expect(plain.body.errors[0].message).toMatch(/text\/plain is not accepted/)
    const graphql = await send('POST', '/api/graphql', BAD_BODIES['invalid JSON'])
    expect(graphql.status).toBe(400)
    expect(graphql.body.errors[0].message).toMatch(/not valid JSON/)
    const multipart = await send('POST', '/api/comments', BAD_BODIES['a broken multipart body'])
    expect(multipart.status).toBe(400)
    expect(multipart.body.errors[0].message).toMatch(/multipart\/form-data body is malformed/)
  })

  it.each([
    ['a NUL, encoded', "filename*=utf-8''bad%00name.png"],
    ['a path', 'filename="../../escape.png"'],
    ['a Windows path', 'filename="dir\\icon.png"'],
  ])('should refuse an upload whose file name holds %s', async (_kind, disposition) => {
    const answer = await send('POST', '/api/media', uploadBody(disposition), tokens.editor)
    expect(answer.status).toBe(400)
    expect(answer.body.errors[0].message).toMatch(/^file: the file name/)
  })

  it('should refuse an upload whose file name holds a raw NUL (a malformed part header)', async () => {
    const answer = await send(
      'POST',
      '/api/media',
      uploadBody('filename="bad\0name.png"'),
      tokens.editor,
    )
    expect(answer.status).toBe(400)
    expect(answer.body.errors[0].message).toMatch(/malformed/)
  })

  it('should still take an upload with an ordinary name (and its _payload)', async () => {
    const answer = await send(
      'POST',
      '/api/media',
      uploadBody('filename="fine.png"'),
      tokens.editor,
    )
    // Not an image: refused by the collection's own rule, with the field named.
    expect(answer.status).toBe(400)
    expect(JSON.stringify(answer.body)).toMatch(/file/)
  })

  it.each(INTERNAL)('should keep the internal collection %s to 4xx answers', async (slug) => {
    for (const [who, token] of Object.entries(tokens)) {
      for (const [method, path] of [
        ['GET', `/api/${slug}`],
        ['GET', `/api/${slug}/${NO_SUCH_ID}`],
        ['POST', `/api/${slug}`],
        ['PATCH', `/api/${slug}/${NO_SUCH_ID}`],
        ['DELETE', `/api/${slug}/${NO_SUCH_ID}`],
      ] as const) {
        const body =
          method === 'POST' || method === 'PATCH'
            ? { contentType: 'application/json', body: '{}' }
            : {}
        const answer = await send(method, path, body, token)
        // The admin keeps each user's own preferences and document locks over REST: signed
        // in, those are the user's to read and write; Payload answers a preference nobody may
        // read with an empty 200.
        if (token && ADMIN_OWN.includes(slug) && answer.status < 500) continue
        if (answer.status === 200 && method === 'GET' && answer.body?.value === null) continue
        expectRefused(answer, `${who} ${method} ${path}`)
      }
    }
  })

  it("should answer payload-migrations with a 404, not Payload's 501", async () => {
    for (const method of ['GET', 'POST', 'DELETE']) {
      const answer = await send(method, '/api/payload-migrations', {}, tokens.editor)
      expect({ method, status: answer.status }).toEqual({ method, status: 404 })
    }
  })

  it('should answer routes Payload lists but this site lacks with a 4xx', async () => {
    const verify = await send('POST', '/api/users/verify/junk')
    expect(verify.status).toBe(404)
    expect(verify.body.errors[0].message).toMatch(/does not verify email/)
    const file = await send('GET', '/api/media/file/%00')
    expect(file.status).toBe(400)
    expectRefused(await send('GET', '/api/media/file/..%2F..%2Fpackage.json'), 'file traversal')
    expectRefused(await send('GET', '/api/posts/%E0%A4%A'), 'broken escape')
    const versions = await send(
      'GET',
      '/api/globals/site-settings/versions',
      {},
      tokens.contributor,
    )
    expect(versions.status).toBe(404)
    expectRefused(await send('GET', '/api/tags/versions', {}, tokens.editor), 'tags versions')
    const preference = await send('DELETE', '/api/payload-preferences/nav', {}, tokens.contributor)
    expectRefused(preference, 'contributor deletes a preference')
  })

  it('should answer a file nobody uploaded with a 404, however long its name', async () => {
    for (const name of ['nobody-uploaded-this.png', `${'a'.repeat(300)}.png`]) {
      const answer = await send('GET', `/api/media/file/${name}`)
      expect({ status: answer.status, message: answer.body.errors[0].message }).toEqual({
        status: 404,
        message: expect.stringMatching(/^No file named/),
      })
    }
  })

  it('should answer a request line naming a whole URL as the path it names', async () => {
    const { hostname, port } = new URL(ctx.server.url)
    const head = await new Promise<string>((resolve, reject) => {
      const socket = connect(Number(port), hostname, () =>
        socket.write(
          'GET http://elsewhere.example/api/posts?limit=1&depth=0 HTTP/1.1\r\n' +
            'Host: elsewhere.example\r\nConnection: close\r\n\r\n',
        ),
      )
      let text = ''
      socket.on('data', (chunk) => (text += chunk.toString('latin1')))
      socket.on('end', () => resolve(text))
      socket.on('error', reject)
    })
    expect(head.split('\r\n')[0]).toBe('HTTP/1.1 200 OK')
    expect(head).toContain('"totalDocs"')
  })

  it('should refuse a JSON body over 2 MB by the bytes read, also when chunked', async () => {
    const big = JSON.stringify({ title: 'x'.repeat(3 * 1024 * 1024) })
    // A stream has no Content-Length: fetch sends it chunked.
    const chunked = new ReadableStream({
      start(controller) {
        for (let at = 0; at < big.length; at += 64 * 1024)
          controller.enqueue(new TextEncoder().encode(big.slice(at, at + 64 * 1024)))
        controller.close()
      },
    })
    const answer = await fetch(`${ctx.server.url}/api/posts`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `JWT ${tokens.editor}` },
      body: chunked,
      duplex: 'half',
    } as RequestInit)
    expect(answer.status).toBe(413)
    expect((await answer.json()).errors[0].message).toMatch(/not an upload can be at most 2 MB/)
  })

  it('should answer GraphQL access queries and a verification it does not do without a 500', async () => {
    const ask = async (query: string, token?: string) =>
      (
        await send(
          'POST',
          '/api/graphql',
          { contentType: 'application/json', body: JSON.stringify({ query }) },
          token,
        )
      ).body
    const siteSettings =
      '{ docAccessSiteSetting { read { permission } update { permission } fields { siteTitle { read { permission } } } } }'
    expect(await ask(siteSettings)).toEqual({
      data: {
        docAccessSiteSetting: {
          read: { permission: true },
          update: { permission: false },
          fields: { siteTitle: { read: { permission: true } } },
        },
      },
    })
    expect((await ask(siteSettings, tokens.editor)).data.docAccessSiteSetting.update).toEqual({
      permission: true,
    })
    const access = '{ Access { canAccessAdmin posts { create { permission } } } }'
    expect(await ask(access)).toEqual({
      data: { Access: { canAccessAdmin: false, posts: { create: { permission: false } } } },
    })
    expect(await ask(access, tokens.contributor)).toEqual({
      data: { Access: { canAccessAdmin: true, posts: { create: { permission: true } } } },
    })
    const verify = await ask('mutation { verifyEmailUser(token: "junk") }')
    expect(verify.errors[0]).toEqual(
      expect.objectContaining({
        message: 'users does not verify email addresses.',
        extensions: expect.objectContaining({ statusCode: 400 }),
      }),
    )
  })

  it('should let an allowed frontend read a refusal made before Payload runs (CORS)', async () => {
    const refusedFrom = async (origin: string) => {
      const answer = await fetch(`${ctx.server.url}/api/posts`, {
        method: 'POST',
        headers: { origin, 'content-type': 'application/json' },
        body: '{"title":',
      })
      expect(answer.status).toBe(400)
      return answer.headers.get('access-control-allow-origin')
    }
    expect(await refusedFrom(ctx.server.url)).toBe(ctx.server.url)
    expect(await refusedFrom('https://elsewhere.example')).toBeNull()
  })

  it('should refuse GraphQL variables nested 2,000 deep with a 400', async () => {
    const where = `${'{"OR":['.repeat(2000)}{"id":{"exists":true}}${']}'.repeat(2000)}`
    const body = `{"query":"query($w: Post_where) { Posts(where: $w) { totalDocs } }","variables":{"w":${where}}}`
    const answer = await send('POST', '/api/graphql', { contentType: 'application/json', body })
    expect(answer.status).toBe(400)
    expect(answer.body.errors[0].message).toMatch(/nests deeper than 100 levels/)
  })

  describe('values of the wrong type', () => {
    let postId: string
    let ownDraft: string
    let galleryId: string
    let contributorId: string

    beforeAll(async () => {
      const first = async (path: string) =>
        (await ctx.admin.rest('GET', path)).body.docs[0].id as string
      postId = await first('/api/posts?where[slug][equals]=the-revival-in-the-hebrides')
      galleryId = await first('/api/galleries?limit=1')
      const contributor = apiClient(ctx.server.url, tokens.contributor)
      const me = await contributor.rest('GET', '/api/users/me')
      contributorId = me.body.user.id
      const draft = await contributor.rest('POST', '/api/posts', { title: 'A hostile draft' })
      if (draft.status !== 201) throw new Error(`draft: ${JSON.stringify(draft.body)}`)
      ownDraft = draft.body.doc.id
      counts = await countAll()
    })

    const cases: [string, string, Record<string, unknown>][] = [
      ['posts', 'publishAt', { publishAt: {} }],
      ['posts', 'meta', { meta: null }],
      ['posts', 'owner', { owner: [] }],
      ['posts', 'featuredImage', { featuredImage: [] }],
      ['posts', 'authors', { authors: 'not-a-list' }],
      ['posts', 'title', { title: { $gt: '' } }],
      ['posts', 'corrections', { corrections: 'none' }],
      ['galleries', 'items', { items: {} }],
      ['galleries', 'items.0.artwork', { items: [{ artwork: [] }] }],
    ]

    it.each(cases)(
      'should refuse %s.%s with a 400 naming it, and change nothing',
      async (slug, path, data) => {
        const id = slug === 'posts' ? postId : galleryId
        const before = await ctx.admin.rest('GET', `/api/${slug}/${id}?depth=0&draft=true`)
        for (const draft of ['', '?draft=true']) {
          const answer = await send(
            'PATCH',
            `/api/${slug}/${id}${draft}`,
            { contentType: 'application/json', body: JSON.stringify(data) },
            tokens.editor,
          )
          expect({
            status: answer.status,
            path: answer.body.errors?.[0]?.data?.errors?.[0]?.path,
          }).toEqual({
            status: 400,
            path,
          })
          expect(answer.body.errors[0].message).toContain(path)
        }
        const after = await ctx.admin.rest('GET', `/api/${slug}/${id}?depth=0&draft=true`)
        expect(after.body).toEqual(before.body)
      },
    )

    it('should refuse them from a contributor on its own draft, and on create', async () => {
      for (const data of [{ publishAt: {} }, { owner: [] }, { meta: null }]) {
        const body = { contentType: 'application/json', body: JSON.stringify(data) }
        const update = await send('PATCH', `/api/posts/${ownDraft}`, body, tokens.contributor)
        expect(update.status).toBe(400)
        const create = await send(
          'POST',
          '/api/posts',
          { ...body, body: JSON.stringify({ title: 'x', ...data }) },
          tokens.contributor,
        )
        expect(create.status).toBe(400)
      }
    })

    it('should accept null where a field may be emptied (arrays, references)', async () => {
      const contributor = apiClient(ctx.server.url, tokens.contributor)
      const answer = await contributor.rest('PATCH', `/api/posts/${ownDraft}`, {
        corrections: null,
        featuredImage: null,
        publishAt: null,
      })
      expect(answer.status).toBe(200)
      expect(answer.body.doc.corrections).toEqual([])
    })

    it('should refuse a user email or password that is not text', async () => {
      for (const data of [
        { email: 5 },
        { email: { a: 1 } },
        { password: 12345678 },
        { password: null },
      ]) {
        const answer = await send(
          'PATCH',
          `/api/users/${contributorId}`,
          { contentType: 'application/json', body: JSON.stringify(data) },
          tokens.contributor,
        )
        expect({ data, status: answer.status }).toEqual({ data, status: 400 })
        expect(answer.body.errors[0].data.errors[0].path).toBe(Object.keys(data)[0])
      }
      // The password is unchanged: the contributor can still sign in with it.
      await apiClient(ctx.server.url).login('contributor@example.com', DEMO_PASSWORD)
    })

    it('should refuse wrong types sent through GraphQL JSON variables too', async () => {
      const editor = apiClient(ctx.server.url, tokens.editor)
      const answer = await editor.graphql(
        'mutation ($id: String!, $data: mutationPostUpdateInput!) { updatePost(id: $id, data: $data) { id } }',
        { id: postId, data: { content: 'not rich text' } },
      )
      expect(answer.status).toBeLessThan(500)
      expect(JSON.stringify(answer.body.errors)).toMatch(/content/)
    })
  })
})
