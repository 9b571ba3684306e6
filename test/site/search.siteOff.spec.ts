/**
 * SITE=off, for owners with their own frontend: the server answers the admin and the API only.
 * The home page sends people to the admin, the site's pages are not found, and the API, GraphQL
 * and the admin work as before.
 */
import { apiClient } from '../helpers/client'
import { DEMO_PASSWORD, startSeededServer, type SeededServer } from '../helpers/seededServer'

describe('SITE=off', () => {
  let ctx: SeededServer

  beforeAll(async () => {
    ctx = await startSeededServer('site-off', { SITE: 'off' })
  })
  afterAll(async () => {
    await ctx?.stop()
  })

  const get = (path: string, init: RequestInit = {}) =>
    fetch(`${ctx.server.url}${path}`, { redirect: 'manual', ...init })

  it('should send the home page to the admin', async () => {
    const response = await get('/')
    expect(response.status).toBe(302)
    expect(response.headers.get('location')).toBe('/admin')
  })

  it.each(['/posts/why-the-ceasefire-talks-keep-failing', '/posts/x', '/search?q=icon', '/ask'])(
    'should answer %s with 404',
    async (path) => {
      const response = await get(path)
      expect(response.status).toBe(404)
      expect(await response.text()).not.toContain('<html')
    },
  )

  it('should still serve REST and GraphQL to the public', async () => {
    const rest = await ctx.anonymous.rest(
      'GET',
      '/api/posts?where[slug][equals]=why-the-ceasefire-talks-keep-failing&depth=0',
    )
    expect([rest.status, rest.body.docs?.[0]?.title]).toEqual([
      200,
      'Why the ceasefire talks keep failing',
    ])
    const graphql = await ctx.anonymous.graphql('{ Posts(limit: 1) { docs { title } } }')
    expect(graphql.status).toBe(200)
    expect(graphql.body.data.Posts.docs).toHaveLength(1)
  })

  it('should still serve the admin and sign people in', async () => {
    const login = await get('/admin/login')
    expect(login.status).toBe(200)
    expect(await login.text()).toContain('<html')
    const editor = apiClient(ctx.server.url)
    await editor.login('editor@example.com', DEMO_PASSWORD)
    const me = await editor.rest('GET', '/api/users/me')
    expect(me.body.user.email).toBe('editor@example.com')
    const admin = await get('/admin', { headers: { cookie: `payload-token=${editor.token()}` } })
    expect(admin.status).toBe(200)
  })
})
