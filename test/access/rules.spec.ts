import { TOKEN_EXPIRATION_SECONDS } from '../../collections/Users'
import { apiClient, type ApiClient } from '../helpers/client'
import { DEMO_PASSWORD, startSeededServer, type SeededServer } from '../helpers/seededServer'

describe('rules that cut across the table', () => {
  let ctx: SeededServer
  const as: Record<string, ApiClient> = {}

  beforeAll(async () => {
    ctx = await startSeededServer('access-rules')
    for (const role of ['editor', 'contributor', 'moderator']) {
      as[role] = apiClient(ctx.server.url)
      await as[role]!.login(`${role}@example.com`, DEMO_PASSWORD)
    }
  })
  afterAll(() => ctx?.stop())

  const userId = async (email: string) =>
    (await ctx.admin.rest('GET', `/api/users?where[email][equals]=${encodeURIComponent(email)}`))
      .body.docs[0].id as string
  const rolesOf = async (id: string) => (await ctx.admin.rest('GET', `/api/users/${id}`)).body.roles

  it('should let only an admin run the jobs queue on demand', async () => {
    // Payload's run endpoint answers a refusal with 401 whoever asks.
    for (const client of [as.contributor!, as.moderator!, as.editor!, ctx.anonymous]) {
      const refused = await client.rest('GET', '/api/payload-jobs/run')
      expect(refused.status).toBe(401)
      expect(refused.body.message).toMatch(/not allowed|unauthorized/i)
    }
    expect((await ctx.admin.rest('GET', '/api/payload-jobs/run')).status).toBe(200)
  })

  it('should let everyone read the site settings but only editors and admins change them', async () => {
    expect((await ctx.anonymous.rest('GET', '/api/globals/site-settings')).status).toBe(200)
    const denied = await as.contributor!.rest('POST', '/api/globals/site-settings', {
      tagline: 'hijacked',
    })
    expect(denied.status).toBe(403)
    const publicDenied = await ctx.anonymous.graphql(
      'mutation { updateSiteSetting(data: { tagline: "hijacked" }) { tagline } }',
    )
    expect(publicDenied.body.errors[0]).toMatchObject({
      message: expect.stringMatching(/^Sign in/),
      extensions: { statusCode: 401 },
    })
    expect((await ctx.anonymous.rest('GET', '/api/globals/site-settings')).body.tagline).not.toBe(
      'hijacked',
    )
    const allowed = await as.editor!.rest('POST', '/api/globals/site-settings', {
      tagline: 'Edited by the editor',
    })
    expect(allowed.status).toBe(200)
    expect((await ctx.anonymous.rest('GET', '/api/globals/site-settings')).body.tagline).toBe(
      'Edited by the editor',
    )
  })

  it('should refuse role changes by non-admins and by anyone on their own account, with 403', async () => {
    const contributorId = await userId('contributor@example.com')
    const byEditor = await as.editor!.rest('PATCH', `/api/users/${contributorId}`, {
      roles: ['editor'],
    })
    expect(byEditor.status).toBe(403)
    expect(byEditor.body.errors[0].message).toBe('Only an administrator can change roles.')
    // Editing someone else's account at all is refused too, naming what was refused.
    const renameOther = await as.editor!.rest('PATCH', `/api/users/${contributorId}`, {
      name: 'Renamed',
    })
    expect(renameOther.status).toBe(403)
    expect(renameOther.body.errors[0].message).toBe('Your role (editor) may not update users here.')
    const editorId = await userId('editor@example.com')
    const ownRoles = await as.editor!.rest('PATCH', `/api/users/${editorId}`, { roles: ['admin'] })
    expect(ownRoles.status).toBe(403)
    expect(ownRoles.body.errors[0].message).toBe('Only an administrator can change roles.')

    const self = await as.contributor!.rest('PATCH', `/api/users/${contributorId}`, {
      roles: ['admin'],
    })
    expect(self.status).toBe(403)

    const adminId = await userId('admin@example.com')
    const adminSelf = await ctx.admin.graphql(
      'mutation($id: String!) { updateUser(id: $id, data: { roles: [editor] }) { roles } }',
      { id: adminId },
    )
    expect(adminSelf.body.errors[0].message).toBe(
      'Nobody changes their own roles: ask another administrator.',
    )
    expect(await rolesOf(contributorId)).toEqual(['contributor'])
    expect(await rolesOf(adminId)).toEqual(['admin'])

    // A user may still edit the rest of their own account.
    const rename = await as.contributor!.rest('PATCH', `/api/users/${contributorId}`, {
      name: 'Ruth (contributor)',
    })
    expect(rename.status).toBe(200)
  })

  it('should never let the last administrator be demoted or deleted', async () => {
    const firstAdmin = await userId('admin@example.com')
    const created = await ctx.admin.rest('POST', '/api/users', {
      email: 'second-admin@example.org',
      password: 'second-admin-password',
      roles: ['admin'],
    })
    expect(created.status).toBe(201)
    const second = apiClient(ctx.server.url)
    await second.login('second-admin@example.org', 'second-admin-password')

    // With two admins, one may demote the other...
    expect(
      (await second.rest('PATCH', `/api/users/${firstAdmin}`, { roles: ['editor'] })).status,
    ).toBe(200)
    // ...and now the second is the last: it cannot be deleted, by itself or anyone.
    const secondId = created.body.doc.id
    const deleted = await second.rest('DELETE', `/api/users/${secondId}`)
    expect(deleted.status).toBe(409)
    expect(deleted.body.errors[0].message).toMatch(/last administrator/)
    expect((await second.rest('GET', `/api/users/${secondId}`)).status).toBe(200)
    // Restore: the first admin gets the role back from the second.
    expect(
      (await second.rest('PATCH', `/api/users/${firstAdmin}`, { roles: ['admin'] })).status,
    ).toBe(200)
    await ctx.admin.login('admin@example.com', DEMO_PASSWORD)
  })

  it("should show emails only to their owner, admins, and editors (not admins' emails)", async () => {
    const { body: editorView } = await as.editor!.rest('GET', '/api/users?limit=100')
    const admin = editorView.docs.find((doc: { roles: string[] }) => doc.roles.includes('admin'))
    const contributor = editorView.docs.find((doc: { roles: string[] }) =>
      doc.roles.includes('contributor'),
    )
    expect(admin.email).toBeUndefined()
    expect(contributor.email).toBe('contributor@example.com')

    const { body: own } = await as.moderator!.rest('GET', '/api/users?limit=100')
    expect(own.docs.map((doc: { email: string }) => doc.email)).toEqual(['moderator@example.com'])
    const gql = await as.editor!.graphql('{ Users(limit: 100) { docs { email roles } } }')
    const adminRow = gql.body.data.Users.docs.find((doc: { roles: string[] }) =>
      doc.roles.includes('admin'),
    )
    expect(adminRow.email).toBeNull()
  })

  it('should lock an account for ten minutes after five failed logins', async () => {
    await ctx.admin.rest('POST', '/api/users', {
      email: 'forgetful@example.org',
      password: 'the-right-password',
      roles: ['contributor'],
    })
    const client = apiClient(ctx.server.url)
    for (let attempt = 0; attempt < 5; attempt++) {
      const { status } = await client.rest('POST', '/api/users/login', {
        email: 'forgetful@example.org',
        password: 'wrong',
      })
      expect(status).toBe(401)
    }
    const locked = await client.rest('POST', '/api/users/login', {
      email: 'forgetful@example.org',
      password: 'the-right-password',
    })
    // The right password is refused, in the words of a wrong one: nobody learns the account is locked.
    expect(locked.status).toBe(401)
    expect(locked.body.errors[0].message).toBe('The email or password provided is incorrect.')
    const { body } = await ctx.admin.rest(
      'GET',
      `/api/users?where[email][equals]=forgetful@example.org`,
    )
    // The counters themselves stay private, even to admins over the API.
    expect(body.docs[0].loginAttempts).toBeUndefined()
  })

  it('should issue tokens for a working day, in SameSite cookies that are Secure in production', async () => {
    const response = await fetch(`${ctx.server.url}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'moderator@example.com', password: DEMO_PASSWORD }),
    })
    const body = await response.json()
    expect(body.exp - Math.floor(Date.now() / 1000)).toBeGreaterThan(TOKEN_EXPIRATION_SECONDS - 60)
    expect(body.exp - Math.floor(Date.now() / 1000)).toBeLessThanOrEqual(TOKEN_EXPIRATION_SECONDS)
    const cookie = response.headers.get('set-cookie') ?? ''
    expect(cookie).toMatch(/payload-token=/)
    expect(cookie).toMatch(/SameSite=Lax/i)
    expect(cookie).toMatch(/Secure/)
    expect(cookie).toMatch(/HttpOnly/i)
  })

  it('should refuse GraphQL introspection and the playground in production', async () => {
    const { body } = await ctx.anonymous.graphql('{ __schema { types { name } } }')
    expect(body.data?.__schema).toBeFalsy()
    expect(body.errors[0].message).toMatch(/introspection/i)
    expect((await fetch(`${ctx.server.url}/api/graphql-playground`)).status).toBe(404)
  })

  it('should refuse an overly complex GraphQL query before running it', async () => {
    const nested =
      'relatedPosts { title relatedPosts { title relatedPosts { title relatedPosts { title } } } }'
    const fields = Array.from(
      { length: 30 },
      (_, i) => `p${i}: Posts(limit: 100) { docs { title ${nested} } }`,
    ).join(' ')
    const { status, body } = await ctx.anonymous.graphql(`{ ${fields} }`)
    expect(status).toBeLessThan(500)
    expect(body.errors[0].message).toMatch(/complexity/i)
  })

  it('should allow cross-origin calls only from configured origins', async () => {
    const preflight = (origin: string) =>
      fetch(`${ctx.server.url}/api/posts`, {
        method: 'OPTIONS',
        headers: { origin, 'access-control-request-method': 'GET' },
      })
    expect(
      (await preflight('https://evil.example')).headers.get('access-control-allow-origin'),
    ).toBeNull()
    expect((await preflight(ctx.server.url)).headers.get('access-control-allow-origin')).toBe(
      ctx.server.url,
    )
  })
})
