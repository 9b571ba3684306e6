/**
 * Redirects on two server processes sharing one database: renaming a published post or category
 * (over REST, as an editor) makes its old address answer 301 with the new one in both processes;
 * chains collapse, an address that is live again answers itself; editors add redirects by hand,
 * others may not touch the table.
 */
import { apiClient, type ApiClient } from '../helpers/client'
import { testDatabase, type TestDatabase } from '../helpers/database'
import { DEMO_PASSWORD } from '../helpers/seededServer'
import { startServer, type RunningServer } from '../helpers/server'
import { waitFor } from '../helpers/waitFor'
import { must } from './feedsFixtures'

describe('redirects', () => {
  let db: TestDatabase
  const servers: RunningServer[] = []
  let editor: ApiClient
  let anonymous: ApiClient

  /** Where `path` leads on a server: the Location of a 301, or the status. */
  const answer = async (server: RunningServer, path: string) => {
    const response = await fetch(`${server.url}${path}`, { redirect: 'manual' })
    await response.arrayBuffer()
    return response.status === 301
      ? new URL(response.headers.get('location')!, server.url).pathname +
          new URL(response.headers.get('location')!, server.url).search
      : response.status
  }
  /** Every process answers `path` with `expected`, soon (the table follows the shared generation). */
  const everywhere = async (path: string, expected: string | number) => {
    for (const server of servers)
      await waitFor(async () => (await answer(server, path)) === expected, 10_000).catch(
        async () => {
          throw new Error(`${server.url}${path}: ${await answer(server, path)}, not ${expected}`)
        },
      )
  }

  beforeAll(async () => {
    db = testDatabase('site-redirects')
    const env = { ...db.env, DEMO_PASSWORD }
    servers.push(await startServer({ ...env, SEED_DEMO: 'true' }))
    servers.push(await startServer(env))
    editor = apiClient(servers[0]!.url)
    await editor.login('editor@example.com', DEMO_PASSWORD)
    anonymous = apiClient(servers[1]!.url)
  }, 300_000)

  afterAll(async () => {
    await Promise.all(servers.map((server) => server.stop()))
    db?.cleanup()
  })

  it("a published post's renamed slug: the old address answers 301, chains collapse", async () => {
    const post = (await must('posts', anonymous.rest('GET', '/api/posts?limit=1&depth=0'))).docs[0]
    const first = post.slug as string
    const rename = async (slug: string) => {
      await must('rename', editor.rest('PATCH', `/api/posts/${post.id}`, { slug }))
      const live = await must(
        'live',
        anonymous.rest('GET', `/api/posts?where[slug][equals]=${slug}&depth=0`),
      )
      expect(live.docs).toHaveLength(1)
    }
    await rename(`${first}-renamed`)
    await everywhere(`/posts/${first}`, `/posts/${first}-renamed`)
    // A query string is kept.
    await everywhere(`/posts/${first}?ref=feed`, `/posts/${first}-renamed?ref=feed`)

    await rename(`${first}-again`)
    await everywhere(`/posts/${first}`, `/posts/${first}-again`)
    await everywhere(`/posts/${first}-renamed`, `/posts/${first}-again`)

    // Back to the first slug: that address is live again and answers itself.
    await rename(first)
    await everywhere(`/posts/${first}-again`, `/posts/${first}`)
    for (const server of servers) expect(await answer(server, `/posts/${first}`)).not.toBe(301)
    const rows = await must(
      'rows',
      editor.rest('GET', `/api/redirects?where[from][equals]=/posts/${first}`),
    )
    expect(rows.docs).toHaveLength(0)
  })

  it("a category's renamed slug moves its page and its feeds", async () => {
    const category = (await must('categories', anonymous.rest('GET', '/api/categories?limit=1')))
      .docs[0]
    const slug = category.slug as string
    await must(
      'rename',
      editor.rest('PATCH', `/api/categories/${category.id}`, { slug: `${slug}-moved` }),
    )
    await everywhere(`/categories/${slug}`, `/categories/${slug}-moved`)
    await everywhere(`/categories/${slug}/feed.xml`, `/categories/${slug}-moved/feed.xml`)
    const feed = await fetch(`${servers[1]!.url}/categories/${slug}/atom.xml`)
    expect(feed.status).toBe(200)
    expect(await feed.text()).toContain(`/categories/${slug}-moved`)
  })

  it('editors add redirects by hand; a chain A → B → C answers C at once', async () => {
    await must(
      'B to C',
      editor.rest('POST', '/api/redirects', {
        from: '/old/b',
        to: { type: 'custom', url: '/posts/somewhere' },
      }),
    )
    await must(
      'A to B',
      editor.rest('POST', '/api/redirects', {
        from: `${servers[0]!.url}/old/a/`,
        to: { type: 'custom', url: '/old/b' },
      }),
    )
    await everywhere('/old/a', '/posts/somewhere')
    await everywhere('/old/b', '/posts/somewhere')
  })

  it('refuses addresses off the site and people without the capability', async () => {
    const bad = await editor.rest('POST', '/api/redirects', {
      from: 'https://elsewhere.example/x',
      to: { type: 'custom', url: '/posts/x' },
    })
    expect(bad.status).toBe(400)
    expect(JSON.stringify(bad.body)).toContain('from')
    const script = await editor.rest('POST', '/api/redirects', {
      from: '/x',
      to: { type: 'custom', url: 'javascript:alert(1)' },
    })
    expect(script.status).toBe(400)

    const author = apiClient(servers[0]!.url)
    await author.login('author@example.com', DEMO_PASSWORD)
    const row = { from: '/by-author', to: { type: 'custom', url: '/posts/x' } }
    expect((await author.rest('POST', '/api/redirects', row)).status).toBe(403)
    expect([401, 403]).toContain((await anonymous.rest('POST', '/api/redirects', row)).status)
    expect([401, 403]).toContain((await anonymous.rest('GET', '/api/redirects')).status)
  })
})
