/**
 * The admin as its people use it, clicked through in Debian's Chromium against the production
 * build on a temp database holding the demo site. The five flows run in order on one server:
 * the editor's flow picks up the post the contributor's flow submitted, as it would in a day's work.
 * Each flow ends with a screenshot under test-results/browser/.
 */
import fs from 'node:fs'
import path from 'node:path'

import type { Browser, BrowserContext, Page } from 'playwright-core'
import sharp from 'sharp'

import { adminLogin, launchBrowser, newSession, RESULTS_DIR, screenshot } from '../helpers/browser'
import {
  actionButton,
  backToDashboard,
  choose,
  dateTimeLocal,
  drag,
  field,
  offeredActions,
  openDocument,
  standing,
  takeAction,
} from '../helpers/adminUi'
import { apiClient, type ApiClient } from '../helpers/client'
import { openedFormToken } from '../helpers/formToken'
import { DEMO_PASSWORD, startSeededServer, type SeededServer } from '../helpers/seededServer'
import { freePort } from '../helpers/server'
import { makeTempDir } from '../helpers/tempDir'
import { waitFor } from '../helpers/waitFor'

/** A flow is a minute or two of clicking on a busy 2-core machine. */
const FLOW_TIMEOUT = 300_000

const POST_TITLE = 'Why icon painters say they write'
const POST_SLUG = 'why-icon-painters-say-they-write'

type Node = {
  type: string
  tag?: string
  url?: string
  text?: string
  children?: Node[]
  fields?: Record<string, unknown>
  value?: unknown
}
const walk = (node: Node): Node[] => [node, ...(node.children ?? []).flatMap(walk)]

