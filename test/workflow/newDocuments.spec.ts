/**
 * Writing something new under workflow v2, over REST: the writer is credited by default (a
 * profile of their own is made on first need), a brand-new draft can be scheduled and goes live
 * as scheduled (the job says by whom, and so does the history), and autosave never trips over a
 * move the user has not finished.
 */
import { apiClient, type ApiClient } from '../helpers/client'
import { DEMO_PASSWORD, startSeededServer, type SeededServer } from '../helpers/seededServer'
import { waitFor } from '../helpers/waitFor'

describe('new documents under the workflow', () => {
  let ctx: SeededServer
  let editor: ApiClient
  let editorId: string

  beforeAll(async () => {
    ctx = await startSeededServer('workflow-new-documents', { JOBS_CRON: '* * * * * *' })
    editor = apiClient(ctx.server.url)
    await editor.login('editor@example.com', DEMO_PASSWORD)
    editorId = (await editor.rest('GET', '/api/users/me')).body.user.id
  })
  afterAll(() => ctx?.stop())

  const profilesOf = async (userId: string) =>
    (await ctx.admin.rest('GET', `/api/authors?where[user][equals]=${userId}&depth=0`)).body.docs

  it('should credit a new writer with a profile of their own, made once, on first need', async () => {
    const created = await ctx.admin.rest('POST', '/api/users', {
      email: 'new-writer@example.com',
      password: DEMO_PASSWORD,
      name: 'Nell Writer',
      roles: ['contributor'],
    })
    expect(created.status).toBe(201)
    const userId = created.body.doc.id
    expect(await profilesOf(userId)).toHaveLength(0)

    const writer = apiClient(ctx.server.url)
    await writer.login('new-writer@example.com', DEMO_PASSWORD)
    const first = await writer.rest('POST', '/api/posts', { title: 'My First Essay' })
    expect(first.status).toBe(201)
    const [profile] = await profilesOf(userId)
    expect(profile).toMatchObject({ name: 'Nell Writer', user: userId })
    expect(first.body.doc.authors.map((author: { id: string }) => author.id)).toEqual([profile.id])

    const second = await writer.rest('POST', '/api/posts', { title: 'My Second Essay' })
    expect(second.status).toBe(201)
    expect(await profilesOf(userId)).toHaveLength(1)
    expect(second.body.doc.authors.map((author: { id: string }) => author.id)).toEqual([profile.id])
  })

  it('should credit a writer who has a profile with it, and keep authors chosen by hand', async () => {
    const author = apiClient(ctx.server.url)
    await author.login('author@example.com', DEMO_PASSWORD)
    const douglas = (await ctx.admin.rest('GET', '/api/authors?where[slug][equals]=douglas-m-webb'))
      .body.docs[0].id
    const ruth = (await ctx.admin.rest('GET', '/api/authors?where[slug][equals]=ruth-ellery')).body
      .docs[0].id
    const byDefault = await author.rest('POST', '/api/posts?depth=0', { title: 'Defaulted' })
    expect(byDefault.body.doc.authors).toEqual([douglas])
    const chosen = await author.rest('POST', '/api/posts?depth=0', {
      title: 'Chosen',
      authors: [ruth],
    })
    expect(chosen.body.doc.authors).toEqual([ruth])
  })

  it('should schedule a brand-new draft and publish it as scheduled, saying by whom', async () => {
    const publishAt = new Date(Date.now() + 4000).toISOString()
    const created = await editor.rest('POST', '/api/posts?draft=true&depth=0', {
      title: 'Scheduled From the Start',
      authors: [(await ctx.admin.rest('GET', '/api/authors?limit=1')).body.docs[0].id],
      stage: 'scheduled',
      publishAt,
    })
    expect(created.status).toBe(201)
    expect(created.body.doc.stage).toBe('scheduled')
    const id = created.body.doc.id

    const live = await waitFor(
      async () => {
        const res = await ctx.anonymous.rest('GET', `/api/posts/${id}?depth=0`)
        return res.status === 200 ? res.body : null
      },
      60_000,
      250,
    )
    expect(live.stage).toBe('published')
    // The note is the job's own statement (its input names the scheduler and the time).
    const stored = (await ctx.admin.rest('GET', `/api/posts/${id}?draft=true&depth=0`)).body
    expect(stored.history.at(-1)).toMatchObject({
      from: 'scheduled',
      to: 'published',
      by: editorId,
      byName: 'Demo editor',
      note: `Published as scheduled by Demo editor for ${publishAt}.`,
    })
  })

  it('should autosave a draft with an unfinished schedule without the move, and refuse the explicit save', async () => {
    const created = await editor.rest('POST', '/api/posts?draft=true&depth=0', {
      title: 'Not Yet Timed',
      authors: [(await ctx.admin.rest('GET', '/api/authors?limit=1')).body.docs[0].id],
    })
    const id = created.body.doc.id
    const autosaved = await editor.rest('PATCH', `/api/posts/${id}?autosave=true&draft=true`, {
      excerpt: 'Typed while choosing a stage.',
      stage: 'scheduled',
    })
    expect(autosaved.status).toBe(200)
    const stored = (await ctx.admin.rest('GET', `/api/posts/${id}?draft=true&depth=0`)).body
    expect(stored).toMatchObject({ stage: 'draft', excerpt: 'Typed while choosing a stage.' })

    const saved = await editor.rest('PATCH', `/api/posts/${id}?draft=true`, { stage: 'scheduled' })
    expect(saved.status).toBe(400)
    expect(saved.body.errors[0].data.errors[0]).toMatchObject({ path: 'publishAt' })
  })
})
