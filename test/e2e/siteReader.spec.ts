/**
 * A reader in Chromium, without any JavaScript of ours: reads the house rules above the comment
 * form, sees a political comment held in the owner's words and a calm disagreement from a
 * trusted email published, rewrites a heated comment during its cool-off, and subscribes to
 * replies, gets the email (local SMTP) when a moderator approves one, and unsubscribes with it.
 */
import path from 'node:path'

import type { Browser, Page } from 'playwright-core'

import { ANALYSIS, REVIVAL_SLUG } from '../../src/seed/content/posts'
import { launchBrowser, newSession, screenshot } from '../helpers/browser'
import { startSeededServer, type SeededServer } from '../helpers/seededServer'
import { startSmtpServer, type TestSmtpServer } from '../helpers/smtpServer'
import { waitFor } from '../helpers/waitFor'

let ctx: SeededServer
let smtp: TestSmtpServer
let browser: Browser

beforeAll(async () => {
  smtp = await startSmtpServer()
  ctx = await startSeededServer('site-reader-e2e', {
    SMTP_HOST: smtp.host,
    SMTP_PORT: String(smtp.port),
    JOBS_CRON: '* * * * * *',
    SUBMISSIONS_PER_MINUTE_PER_IP: '50',
  })
  browser = await launchBrowser()
}, 240_000)

afterAll(async () => {
  await browser?.close()
  await ctx?.stop()
  await smtp?.close()
})

/** Fills the comment form as a person does, and sends it once the form has been open 3 s. */
async function comment(
  page: Page,
  fields: { name: string; email: string; body: string; notify?: boolean },
) {
  const token = await page.locator('form#respond input[name=formToken]').getAttribute('value')
  const openedAt = Number(token!.split('.')[1])
  await page.getByLabel('Name').fill(fields.name)
  await page.getByLabel('Email (never shown)').fill(fields.email)
  await page.getByLabel('Comment', { exact: true }).fill(fields.body)
  if (fields.notify) await page.getByLabel('Email me when someone replies').check()
  // A person takes a few seconds; the server refuses a form sent sooner.
  await waitFor(() => Date.now() - openedAt > 3_200, 10_000)
  await page.locator('#comment-submit').click()
  await page.waitForLoadState('domcontentloaded')
}

it('should show the house rules, hold a political comment and publish a calm disagreement', async () => {
  const { context, page } = await newSession(browser, ctx.server.url)
  try {
    await page.goto(`/posts/${ANALYSIS.slug}`)
    const policy = page.locator('.comment-policy')
    expect(await policy.innerText()).toContain('Thank you for reading')
    const policyBox = (await policy.boundingBox())!
    const formBox = (await page.locator('form#respond').boundingBox())!
    expect(policyBox.y).toBeLessThan(formBox.y)

    await comment(page, {
      name: 'Moira',
      email: 'moira@example.net',
      body: 'Whoever wins the election will face the same dead end, surely.',
    })
    const held = await page.locator('#verdict').innerText()
    expect(held).toContain('waiting for the author')
    expect(held).toContain('This blog stays out of party politics')
    await screenshot(page, 'site-reader-held-comment')

    await page.goto(`/posts/${ANALYSIS.slug}`)
    const calm = 'I read the same reports and came away less pessimistic; the last pause did hold.'
    await comment(page, { name: 'Ailsa Morrison', email: 'ailsa.morrison@example.net', body: calm })
    expect(await page.locator('#verdict').innerText()).toContain('your comment is published')
    expect(await page.locator('.thread').innerText()).toContain(calm)

    // For the README: the thread with the published comment, then a held one's verdict.
    await page.goto(`/posts/${ANALYSIS.slug}`)
    await comment(page, {
      name: 'Callum',
      email: 'callum@example.net',
      body: 'The next election will decide this, whichever candidate wins the vote.',
    })
    expect(await page.locator('#verdict').innerText()).toContain('party politics')
    await page.locator('#comments').screenshot({
      path: path.resolve('docs', 'screenshots', 'site-comment-held.png'),
    })
  } finally {
    await context.close()
  }
})

it('should let a heated comment be rewritten during its cool-off', async () => {
  const { context, page } = await newSession(browser, ctx.server.url)
  try {
    await page.goto(`/posts/${ANALYSIS.slug}`)
    await comment(page, {
      name: 'Hamish',
      email: 'hamish@example.net',
      body: 'THIS IS THE MOST DISHONEST THING I HAVE EVER READ ON THIS BLOG!!!',
    })
    await page.getByRole('link', { name: 'Rewrite or withdraw your comment' }).click()
    await page.waitForURL(/\/cool-off\?token=/)
    const box = page.getByLabel('Your comment')
    expect(await box.inputValue()).toContain('MOST DISHONEST')
    await box.fill('I disagree, and calmly: the talks in spring got further than you say.')
    await page.getByRole('button', { name: 'Send the rewrite' }).click()
    await page.waitForLoadState('domcontentloaded')
    expect(await page.locator('#verdict').innerText()).toMatch(/waiting for the author|published/)
    await screenshot(page, 'site-reader-cool-off')
  } finally {
    await context.close()
  }
})

it('should email a subscriber about an approved reply and unsubscribe with the link', async () => {
  const { context, page } = await newSession(browser, ctx.server.url)
  try {
    await page.goto(`/posts/${REVIVAL_SLUG}`)
    const mine = 'Were the meetings in Barvas held in the church or in homes at first?'
    await comment(page, {
      name: 'Ailsa Morrison',
      email: 'ailsa.morrison@example.net',
      body: mine,
      notify: true,
    })
    expect(await page.locator('#verdict').innerText()).toContain('published')

    await page.goto(`/posts/${REVIVAL_SLUG}`)
    const mineId = await page.locator('.comment', { hasText: mine }).first().getAttribute('id')
    await page.locator(`#${mineId} .reply-link a`).click()
    await page.waitForURL(/\/reply/)
    await comment(page, {
      name: 'Calum',
      email: 'calum@example.net',
      body: 'In homes first, as my grandmother remembered it.',
    })
    expect(await page.locator('#verdict').innerText()).toContain('waiting for the author')

    // A moderator approves the reply.
    const held = (
      await ctx.admin.rest(
        'GET',
        `/api/comments?where[body][equals]=${encodeURIComponent('In homes first, as my grandmother remembered it.')}`,
      )
    ).body.docs[0]
    expect(
      (await ctx.admin.rest('PATCH', `/api/comments/${held.id}`, { status: 'approved' })).status,
    ).toBe(200)
    const [email] = (await waitFor(() => {
      const list = smtp.messages.filter((m) => m.envelope.to.includes('ailsa.morrison@example.net'))
      return list.length > 0 ? list : undefined
    }, 20_000))!
    expect(email!.text).toContain('In homes first')
    const link = /Stop emails about replies: (\S+)/.exec(email!.text)![1]!

    await page.goto(link)
    await page.getByRole('button', { name: 'Stop emails about replies' }).click()
    await page.waitForLoadState('domcontentloaded')
    expect(await page.locator('#verdict').innerText()).toContain('no more emails about replies')
    const parent = (
      await ctx.admin.rest('GET', `/api/comments?where[body][equals]=${encodeURIComponent(mine)}`)
    ).body.docs[0]
    expect(parent.notifyReplies).toBe(false)
    await screenshot(page, 'site-reader-unsubscribed')
  } finally {
    await context.close()
  }
})
