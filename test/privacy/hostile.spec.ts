/**
 * Issue 14, on a production server: no email of anyone reaches a user who may not see it, a login
 * says nothing about which accounts exist or are locked, public submissions cannot set the
 * server's fields or forge the form's timer, and an image past the pixel limit is refused.
 */
import { MAX_IMAGE_MEGAPIXELS } from '../../src/lib/imagePixels'
import { apiClient, type ApiClient } from '../helpers/client'
import { DEMO_PASSWORD, startSeededServer, type SeededServer } from '../helpers/seededServer'
import { uploadFile } from '../helpers/upload'
import { hugePng } from './hugeImage'

const EMAILS = /[\w.+-]+@[\w-]+(\.[\w-]+)+/g
const WRONG_PASSWORD = 'not-the-password-at-all'
let serial = 0
const reader = (name: string) => `${name}-${++serial}@readers.example`

describe('hostile clients', () => {
  let ctx: SeededServer
  let editor: ApiClient
  let contributor: ApiClient
  let postId: string
  let published: string

  beforeAll(async () => {
    ctx = await startSeededServer('hostile', { SUBMISSIONS_PER_MINUTE_PER_IP: '1000' })
    const login = async (role: string) => {
      const client = apiClient(ctx.server.url)
      await client.login(`${role}@example.com`, DEMO_PASSWORD)
      return client
    }
    editor = await login('editor')
    contributor = await login('contributor')
    const douglas = (await editor.rest('GET', '/api/authors?where[slug][equals]=douglas-m-webb'))
      .body.docs[0].id
    // A contributor's post that went through review: the editor's move and note are in its history.
    const created = await contributor.rest('POST', '/api/posts', {
      title: 'Notes on Gilding',
      authors: [douglas],
    })
    postId = created.body.doc.id
    await contributor.rest('PATCH', `/api/posts/${postId}`, { stage: 'in_review' })
    const asked = await editor.rest('PATCH', `/api/posts/${postId}`, {
      stage: 'changes_requested',
      workflowNote: 'Say where the gold came from.',
    })
    if (asked.status !== 200) throw new Error(`review failed: ${JSON.stringify(asked.body)}`)
    await contributor.rest('PATCH', `/api/posts/${postId}`, { stage: 'in_review' })
    published = (
      await ctx.anonymous.rest(
        'GET',
        '/api/posts?where[slug][equals]=why-the-ceasefire-talks-keep-failing',
      )
    ).body.docs[0].id
  })
  afterAll(() => ctx?.stop())

  describe('emails', () => {
    const paths = (id: string) => [
      '/api/posts?depth=2&limit=100',
      '/api/posts?depth=2&limit=100&draft=true',
      `/api/posts/${id}?depth=2&draft=true`,
      '/api/posts/versions?depth=2&limit=100',
      '/api/authors?depth=2&limit=100',
      '/api/categories?depth=2&limit=100',
      '/api/tags?depth=2&limit=100',
      '/api/artworks?depth=2&limit=100&draft=true',
      '/api/artworks/versions?depth=2&limit=100',
      '/api/galleries?depth=2&limit=100&draft=true',
      '/api/media?depth=1&limit=100',
      '/api/users?depth=1&limit=100',
      '/api/users/me',
      '/api/comments?depth=2&limit=100',
      '/api/reader-questions?depth=2&limit=100',
      '/api/globals/site-settings?depth=2',
    ]
    const queries = [
      '{ Posts(draft: true, limit: 100) { docs { title history { byName note by { id email } } owner { email } authors { user { email } } } } }',
      '{ versionsPosts(limit: 100) { docs { version { title history { byName by { email } } owner { email } } } } }',
      '{ Authors(limit: 100) { docs { name user { email } posts(limit: 100) { docs { title history { byName by { email } } } } } } }',
      '{ Users(limit: 100) { docs { email name } } }',
      '{ meUser { user { email } } }',
    ]

    /** Every address in everything the client can read, other than its own. */
    async function addressesSeenBy(client: ApiClient, own?: string) {
      const seen = new Map<string, string>()
      const note = (what: string, body: unknown) => {
        for (const found of JSON.stringify(body).match(EMAILS) ?? [])
          if (found !== own) seen.set(found, what)
      }
      for (const path of paths(postId)) note(path, (await client.rest('GET', path)).body)
      for (const query of queries) {
        const { status, body } = await client.graphql(query)
        expect(status).toBeLessThan(500)
        note(query, body)
      }
      return Object.fromEntries(seen)
    }

    it('should show a contributor the history with the editor’s note, naming only itself, and no one’s email but its own', async () => {
      type Row = { byName?: string; to: string; note?: string }
      const history = (await contributor.rest('GET', `/api/posts/${postId}?draft=true`)).body
        .history as Row[]
      expect(history.map((row) => [row.to, row.byName])).toEqual([
        ['in_review', 'Demo contributor'],
        ['changes_requested', undefined],
        ['in_review', 'Demo contributor'],
      ])
      expect(history[1]!.note).toBeTruthy()
      expect(await addressesSeenBy(contributor, 'contributor@example.com')).toEqual({})
    })

    it('should name the editor in that history for the team', async () => {
      const history = (await editor.rest('GET', `/api/posts/${postId}?draft=true`)).body
        .history as { byName?: string }[]
      expect(history.map((row) => row.byName)).toEqual([
        'Demo contributor',
        'Demo editor',
        'Demo contributor',
      ])
    })

    it('should show a contributor the owner of its own post only', async () => {
      const own = (await contributor.rest('GET', `/api/posts/${postId}?draft=true&depth=0`)).body
      expect(own.owner).toBeTruthy()
      const others = (await contributor.rest('GET', '/api/posts?depth=0&limit=100')).body.docs as {
        id: string
        owner?: string
      }[]
      const notOwn = others.filter((post) => post.id !== postId)
      expect(notOwn.length).toBeGreaterThan(0)
      expect(notOwn.filter((post) => post.owner && post.owner !== own.owner)).toEqual([])
      const byOwner = await contributor.rest('GET', `/api/posts?where[owner][exists]=true`)
      expect(byOwner.status).toBe(400)
      expect(JSON.stringify(byOwner.body)).toContain('owner')
    })

    it('should show the public no email at all', async () => {
      expect(await addressesSeenBy(ctx.anonymous)).toEqual({})
    })

    it('should still show the team’s emails to an editor (the crawl can see them)', async () => {
      const seen = Object.keys(await addressesSeenBy(editor, 'editor@example.com'))
      expect(seen).toEqual(
        expect.arrayContaining(['contributor@example.com', 'author@example.com']),
      )
      expect(seen).not.toContain('admin@example.com')
    })
  })

  describe('logins', () => {
    const attempt = async (email: string, password: string) => {
      const started = performance.now()
      const { status, body } = await ctx.anonymous.rest('POST', '/api/users/login', {
        email,
        password,
      })
      return {
        status,
        message: body.errors?.[0]?.message as string,
        ms: performance.now() - started,
      }
    }
    const median = (values: number[]) =>
      [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!

    beforeAll(async () => {
      for (const name of ['timing', 'locked'])
        await ctx.admin.rest('POST', '/api/users', {
          email: `${name}@example.com`,
          password: DEMO_PASSWORD,
          roles: ['contributor'],
        })
    })

    it('should answer an unknown email as slowly and in the same words as a wrong password', async () => {
      const known: number[] = []
      const unknown: number[] = []
      const messages = new Set<string>()
      // Interleaved, so load on the machine falls on both alike; fewer than the lockout's five.
      for (let round = 0; round < 3; round++) {
        const wrong = await attempt('timing@example.com', WRONG_PASSWORD)
        const nobody = await attempt(`nobody-${round}@example.com`, WRONG_PASSWORD)
        expect([wrong.status, nobody.status]).toEqual([401, 401])
        known.push(wrong.ms)
        unknown.push(nobody.ms)
        messages.add(wrong.message).add(nobody.message)
      }
      expect([...messages]).toEqual(['The email or password provided is incorrect.'])
      // Both hash the password; before, an unknown email answered in a few milliseconds.
      expect(median(unknown)).toBeGreaterThan(median(known) * 0.5)
    })

    it('should lock after five wrong passwords, and say so in no other words', async () => {
      const answers = []
      for (let tries = 0; tries < 5; tries++)
        answers.push(await attempt('locked@example.com', WRONG_PASSWORD))
      const right = await attempt('locked@example.com', DEMO_PASSWORD)
      const unknown = await attempt('nobody-at-all@example.com', WRONG_PASSWORD)
      // The right password no longer opens it, and nothing tells the account is locked.
      expect(right.status).toBe(401)
      expect(new Set([...answers, right, unknown].map((answer) => answer.message))).toEqual(
        new Set(['The email or password provided is incorrect.']),
      )
      expect(right.ms).toBeGreaterThan(median(answers.map((answer) => answer.ms)) * 0.5)
      const graph = await ctx.anonymous.graphql(
        'mutation($email: String!, $password: String) { loginUser(email: $email, password: $password) { token } }',
        { email: 'locked@example.com', password: DEMO_PASSWORD },
      )
      const wrongGraph = await ctx.anonymous.graphql(
        'mutation($email: String!, $password: String) { loginUser(email: $email, password: $password) { token } }',
        { email: 'nobody-at-all@example.com', password: WRONG_PASSWORD },
      )
      expect(graph.body.errors[0].message).toBe(wrongGraph.body.errors[0].message)
      expect(graph.body.errors[0].extensions.name).toBe(wrongGraph.body.errors[0].extensions.name)
    })
  })

  describe('public submissions', () => {
    let token: string
    let openedAt: number

    beforeAll(async () => {
      const issued = await ctx.anonymous.rest('POST', '/api/comments/form-token')
      expect(issued.status).toBe(200)
      token = issued.body.formToken
      openedAt = Date.parse(issued.body.openedAt)
    })

    const comment = (data: Record<string, unknown>) => ({
      post: published,
      name: 'Ailsa',
      email: reader('ailsa'),
      body: 'A thoughtful reply about the talks, written slowly.',
      ...data,
    })
    const pathOf = (body: any) => body.errors?.[0]?.data?.errors?.[0]?.path
    /** The form rule is time itself: a person takes at least three seconds to write. */
    const writeForThreeSeconds = () =>
      new Promise((resolve) => setTimeout(resolve, Math.max(0, openedAt + 3100 - Date.now())))

    it('should refuse a form sent at once, a forged token and a bare startedAt, naming formToken', async () => {
      const quick = await ctx.anonymous.rest('POST', '/api/comments', comment({ formToken: token }))
      expect(quick.status).toBe(400)
      expect(pathOf(quick.body)).toBe('formToken')
      expect(quick.body.errors[0].data.errors[0].message).toMatch(/sent \d s after it opened/)

      const [prefix, , signature] = token.split('.')
      const backdated = `${prefix}.${openedAt - 60_000}.${signature}`
      const forged = await ctx.anonymous.rest(
        'POST',
        '/api/comments',
        comment({ formToken: backdated }),
      )
      expect(forged.status).toBe(400)
      expect(forged.body.errors[0].data.errors[0].message).toMatch(/not a token this site issued/)

      const old = await ctx.anonymous.rest(
        'POST',
        '/api/comments',
        comment({ startedAt: openedAt - 60_000 }),
      )
      expect(old.status).toBe(400)
      expect(pathOf(old.body)).toBe('formToken')

      const graph = await ctx.anonymous.graphql(
        'mutation($data: mutationCommentInput!) { createComment(data: $data) { id } }',
        { data: comment({ formToken: backdated }) },
      )
      expect(graph.body.errors[0].extensions.statusCode).toBe(400)
      expect(graph.body.errors[0].extensions.data.errors[0].path).toBe('formToken')
    })

    it('should refuse server-owned fields and _status by name, storing nothing', async () => {
      await writeForThreeSeconds()
      const email = reader('backdater')
      for (const [field, value] of [
        ['createdAt', '2001-01-01T00:00:00.000Z'],
        ['updatedAt', '2001-01-01T00:00:00.000Z'],
        ['id', '00000000-0000-4000-8000-000000000000'],
        ['_status', 'published'],
      ]) {
        const answer = await ctx.anonymous.rest(
          'POST',
          '/api/comments',
          comment({ email, formToken: token, [field!]: value }),
        )
        expect([field, answer.status, pathOf(answer.body)]).toEqual([field, 400, field])
      }
      const graph = await ctx.anonymous.graphql(
        'mutation($data: mutationCommentInput!) { createComment(data: $data) { id createdAt } }',
        { data: comment({ email, formToken: token, createdAt: '2001-01-01T00:00:00.000Z' }) },
      )
      expect(graph.body.errors[0].extensions.statusCode).toBe(400)
      expect(graph.body.errors[0].extensions.data.errors[0].path).toBe('createdAt')
      const question = await ctx.anonymous.rest('POST', '/api/reader-questions', {
        name: 'Iain',
        email,
        question: 'When did you start painting icons?',
        formToken: token,
        createdAt: '2001-01-01T00:00:00.000Z',
      })
      expect([question.status, pathOf(question.body)]).toEqual([400, 'createdAt'])
      const stored = await ctx.admin.rest('GET', `/api/comments?where[email][equals]=${email}`)
      expect(stored.body.totalDocs).toBe(0)
    })

    it('should refuse a honeypot holding anything, of any type', async () => {
      await writeForThreeSeconds()
      for (const website of [1, true, {}, ['x'], 'http://spam.example']) {
        const answer = await ctx.anonymous.rest(
          'POST',
          '/api/comments',
          comment({ formToken: token, website }),
        )
        expect([website, answer.status]).toEqual([website, 400])
      }
    })

    it('should take a comment and a question with a token the server signed a few seconds ago', async () => {
      await writeForThreeSeconds()
      const taken = await ctx.anonymous.rest(
        'POST',
        '/api/comments',
        comment({ formToken: token, website: '' }),
      )
      expect(taken.status).toBe(201)
      const graph = await ctx.anonymous.graphql(
        'mutation($data: mutationCommentInput!) { createComment(data: $data) { id } }',
        { data: comment({ formToken: token }) },
      )
      expect(graph.body.errors).toBeUndefined()
      // Question forms fetch their token beside the form, the same way.
      const issued = await ctx.anonymous.rest('POST', '/api/reader-questions/form-token')
      expect(issued.status).toBe(200)
      expect(issued.body.formToken).toMatch(/^f1\.\d+\./)
      const question = await ctx.anonymous.rest('POST', '/api/reader-questions', {
        name: 'Iain',
        email: reader('iain'),
        question: 'When did you start painting icons?',
        formToken: token,
      })
      expect(question.status).toBe(201)
    })
  })

  describe('uploads', () => {
    it.each([
      [16_000, 16_000],
      [20_000, 20_000],
    ])(
      'should refuse a %i x %i PNG of a few bytes with a 400 naming the limit',
      async (width, height) => {
        const before = (await ctx.admin.rest('GET', '/api/media?limit=0')).body.totalDocs
        const { status, body } = await uploadFile(
          ctx.server.url,
          ctx.admin.token(),
          { name: `huge-${width}.png`, type: 'image/png', data: hugePng(width, height) },
          { alt: 'An enormous grey square' },
        )
        expect(status).toBe(400)
        expect(body.errors[0].data.errors[0]).toEqual({
          path: 'file',
          message: expect.stringContaining(
            `images can be at most ${MAX_IMAGE_MEGAPIXELS} megapixels`,
          ),
        })
        expect((await ctx.admin.rest('GET', '/api/media?limit=0')).body.totalDocs).toBe(before)
      },
    )
  })
})
