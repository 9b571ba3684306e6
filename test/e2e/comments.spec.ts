/**
 * The comment policy and the moderation queue in Debian's Chromium, against the production build
 * on a temp database holding the demo site: the owner adds a watch-word rule through its form and
 * a reader's matching comment is held with the owner's wording; a moderator reads the verdict in
 * words, approves the comment with one click, and marks another as spam from the queue.
 * Screenshots: test-results/browser/policy-rule-form.png and comment-verdict.png.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core'

import { collectErrorToasts } from '../helpers/adminUi'
import { adminLogin, launchBrowser, newSession, screenshot } from '../helpers/browser'
import { openedFormToken } from '../helpers/formToken'
import { DEMO_PASSWORD, startSeededServer, type SeededServer } from '../helpers/seededServer'
import { freePort } from '../helpers/server'
import { waitFor } from '../helpers/waitFor'

const FLOW_TIMEOUT = 300_000

const RULE = {
  title: 'Keep pilgrimages out of it',
  message: 'Pilgrimage plans are for the parish notices; the author will read this one first.',
}
const COMMENT = 'Is anyone else on the Iona pilgrimage in May? We could meet at the abbey.'

describe('comment rules and moderation in a real browser', () => {
  let ctx: SeededServer
  let browser: Browser
  const sessions: BrowserContext[] = []
  const toasts: string[][] = []

  async function signIn(email: string): Promise<Page> {
    const { context, page } = await newSession(browser, ctx.server.url)
    sessions.push(context)
    toasts.push(await collectErrorToasts(context))
    await adminLogin(page, email, DEMO_PASSWORD)
    return page
  }

  beforeAll(async () => {
    const port = await freePort()
    ctx = await startSeededServer('e2e-comments', {
      PORT: String(port),
      SERVER_URL: `http://127.0.0.1:${port}`,
    })
    browser = await launchBrowser()
  })

  afterAll(async () => {
    for (const context of sessions) await context.close().catch(() => undefined)
    await browser?.close()
    await ctx?.stop()
  })

  const revival = async () =>
    (
      await ctx.anonymous.rest(
        'GET',
        '/api/posts?where[slug][equals]=the-revival-in-the-hebrides&depth=0',
      )
    ).body.docs[0].id as string

  let heldId: string

  it(
    'should let the owner add a watch-word rule through its form, and hold a matching comment with its wording',
    async () => {
      const policy = (await ctx.admin.rest('GET', '/api/comment-policies?limit=1&depth=0')).body
        .docs[0]
      const index = policy.rules.length as number
      const page = await signIn('admin@example.com')
      await page.goto(`/admin/collections/comment-policies/${policy.id}`)
      // Existing rules are listed by title and kind in words.
      await page.locator('[data-rule-label]', { hasText: 'No political comments' }).waitFor()
      expect(await page.locator('[data-rule-label]').allInnerTexts()).toContain(
        '01. No political comments — Watch words',
      )
      expect(await page.locator('.json-field, .code-editor').count()).toBe(0)

      await page.getByText('Add Rule', { exact: true }).click()
      await page.locator('.blocks-drawer__block', { hasText: 'Watch words' }).first().click()
      const row = page.locator(`#rules-row-${index}`)
      // Rules open collapsed, so the list reads as titles; the new one is opened to fill it in.
      await row.locator('[data-rule-label]', { hasText: 'Untitled rule — Watch words' }).waitFor()
      await row.locator('.collapsible__toggle').first().click()
      await row.locator('[data-rule-help="watchWords"]').waitFor()
      await page.locator(`#field-rules__${index}__title`).fill(RULE.title)
      await page.locator(`#field-rules__${index}__message`).fill(RULE.message)
      await row.getByRole('button', { name: 'Add Word' }).click()
      await page.locator(`#field-rules__${index}__words__0__word`).fill('pilgrimage*')
      await expect(row.locator('[data-rule-label]').innerText()).resolves.toBe(
        `${String(index + 1).padStart(2, '0')}. ${RULE.title} — Watch words`,
      )
      await row.scrollIntoViewIfNeeded()
      await screenshot(page, 'policy-rule-form')

      const saved = page.waitForResponse(
        (response) =>
          response.request().method() === 'PATCH' &&
          response.url().includes(`/api/comment-policies/${policy.id}`),
      )
      await page.getByRole('button', { name: 'Save', exact: true }).click()
      expect((await saved).status()).toBe(200)
      const stored = (await ctx.admin.rest('GET', `/api/comment-policies/${policy.id}`)).body
      expect(stored.rules[index]).toMatchObject({
        blockType: 'watchWords',
        title: RULE.title,
        words: [{ word: 'pilgrimage*' }],
      })

      // A reader posts a matching comment, as a frontend does.
      const { status, body } = await ctx.anonymous.rest('POST', '/api/comments', {
        post: await revival(),
        name: 'Catriona',
        email: 'catriona@example.net',
        body: COMMENT,
        formToken: openedFormToken(30),
      })
      expect(status).toBe(201)
      expect(body.doc.outcome.result).toBe('held')
      expect(body.doc.outcome.messages).toContain(RULE.message)
      heldId = body.doc.id
    },
    FLOW_TIMEOUT,
  )

  it(
    'should let a moderator read the verdict in words, approve with one click and mark spam from the queue',
    async () => {
      const page = await signIn('moderator@example.com')
      await page.goto('/admin/collections/comments?where[status][equals]=pending')
      const political = page.locator('table tbody tr', { hasText: 'Kenneth Ross' })
      await expect(political.locator('[data-fired-rules]').innerText()).resolves.toContain(
        'No political comments',
      )
      const row = page.locator('table tbody tr', { hasText: 'Iona pilgrimage' })
      await expect(row.locator('[data-fired-rules]').innerText()).resolves.toContain(RULE.title)
      await expect(row.innerText()).resolves.toContain('Held for review')

      await row.locator('a').first().click()
      const verdict = page.locator('[data-verdict]')
      await verdict.waitFor()
      const fired = verdict.locator(`[data-fired-rule="${RULE.title}"]`)
      await expect(fired.innerText()).resolves.toContain('Watch words: hold for review')
      await expect(fired.locator('[data-fired-detail]').innerText()).resolves.toBe(
        'matched "pilgrimage"',
      )
      await expect(fired.innerText()).resolves.toContain(RULE.message)
      expect(await page.locator('.json-field, .code-editor').count()).toBe(0)
      // The reader's words are theirs: shown, not editable.
      expect(await page.locator('#field-body').isEditable()).toBe(false)
      await screenshot(page, 'comment-verdict')

      const moderation = page.getByRole('group', { name: 'Moderation' })
      const saved = page.waitForResponse(
        (response) =>
          response.request().method() === 'PATCH' &&
          response.url().includes(`/api/comments/${heldId}`),
      )
      await moderation.getByRole('button', { name: 'Approve', exact: true }).click()
      expect((await saved).status()).toBe(200)
      await waitFor(
        async () =>
          (await ctx.admin.rest('GET', `/api/comments/${heldId}`)).body.status === 'approved',
        15_000,
        200,
      )
      await page
        .locator('[data-moderation-actions] button:disabled', { hasText: 'Approve' })
        .waitFor()

      // One click on the selected rows of the queue.
      await page.goto('/admin/collections/comments?where[status][equals]=pending')
      const links = page.locator('table tbody tr', { hasText: 'example.org/lewis-1949' })
      await links.locator('input[type="checkbox"]').check()
      const bulk = page.getByRole('group', { name: 'Moderate selected comments' })
      const patched = page.waitForResponse(
        (response) =>
          response.request().method() === 'PATCH' && response.url().includes('/api/comments?'),
      )
      await bulk.getByRole('button', { name: 'Spam', exact: true }).click()
      expect((await patched).status()).toBe(200)
      const fiona = (await ctx.admin.rest('GET', '/api/comments?where[name][equals]=Fiona&depth=0'))
        .body.docs[0]
      expect(fiona.status).toBe('spam')
      await page.locator('table tbody tr', { hasText: 'example.org/lewis-1949' }).waitFor({
        state: 'detached',
      })
      expect(toasts.flat()).toEqual([])
    },
    FLOW_TIMEOUT,
  )
})
