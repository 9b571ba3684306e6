/**
 * The reader site in Chromium: an editor opens Live Preview on a post in the admin, types a new
 * title, and the preview pane shows it; and the site's pages as a reader sees them (screenshots
 * of home, a post and the gallery go to docs/screenshots/).
 */
import fs from 'node:fs'
import path from 'node:path'

import type { Browser } from 'playwright-core'

import { adminLogin, launchBrowser, newSession, screenshot } from '../helpers/browser'
import { DEMO_PASSWORD, startSeededServer, type SeededServer } from '../helpers/seededServer'
import { freePort } from '../helpers/server'

const SCREENSHOTS = path.resolve('docs', 'screenshots')

describe('the reader site in a browser', () => {
  let ctx: SeededServer
  let browser: Browser

  beforeAll(async () => {
    const port = await freePort()
    ctx = await startSeededServer('e2e-site-preview', {
      PORT: String(port),
      SERVER_URL: `http://127.0.0.1:${port}`,
    })
    browser = await launchBrowser()
  })
  afterAll(async () => {
    await browser?.close()
    await ctx?.stop()
  })

  it('should show an editor’s typed title in the Live Preview pane', async () => {
    const posts = (
      await ctx.admin.rest('GET', '/api/posts?where[slug][equals]=the-revival-in-the-hebrides')
    ).body.docs
    const { context, page } = await newSession(browser, ctx.server.url)
    try {
      await adminLogin(page, 'editor@example.com', DEMO_PASSWORD)
      await page.goto(`/admin/collections/posts/${posts[0].id}`)
      await page.locator('#live-preview-toggler').click()
      const pane = page.frameLocator('#live-preview-iframe')
      await pane.locator('main h1', { hasText: 'The Revival in the Hebrides' }).waitFor()
      await pane.getByText('Preview of the latest draft').waitFor()

      const title = page.locator('#field-title')
      await title.fill('The Revival in the Hebrides, revisited')
      // Autosave runs every few seconds; the pane re-renders after each save.
      await pane
        .locator('main h1', { hasText: 'The Revival in the Hebrides, revisited' })
        .waitFor({ timeout: 60_000 })
      await screenshot(page, 'site-live-preview')

      // Readers still see the published title.
      const live = await fetch(`${ctx.server.url}/posts/the-revival-in-the-hebrides`)
      expect(await live.text()).not.toContain('revisited')
    } finally {
      await context.close()
    }
  })

  it('should show the site’s 404 for a missing post', async () => {
    const { context, page } = await newSession(browser, ctx.server.url)
    try {
      const response = await page.goto('/posts/no-such-post')
      expect(response?.status()).toBe(404)
      await page.locator('main h1', { hasText: 'Page not found' }).waitFor()
      expect(await page.locator('.site-title').innerText()).toBe('Notes from the Narrow Road')
      expect(await page.locator('nav[aria-label="Categories"] a').count()).toBeGreaterThan(0)
    } finally {
      await context.close()
    }
  })

  it('should look like a blog: home, a post with its blocks, the gallery', async () => {
    const { context, page } = await newSession(browser, ctx.server.url)
    await page.setViewportSize({ width: 1280, height: 900 })
    try {
      fs.mkdirSync(SCREENSHOTS, { recursive: true })
      await page.goto('/')
      await page.screenshot({ path: path.join(SCREENSHOTS, 'site-home.png'), fullPage: true })

      await page.goto('/posts/why-the-ceasefire-talks-keep-failing')
      await page.locator('.pull-quote').first().scrollIntoViewIfNeeded()
      await page.screenshot({ path: path.join(SCREENSHOTS, 'site-post.png') })

      await page.goto('/galleries/judis-icons')
      await page.screenshot({ path: path.join(SCREENSHOTS, 'site-gallery.png'), fullPage: true })
      expect(await page.locator('.gallery-items li').count()).toBe(3)
    } finally {
      await context.close()
    }
  })
})
