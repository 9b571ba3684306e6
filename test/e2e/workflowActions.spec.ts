/**
 * The workflow's action buttons in a real browser (Debian's Chromium, production build, demo
 * site): a contributor submits a new post and withdraws it; an editor schedules a brand-new post
 * (just opened with Create New) and it goes live; an editor requests changes through the dialog,
 * whose note is required there. In every flow no error toast appears and the server logs no
 * form-state error.
 */
import type { Browser, Page } from 'playwright-core'

import {
  actionButton,
  choose,
  collectErrorToasts,
  dateTimeLocal,
  field,
  offeredActions,
  standing,
  takeAction,
} from '../helpers/adminUi'
import { adminLogin, launchBrowser, newSession, screenshot } from '../helpers/browser'
import { apiClient } from '../helpers/client'
import { DEMO_PASSWORD, startSeededServer, type SeededServer } from '../helpers/seededServer'
import { freePort } from '../helpers/server'
import { waitFor } from '../helpers/waitFor'

const FLOW_TIMEOUT = 240_000
/** What the server logs when the admin cannot build a document's form. */
const FORM_STATE_ERROR = /error building form state|buildFormState/i

describe('the workflow actions in the admin', () => {
  let ctx: SeededServer
  let browser: Browser
  let page: Page
  let errorToasts: string[]
  let logFrom: number

  /** A fresh browser session for one person; error toasts are collected from its first page. */
  async function signIn(email: string): Promise<Page> {
    const session = await newSession(browser, ctx.server.url)
    errorToasts = await collectErrorToasts(session.context)
    await adminLogin(session.page, email, DEMO_PASSWORD)
    return session.page
  }

  const draftOf = async (collection: string, id: string) =>
    (await ctx.admin.rest('GET', `/api/${collection}/${id}?draft=true&depth=0`)).body
  const idFromUrl = (url: string) => url.split('?')[0]!.split('/').at(-1)!

  beforeAll(async () => {
    const port = await freePort()
    ctx = await startSeededServer('e2e-workflow-actions', {
      PORT: String(port),
      SERVER_URL: `http://127.0.0.1:${port}`,
      JOBS_CRON: '*/2 * * * * *',
    })
    browser = await launchBrowser()
  })

  beforeEach(() => {
    logFrom = ctx.server.output().length
  })

  afterEach(async () => {
    await page?.context().close()
    expect(errorToasts).toEqual([])
    const log = ctx.server.output().slice(logFrom)
    expect(log.split('\n').filter((line) => FORM_STATE_ERROR.test(line))).toEqual([])
  })

  afterAll(async () => {
    await browser?.close()
    await ctx?.stop()
  })

  it(
    'should let a contributor submit a new post for review and withdraw it with the buttons',
    async () => {
      page = await signIn('contributor@example.com')
      await page.goto('/admin/collections/posts/create')
      await page.locator('#field-title').waitFor()
      // The writer's own author profile is offered, and no stage menu is.
      await field(page, 'relationship', 'Authors')
        .locator('.rs__multi-value', { hasText: 'Ruth' })
        .waitFor()
      expect(await field(page, 'select', 'Stage').count()).toBe(0)
      expect(await offeredActions(page)).toEqual(['Submit for review'])

      await page.locator('#field-title').fill('Notes on gesso')
      await takeAction(page, 'Submit for review', { stage: 'in_review' })
      const id = idFromUrl(page.url())
      expect(await standing(page)).toBe('In review — never published')
      expect(await offeredActions(page)).toEqual(['Withdraw'])
      expect(await draftOf('posts', id)).toMatchObject({
        title: 'Notes on gesso',
        stage: 'in_review',
      })
      await screenshot(page, 'workflow-actions-contributor')

      await takeAction(page, 'Withdraw', { stage: 'draft' })
      expect(await standing(page)).toBe('Draft — never published')
      expect(await offeredActions(page)).toEqual(['Submit for review'])
      const stored = await draftOf('posts', id)
      expect(stored.stage).toBe('draft')
      expect(stored.history.map((row: { to: string }) => row.to)).toEqual(['in_review', 'draft'])
    },
    FLOW_TIMEOUT,
  )

  it(
    'should let an editor schedule a brand-new post a few seconds ahead, which then goes live by itself',
    async () => {
      page = await signIn('editor@example.com')
      await page.goto('/admin/collections/posts/create')
      await page.locator('#field-title').fill('A winter exhibition opens')
      await choose(page, field(page, 'relationship', 'Authors'), 'Douglas M Webb')
      // Payload's own "Schedule Publish" drawer is gone: the Schedule action is the one way.
      expect(await page.locator('#schedule-publish').count()).toBe(0)
      expect(await offeredActions(page)).toEqual(['Submit for review', 'Schedule', 'Publish'])

      await actionButton(page, 'Schedule').click()
      const dialog = page.locator('dialog[data-workflow-dialog="time"][open]')
      const when = dialog.getByLabel(/Publish at/)
      await expect(when.evaluate((input) => input === document.activeElement)).resolves.toBe(true)
      await screenshot(page, 'workflow-actions-editor-schedule')
      await dialog.getByRole('button', { name: 'Cancel', exact: true }).click()
      await dialog.waitFor({ state: 'detached' })
      const at = new Date(Date.now() + 8_000)
      await takeAction(page, 'Schedule', { answer: dateTimeLocal(at), stage: 'scheduled' })
      expect(await standing(page)).toMatch(/^Scheduled for /)

      const id = idFromUrl(page.url())
      const stored = await draftOf('posts', id)
      expect(stored.stage).toBe('scheduled')
      expect(Math.abs(new Date(stored.publishAt).getTime() - at.getTime())).toBeLessThan(1_000)
      const live = await waitFor(
        async () => {
          const { status, body } = await ctx.anonymous.rest('GET', `/api/posts/${id}?depth=0`)
          return status === 200 && body._status === 'published' ? body : false
        },
        90_000,
        1_000,
      )
      expect(live).toMatchObject({ title: 'A winter exhibition opens', stage: 'published' })
    },
    FLOW_TIMEOUT,
  )

  it(
    'should ask an editor for the note of "Request changes" in a dialog, where it is required',
    async () => {
      const writer = apiClient(ctx.server.url)
      await writer.login('contributor@example.com', DEMO_PASSWORD)
      const created = await writer.rest('POST', '/api/posts?draft=true', {
        title: 'On egg tempera',
        stage: 'in_review',
      })
      expect(created.status).toBe(201)
      const id = String(created.body.doc.id)

      page = await signIn('editor@example.com')
      await page.goto(`/admin/collections/posts/${id}`)
      await page.locator('[data-workflow-status="in_review"]').waitFor()
      expect(await offeredActions(page)).toEqual([
        'Request changes',
        'Approve',
        'Schedule',
        'Publish',
      ])

      await actionButton(page, 'Request changes').click()
      const dialog = page.locator('dialog[data-workflow-dialog="note"][open]')
      const note = dialog.getByLabel(/What should change\?/)
      await expect(note.evaluate((input) => input === document.activeElement)).resolves.toBe(true)
      await expect(dialog.locator('label').innerText()).resolves.toContain('(required)')
      // Without the note nothing is sent: the dialog says what is missing, next to the field.
      let sent = 0
      const count = (request: { method: () => string; url: () => string }) => {
        if (request.method() === 'PATCH' && request.url().includes(`/api/posts/${id}`)) sent++
      }
      page.on('request', count)
      await dialog.getByRole('button', { name: 'Request changes', exact: true }).click()
      await dialog.getByRole('alert').waitFor()
      await expect(dialog.getByRole('alert').innerText()).resolves.toMatch(/needs a note/)
      await expect(note.getAttribute('aria-invalid')).resolves.toBe('true')
      page.off('request', count)
      expect(sent).toBe(0)

      // Escape closes the dialog and gives focus back to the button that opened it.
      await page.keyboard.press('Escape')
      await dialog.waitFor({ state: 'detached' })
      await expect(
        actionButton(page, 'Request changes').evaluate((b) => b === document.activeElement),
      ).resolves.toBe(true)

      await takeAction(page, 'Request changes', {
        answer: 'Say which pigments the recipe uses.',
        stage: 'changes_requested',
      })
      expect(await standing(page)).toBe('Changes requested — never published')
      const stored = await draftOf('posts', id)
      expect(stored.stage).toBe('changes_requested')
      expect(stored.history.at(-1)).toMatchObject({
        from: 'in_review',
        to: 'changes_requested',
        note: 'Say which pigments the recipe uses.',
      })
    },
    FLOW_TIMEOUT,
  )
})
