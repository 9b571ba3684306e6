/**
 * The admin works with no internet: every page an admin can open (the dashboard, each
 * collection's list, create view and an existing document, each global, the account) loads in
 * Debian's Chromium with every request to anywhere but 127.0.0.1 blocked, and none of them tries
 * to leave the machine or logs a console error. The pages come from the admin's own navigation,
 * so a new collection is checked without editing this file.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core'

import { adminLogin, launchBrowser, newSession } from '../helpers/browser'
import { openedFormToken } from '../helpers/formToken'
import { DEMO_PASSWORD, startSeededServer, type SeededServer } from '../helpers/seededServer'

/** Collections whose documents only the server writes: no create view. */
const NO_CREATE_VIEW = new Set(['webhook-deliveries'])

type Problem = { page: string; kind: 'request' | 'console'; text: string }

describe('the admin offline', () => {
  let ctx: SeededServer
  let browser: Browser
  let context: BrowserContext
  let page: Page
  let current = ''
  const problems: Problem[] = []

  beforeAll(async () => {
    ctx = await startSeededServer('e2e-offline', {
      // A webhook target on this machine that nobody answers: the delivery shows up in the admin.
      WEBHOOK_URLS: 'http://127.0.0.1:9/hooks/cms?token=offline-test-token',
      WEBHOOK_SECRET: 'offline-webhook-secret-0123456789',
    })
    // The demo has no comments, reader questions or deliveries yet: one of each.
    const post = (
      await ctx.anonymous.rest('GET', '/api/posts?where[slug][equals]=the-revival-in-the-hebrides')
    ).body.docs[0]
    const comment = await ctx.anonymous.rest('POST', '/api/comments', {
      post: post.id,
      name: 'Mairi',
      email: 'mairi@example.net',
      body: 'My grandmother was on Lewis in 1950 and spoke of those meetings all her life.',
      formToken: openedFormToken(60),
    })
    expect(comment.status).toBe(201)
    const question = await ctx.anonymous.rest('POST', '/api/reader-questions', {
      name: 'Marguerite',
      email: 'marguerite@example.net',
      question: 'How long does one icon take to paint?',
      consentToPublish: true,
      formToken: openedFormToken(60),
    })
    expect(question.status).toBe(201)
    const edited = await ctx.admin.rest('PATCH', `/api/posts/${post.id}`, {
      excerpt: 'A revival on Lewis, told by those who were there.',
    })
    expect(edited.status).toBe(200)
    // Nor any redirect: an editor's hand-made one.
    const redirect = await ctx.admin.rest('POST', '/api/redirects', {
      from: '/about-the-author',
      to: { type: 'custom', url: '/authors/douglas-m-webb' },
    })
    expect(redirect.status).toBe(201)

    browser = await launchBrowser()
    ;({ context, page } = await newSession(browser, ctx.server.url))
    await context.route('**/*', async (route) => {
      const url = new URL(route.request().url())
      if (url.hostname === '127.0.0.1' || ['data:', 'blob:'].includes(url.protocol))
        return route.continue()
      problems.push({ page: current, kind: 'request', text: url.href })
      return route.abort('blockedbyclient')
    })
    page.on('console', (message) => {
      if (message.type() === 'error')
        problems.push({ page: current, kind: 'console', text: message.text() })
    })
    page.on('pageerror', (error) =>
      problems.push({ page: current, kind: 'console', text: String(error) }),
    )
    await adminLogin(page, 'admin@example.com', DEMO_PASSWORD)
  })

  afterAll(async () => {
    await context?.close().catch(() => undefined)
    await browser?.close()
    await ctx?.stop()
  })

  /** Opens a page and waits until it has finished loading what it loads. */
  async function visit(path: string, pattern: string) {
    current = pattern
    const response = await page.goto(path)
    expect(response?.status()).toBeLessThan(400)
    await page.locator('.template-default, .template-minimal').first().waitFor()
    await page.waitForLoadState('networkidle')
  }

  it('should load every admin page with outside requests blocked, without a request leaving the machine or a console error', async () => {
    await visit('/admin', '/admin')
    const links = await page
      .locator('nav a[href^="/admin/collections/"], nav a[href^="/admin/globals/"]')
      .evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href')!))
    const collections = [...new Set(links.filter((href) => href.includes('/collections/')))]
    const globals = [...new Set(links.filter((href) => href.includes('/globals/')))]
    expect(collections.length).toBeGreaterThan(8)
    expect(globals.length).toBeGreaterThan(0)

    const checked = ['/admin']
    for (const list of collections) {
      const slug = list.split('/').at(-1)!
      await visit(list, list)
      checked.push(list)
      if (!NO_CREATE_VIEW.has(slug)) {
        await visit(`${list}/create`, `${list}/create`)
        checked.push(`${list}/create`)
      }
      const { body } = await ctx.admin.rest('GET', `/api/${slug}?limit=1&depth=0&draft=true`)
      const id = body.docs?.[0]?.id as string | undefined
      expect([slug, id === undefined ? 'has no document' : 'has a document']).toEqual([
        slug,
        'has a document',
      ])
      await visit(`${list}/${id}`, `${list}/:id`)
      checked.push(`${list}/:id`)
    }
    for (const global of globals) {
      await visit(global, global)
      checked.push(global)
    }
    await visit('/admin/account', '/admin/account')
    checked.push('/admin/account')

    console.log(`Admin pages checked offline (${checked.length}):\n${checked.join('\n')}`)
    expect(problems).toEqual([])
  }, 600_000)
})