describe('the admin in a real browser', () => {
  let ctx: SeededServer
  let browser: Browser
  let imageFile: string
  let removeTemp: () => void
  const sessions: BrowserContext[] = []

  /** A signed-in browser session of its own (cookies apart) for one person. */
  async function signIn(email: string): Promise<Page> {
    const { context, page } = await newSession(browser, ctx.server.url)
    sessions.push(context)
    await adminLogin(page, email, DEMO_PASSWORD)
    return page
  }

  const postBySlug = async (client: ApiClient, draft = false) =>
    (
      await client.rest(
        'GET',
        `/api/posts?where[slug][equals]=${POST_SLUG}&depth=0${draft ? '&draft=true' : ''}`,
      )
    ).body.docs[0]
  /** What the server holds is the proof of a save, whichever path (button or autosave) made it. */
  const stageIs = (stage: string) =>
    waitFor(async () => (await postBySlug(ctx.admin, true))?.stage === stage, 15_000, 250)

  beforeAll(async () => {
    const port = await freePort()
    // The admin's own requests carry the page's origin; CSRF accepts only SERVER_URL's.
    ctx = await startSeededServer('e2e-admin', {
      PORT: String(port),
      SERVER_URL: `http://127.0.0.1:${port}`,
      JOBS_CRON: '*/2 * * * * *',
    })
    browser = await launchBrowser()
    const temp = makeTempDir('e2e-images')
    removeTemp = temp.remove
    imageFile = path.join(temp.dir, 'gold-leaf.png')
    fs.writeFileSync(
      imageFile,
      await sharp({
        create: { width: 120, height: 90, channels: 3, background: { r: 190, g: 150, b: 50 } },
      })
        .png()
        .toBuffer(),
    )
  })

  afterAll(async () => {
    for (const context of sessions) await context.close().catch(() => undefined)
    await browser?.close()
    await ctx?.stop()
    removeTemp?.()
  })

  let contributorPage: Page

  it(
    '1. a contributor writes a post with a heading, pull quote, link and image, and submits it; Publish is not offered',
    async () => {
      const page = (contributorPage = await signIn('contributor@example.com'))
      await page.goto('/admin/collections/posts/create')
      const editor = page.locator('[data-lexical-editor="true"]').first()
      await editor.waitFor()
      await page.locator('#field-title').fill(POST_TITLE)

      await editor.click()
      await page.keyboard.type(
        'Icon painters in the Orthodox tradition speak of writing an icon rather than painting it. ',
      )
      await page.keyboard.press('Enter')
      // Markdown shortcuts, as writers type them: "## " makes a heading, [text](url) a link.
      await page.keyboard.type('## The language of gold')
      await page.keyboard.press('Enter')
      await page.keyboard.type(
        'A good start is this [guide to egg tempera](https://example.org/egg-tempera) and a steady hand. ',
      )
      await page.keyboard.press('Enter')

      await page.keyboard.type('/pull')
      await page.locator('.slash-menu-popup__item-block-pullQuote').click()
      const quote = page.locator('.LexicalEditorTheme__block-pullQuote')
      await quote
        .locator('textarea[name="quote"]')
        .fill('The gold ground is not a background; it is light.')
      await quote.locator('input[name="speaker"]').fill('A teacher of iconography')

      await editor.locator('p.LexicalEditorTheme__paragraph').last().click()
      await page.keyboard.type('/upload')
      await page.locator('.slash-menu-popup__item', { hasText: 'Upload' }).first().click()
      const mediaList = page.locator('dialog.list-drawer.drawer--is-open')
      await mediaList.getByText('Create New', { exact: true }).click()
      const mediaForm = page.locator('dialog.drawer--is-open').last()
      await mediaForm.locator('input[type="file"]').setInputFiles(imageFile)
      await mediaForm.locator('#field-alt').fill('A square of gold leaf laid on a gessoed board.')
      await mediaForm.getByRole('button', { name: 'Save', exact: true }).click()
      await editor.locator('.lexical-upload, [data-lexical-decorator="true"] img').first().waitFor()

      await choose(page, field(page, 'relationship', 'Authors'), 'Douglas M Webb')
      // The writer's one move is a button; there is no stage menu and no Publish.
      expect(await field(page, 'select', 'Stage').count()).toBe(0)
      expect(await offeredActions(page)).toEqual(['Submit for review'])
      await takeAction(page, 'Submit for review', { stage: 'in_review' })

      // Payload's Publish button is not there for a contributor, before or after submitting.
      await page.reload()
      await page.locator('[data-lexical-editor="true"]').first().waitFor()
      expect(await page.getByRole('button', { name: /publish/i }).count()).toBe(0)

      const editor2 = apiClient(ctx.server.url)
      await editor2.login('editor@example.com', DEMO_PASSWORD)
      const post = await postBySlug(editor2, true)
      expect(post).toMatchObject({ title: POST_TITLE, stage: 'in_review', _status: 'draft' })
      const nodes = walk(post.content.root)
      expect(nodes.find((node) => node.type === 'heading')).toMatchObject({ tag: 'h2' })
      expect(nodes.find((node) => node.type === 'heading')?.children?.[0]?.text).toBe(
        'The language of gold',
      )
      expect(nodes.find((node) => node.type === 'link')?.fields).toMatchObject({
        url: 'https://example.org/egg-tempera',
      })
      expect(nodes.find((node) => node.type === 'block')?.fields).toMatchObject({
        blockType: 'pullQuote',
        quote: 'The gold ground is not a background; it is light.',
        speaker: 'A teacher of iconography',
      })
      const upload = nodes.find((node) => node.type === 'upload')
      expect(upload).toMatchObject({ relationTo: 'media' })
      const media = (await editor2.rest('GET', `/api/media/${String(upload?.value)}`)).body
      expect(media).toMatchObject({
        alt: 'A square of gold leaf laid on a gessoed board.',
        mimeType: 'image/png',
      })
      // The public sees nothing of it yet.
      expect(await postBySlug(ctx.anonymous)).toBeUndefined()

      await screenshot(page, '1-contributor-submitted')
      await backToDashboard(page)
    },
    FLOW_TIMEOUT,
  )

  it(
    '2. an editor requests changes, the contributor revises and resubmits, the editor approves and schedules it, and it goes live',
    async () => {
      const editorPage = await signIn('editor@example.com')
      const review = editorPage.locator('[data-queue="review"]')
      await expect(review.locator('a', { hasText: POST_TITLE }).count()).resolves.toBe(1)
      await openDocument(editorPage, () => review.locator('a', { hasText: POST_TITLE }).click())

      await takeAction(editorPage, 'Request changes', {
        answer: 'Please say where the phrase comes from.',
        stage: 'changes_requested',
      })
      await stageIs('changes_requested')
      await backToDashboard(editorPage)

      // The contributor's dashboard lists it with the editor's note.
      const page = contributorPage
      await page.reload()
      const changes = page.locator('[data-queue="changes"]')
      await expect(changes.innerText()).resolves.toContain(
        'Please say where the phrase comes from.',
      )
      await openDocument(page, () => changes.locator('a', { hasText: POST_TITLE }).click())
      const editor = page.locator('[data-lexical-editor="true"]').first()
      await editor.locator('p.LexicalEditorTheme__paragraph').first().click()
      await page.keyboard.press('End')
      await page.keyboard.type('The Greek word graphein means both to write and to draw.')
      // Autosave keeps the revision before the writer reaches for the button.
      await waitFor(
        async () =>
          JSON.stringify((await postBySlug(ctx.admin, true))?.content).includes('graphein'),
        30_000,
        250,
      )
      await takeAction(page, 'Submit for review', { stage: 'in_review' })
      await stageIs('in_review')
      await backToDashboard(page)

      await editorPage.reload()
      await openDocument(editorPage, () =>
        editorPage.locator('[data-queue="review"] a', { hasText: POST_TITLE }).click(),
      )
      await takeAction(editorPage, 'Approve', { stage: 'approved' })
      await stageIs('approved')

      const at = new Date(Date.now() + 8_000)
      await takeAction(editorPage, 'Schedule', { answer: dateTimeLocal(at), stage: 'scheduled' })

      const stored = await postBySlug(ctx.admin, true)
      expect(stored.stage).toBe('scheduled')
      expect(Math.abs(new Date(stored.publishAt).getTime() - at.getTime())).toBeLessThan(1_000)
      expect(stored.history.map((row: { to: string }) => row.to)).toEqual([
        'in_review',
        'changes_requested',
        'in_review',
        'approved',
        'scheduled',
      ])

      // The scheduled job publishes it; a frontend then finds it over REST and GraphQL.
      const live = await waitFor(
        async () => (await postBySlug(ctx.anonymous)) ?? false,
        90_000,
        1_000,
      )
      expect(live).toMatchObject({ title: POST_TITLE, stage: 'published', _status: 'published' })
      const { body } = await ctx.anonymous.graphql(
        'query($slug: String) { Posts(where: { slug: { equals: $slug } }) { docs { title stage } } }',
        { slug: POST_SLUG },
      )
      expect(body.data.Posts.docs).toEqual([{ title: POST_TITLE, stage: 'published' }])
      const text = JSON.stringify(live.content)
      expect(text).toContain('graphein')

      await editorPage.reload()
      await editorPage.locator('[data-lexical-editor="true"]').first().waitFor()
      await editorPage.waitForLoadState('networkidle')
      // The history reads as what happened, row by row.
      const history = await editorPage
        .locator('[id^="history-row-"] .array-field__row-header')
        .allInnerTexts()
      expect(history[0]).toMatch(/^01\. Draft → In review, by Demo contributor, /)
      expect(history.at(-1)).toMatch(/^06\. Scheduled → Published/)
      await screenshot(editorPage, '2-editor-scheduled-and-live')
    },
    FLOW_TIMEOUT,
  )

  it(
    '3. the artist builds a gallery of three artworks from a picker that offers each once, reorders the rows labelled with their titles by dragging and publishes; GraphQL gives that order',
    async () => {
      const page = await signIn('author@example.com')
      // The artworks list shows each work's thumbnail.
      await page.goto('/admin/collections/artworks')
      await page.locator('table tbody tr img').nth(2).waitFor()

      await page.goto('/admin/collections/galleries/create')
      await page.locator('#field-title').fill('Icons for the winter evenings')
      const works = ['Madonna and Child', 'Christ Pantocrator', 'Saint Nicholas']
      // Each row is labelled with its artwork's title (and thumbnail), read from the row header.
      const labelled = () => page.locator('[data-gallery-row-title]').allInnerTexts()
      for (const [index, title] of works.entries()) {
        await page.getByRole('button', { name: 'Add Artwork' }).click()
        const picker = field(page.locator(`#items-row-${index}`), 'relationship', 'Artwork')
        // The picker offers only works not yet in the gallery.
        await picker.locator('.rs__control').click()
        await page.locator('.rs__option').first().waitFor()
        const offered = (await page.locator('.rs__option').allInnerTexts()).map((t) => t.trim())
        await page.keyboard.press('Escape')
        for (const chosen of works.slice(0, index)) expect(offered).not.toContain(chosen)
        expect(offered).toContain(title)
        await choose(page, picker, title)
        await waitFor(async () => (await labelled())[index] === title, 10_000, 200)
      }
      expect(await labelled()).toEqual(works)
      // Each label carries the artwork's thumbnail too.
      const rows = page.locator('#field-items')
      await rows.locator('[data-gallery-row-label] img').nth(2).waitFor()
      await expect(rows.locator('[data-gallery-row-label] img').count()).resolves.toBe(3)

      // Saint Nicholas, last, is dragged to the top by its labelled row.
      await drag(
        page,
        page.locator('#items-row-2 .collapsible__drag'),
        page.locator('#items-row-0 .collapsible__drag'),
      )
      await waitFor(async () => (await labelled())[0] === 'Saint Nicholas', 10_000, 200)
      expect(await labelled()).toEqual([
        'Saint Nicholas',
        'Madonna and Child',
        'Christ Pantocrator',
      ])
      const rowTitles = () =>
        page.locator('[id^="items-row-"] .relationship--single-value__text').allInnerTexts()
      // Every row's picker still shows its artwork after the move.
      await waitFor(async () => (await rowTitles()).length === 3, 10_000, 200)
      expect(await rowTitles()).toEqual([
        'Saint Nicholas',
        'Madonna and Child',
        'Christ Pantocrator',
      ])
      fs.mkdirSync(RESULTS_DIR, { recursive: true })
      await rows.screenshot({ path: path.join(RESULTS_DIR, 'gallery-rows.png') })

      await takeAction(page, 'Submit for review', { stage: 'in_review' })
      const id = page.url().split('?')[0]!.split('/').at(-1)!
      await waitFor(
        async () =>
          (await ctx.admin.rest('GET', `/api/galleries/${id}?draft=true&depth=0`)).body.stage ===
          'in_review',
        15_000,
        250,
      )
      // An editor approves (the review itself is flow 2); then the artist publishes.
      const approved = await ctx.admin.rest('PATCH', `/api/galleries/${id}?draft=true`, {
        stage: 'approved',
      })
      expect(approved.status).toBe(200)
      await page.reload()
      await page.locator('[data-workflow-status="approved"]').waitFor()
      expect(await standing(page)).toBe('Approved — ready to publish')
      expect(await offeredActions(page)).toEqual(['Schedule', 'Publish'])
      const published = page.waitForResponse(
        (response) =>
          response.request().method() === 'PATCH' &&
          response.url().includes(`/api/galleries/${id}`),
      )
      await actionButton(page, 'Publish').click()
      expect((await published).status()).toBe(200)
      await page.locator('[data-workflow-status="published"]').waitFor()

      const { body } = await ctx.anonymous.graphql(
        'query { Galleries(where: { title: { equals: "Icons for the winter evenings" } }) { docs { stage items { artwork { title } } } } }',
      )
      expect(body.data.Galleries.docs).toHaveLength(1)
      expect(body.data.Galleries.docs[0].stage).toBe('published')
      expect(
        body.data.Galleries.docs[0].items.map(
          (item: { artwork: { title: string } }) => item.artwork.title,
        ),
      ).toEqual(['Saint Nicholas', 'Madonna and Child', 'Christ Pantocrator'])
      await screenshot(page, '3-artist-gallery-published')
    },
    FLOW_TIMEOUT,
  )

  it(
    '4. a moderator sees a held political comment with its rule, approves one comment and marks another as spam in bulk',
    async () => {
      const post = (
        await ctx.anonymous.rest(
          'GET',
          '/api/posts?where[slug][equals]=the-revival-in-the-hebrides&depth=0',
        )
      ).body.docs[0]
      const submit = async (name: string, email: string, body: string) => {
        const { status, body: answer } = await ctx.anonymous.rest('POST', '/api/comments', {
          post: post.id,
          name,
          email,
          body,
          formToken: openedFormToken(60),
        })
        expect(status).toBe(201)
        return answer.doc.id as string
      }
      const political = await submit(
        'Pat',
        'pat@example.net',
        'Whoever wins the election next year should read this before voting on anything.',
      )
      const kind = await submit(
        'Mairi',
        'mairi@example.net',
        'My grandmother was on Lewis in 1950 and spoke of those meetings all her life.',
      )
      const junk = await submit(
        'Deals',
        'deals@example.net',
        'Great post!!! Cheap watches at cheap-watches dot example, best prices today.',
      )
      const statusOf = async (id: string) =>
        (await ctx.admin.rest('GET', `/api/comments/${id}`)).body.status as string
      for (const id of [political, kind, junk]) expect(await statusOf(id)).toBe('pending')

      const page = await signIn('moderator@example.com')
      const queue = page.locator('[data-queue="comments"]')
      // The three just posted and the demo's three held ones.
      await expect(queue.locator('[data-count]').getAttribute('data-count')).resolves.toBe('6')
      await queue.locator('h3 a').click()
      await page.locator('table tbody tr').first().waitFor()
      const politicalRow = page.locator('table tbody tr', { hasText: 'Whoever wins the election' })
      await expect(politicalRow.innerText()).resolves.toContain('No political comments')

      // Approve one from its own page.
      await page
        .locator('table tbody tr', { hasText: 'My grandmother was on Lewis' })
        .locator('a')
        .first()
        .click()
      await choose(page, field(page, 'select', 'Status'), 'approved', false)
      const saved = page.waitForResponse(
        (response) =>
          response.request().method() === 'PATCH' &&
          response.url().includes(`/api/comments/${kind}`),
      )
      await page.getByRole('button', { name: 'Save', exact: true }).click()
      expect((await saved).status()).toBe(200)

      // Mark another as spam with the list's bulk edit.
      await page.goto('/admin/collections/comments?where[status][equals]=pending')
      const junkRow = page.locator('table tbody tr', { hasText: 'Cheap watches' })
      await junkRow.locator('input[type="checkbox"]').check()
      await page.getByRole('button', { name: 'Edit', exact: true }).click()
      const bulk = page.locator('dialog.drawer--is-open').last()
      await choose(page, bulk.locator('.field-select'), 'Status', false)
      await choose(page, field(bulk, 'select', 'Status'), 'spam', false)
      const bulkSaved = page.waitForResponse(
        (response) =>
          response.request().method() === 'PATCH' && response.url().includes('/api/comments'),
      )
      await bulk.getByRole('button', { name: 'Save', exact: true }).click()
      expect((await bulkSaved).status()).toBe(200)

      expect(await statusOf(kind)).toBe('approved')
      expect(await statusOf(junk)).toBe('spam')
      expect(await statusOf(political)).toBe('pending')
      // Readers see the approved one under the post, and only it of the three.
      const thread = (
        await ctx.anonymous.rest('GET', `/api/comments?where[post][equals]=${post.id}&limit=100`)
      ).body.docs.map((doc: { id: string }) => doc.id)
      expect(thread).toContain(kind)
      expect(thread).not.toContain(junk)
      expect(thread).not.toContain(political)
      await page.goto('/admin/collections/comments')
      await page.locator('table tbody tr').first().waitFor()
      await waitFor(
        async () => !(await page.locator('table').innerText()).includes('Loading'),
        15_000,
        200,
      )
      await screenshot(page, '4-moderator-queue')
    },
    FLOW_TIMEOUT,
  )

  it(
    "5. an admin changes a user's role and that user's next request has the new permissions",
    async () => {
      const created = await ctx.admin.rest('POST', '/api/users', {
        email: 'new-writer@example.com',
        password: 'new-writer-password-1',
        name: 'New Writer',
        roles: ['contributor'],
      })
      expect(created.status).toBe(201)
      const writer = apiClient(ctx.server.url)
      await writer.login('new-writer@example.com', 'new-writer-password-1')
      expect((await writer.rest('POST', '/api/categories', { title: 'Iconography' })).status).toBe(
        403,
      )

      const page = await signIn('admin@example.com')
      await page.goto(`/admin/collections/users/${created.body.doc.id}`)
      const roles = field(page, 'select', 'Roles')
      await roles.locator('.rs__multi-value__remove').first().click()
      await choose(page, roles, 'Editor', false)
      const saved = page.waitForResponse(
        (response) =>
          response.request().method() === 'PATCH' &&
          response.url().includes(`/api/users/${created.body.doc.id}`),
      )
      await page.getByRole('button', { name: 'Save', exact: true }).click()
      expect((await saved).status()).toBe(200)

      // Same token, no new login: the next request is judged by the new role.
      const next = await writer.rest('POST', '/api/categories', { title: 'Iconography' })
      expect(next.status).toBe(201)
      expect((await writer.rest('GET', '/api/users/me')).body.user.roles).toEqual(['editor'])
      await screenshot(page, '5-admin-changed-role')
    },
    FLOW_TIMEOUT,
  )
})
