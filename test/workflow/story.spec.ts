/**
 * One essay from a contributor's draft to a scheduled publication, as the people and programs
 * around the CMS meet it: writers and editors over REST and GraphQL, the editors' and writer's
 * inboxes (a local SMTP server), and a frontend's webhook receiver that checks every signature
 * and fails the first two calls.
 */
import { apiClient, type ApiClient } from '../helpers/client'
import { DEMO_PASSWORD, startSeededServer, type SeededServer } from '../helpers/seededServer'
import { startSmtpServer, type TestSmtpServer } from '../helpers/smtpServer'
import { waitFor } from '../helpers/waitFor'
import { startWebhookReceiver, type WebhookReceiver } from '../helpers/webhookReceiver'

const WEBHOOK_SECRET = 'story-webhook-secret-0123456789'

describe('an essay from draft to scheduled publication', () => {
  let ctx: SeededServer
  let smtp: TestSmtpServer
  let receiver: WebhookReceiver
  let contributor: ApiClient
  let editor: ApiClient
  let postId: string
  let ruth: string

  beforeAll(async () => {
    smtp = await startSmtpServer()
    receiver = await startWebhookReceiver({ secret: WEBHOOK_SECRET, failFirst: 2 })
    ctx = await startSeededServer('workflow-story', {
      // A runner tick every second, so "a few seconds out" is a few seconds.
      JOBS_CRON: '* * * * * *',
      WEBHOOK_URLS: receiver.url,
      WEBHOOK_SECRET,
      SMTP_HOST: smtp.host,
      SMTP_PORT: String(smtp.port),
      SMTP_SECURE: 'false',
    })
    contributor = apiClient(ctx.server.url)
    await contributor.login('contributor@example.com', DEMO_PASSWORD)
    editor = apiClient(ctx.server.url)
    await editor.login('editor@example.com', DEMO_PASSWORD)
    ruth = (await ctx.admin.rest('GET', '/api/authors?where[slug][equals]=ruth-ellery')).body
      .docs[0].id
  })
  afterAll(async () => {
    await ctx?.stop()
    await receiver?.close()
    await smtp?.close()
  })

  const emailsTo = (address: string) =>
    smtp.messages.filter((mail) => mail.envelope.to.includes(address))
  const latest = async (id: string) =>
    (await ctx.admin.rest('GET', `/api/posts/${id}?draft=true&depth=0`)).body

  it('should let the contributor write a draft and submit it, telling the editors', async () => {
    const created = await contributor.rest('POST', '/api/posts', {
      title: 'Gold Leaf and Patience',
      slug: 'gold-leaf-and-patience',
      excerpt: 'What a week of laying gold taught me about waiting.',
      authors: [ruth],
    })
    expect(created.status).toBe(201)
    postId = created.body.doc.id
    expect(created.body.doc.stage).toBe('draft')

    const submitted = await contributor.rest('PATCH', `/api/posts/${postId}`, {
      stage: 'in_review',
    })
    expect(submitted.status).toBe(200)
    const [mail] = (await waitFor(
      () => (emailsTo('editor@example.com').length ? emailsTo('editor@example.com') : null),
      30_000,
    ))!
    expect(mail!.subject).toBe('Review requested: "Gold Leaf and Patience"')
    expect(mail!.text).toContain(`/admin/collections/posts/${postId}`)
  })

  it('should refuse the contributor approving their own essay, naming what they may do', async () => {
    const refused = await contributor.rest('PATCH', `/api/posts/${postId}`, { stage: 'approved' })
    expect(refused.status).toBe(403)
    expect(refused.body.errors[0].message).toBe(
      'Your role (contributor) may not move this from "In review" to "Approved". Allowed from "In review": draft (Draft).',
    )
    expect((await latest(postId)).stage).toBe('in_review')
  })

  it('should save an autosave that asks for changes without a note, without the move, and keep plain autosaves', async () => {
    // The admin autosaves the whole form: a stage picked before the note is written is not a
    // move yet (the explicit save makes it), and autosave shows no error for it.
    const early = await editor.rest('PATCH', `/api/posts/${postId}?autosave=true&draft=true`, {
      excerpt: 'What a week of laying gold taught me about waiting, and about glue.',
      stage: 'changes_requested',
    })
    expect(early.status).toBe(200)
    expect((await latest(postId)).stage).toBe('in_review')

    const typing = await editor.rest('PATCH', `/api/posts/${postId}?autosave=true&draft=true`, {
      excerpt: 'What a week of laying gold taught me about waiting, and about glue.',
    })
    expect(typing.status).toBe(200)
    const stored = await latest(postId)
    expect(stored.excerpt).toBe(
      'What a week of laying gold taught me about waiting, and about glue.',
    )
    expect(stored.stage).toBe('in_review')
    expect(stored.history.map((row: { to: string }) => row.to)).toEqual(['in_review'])
  })

  it('should make the editor say what to change, and pass the note on to the writer', async () => {
    const bare = await editor.rest('PATCH', `/api/posts/${postId}`, { stage: 'changes_requested' })
    expect(bare.status).toBe(400)
    expect(bare.body.errors[0].data.errors[0]).toMatchObject({ path: 'workflowNote' })

    const note = 'Say where the gold came from, and cut the last paragraph.'
    const asked = await editor.graphql(
      'mutation($id: String!, $data: mutationPostUpdateInput!) { updatePost(id: $id, data: $data) { stage } }',
      { id: postId, data: { stage: 'changes_requested', workflowNote: note } },
    )
    expect(asked.body.errors).toBeUndefined()
    expect(asked.body.data.updatePost.stage).toBe('changes_requested')
    const mails = (await waitFor(
      () =>
        emailsTo('contributor@example.com').length ? emailsTo('contributor@example.com') : null,
      30_000,
    ))!
    expect(mails[0]!.subject).toBe('Changes requested on "Gold Leaf and Patience"')
    expect(mails[0]!.text).toContain(note)
    const history = (await latest(postId)).history
    expect(history.at(-1)).toMatchObject({
      from: 'in_review',
      to: 'changes_requested',
      note,
      byName: 'Demo editor',
    })
  })

  it('should take the revision back into review and let the editor approve it', async () => {
    const revised = await contributor.graphql(
      'mutation($id: String!, $data: mutationPostUpdateInput!) { updatePost(id: $id, data: $data) { stage } }',
      {
        id: postId,
        data: { excerpt: 'The gold came from a Florentine beater.', stage: 'in_review' },
      },
    )
    expect(revised.body.errors).toBeUndefined()
    const approved = await editor.rest('PATCH', `/api/posts/${postId}`, {
      stage: 'approved',
      workflowNote: 'Lovely.',
    })
    expect(approved.status).toBe(200)
    await waitFor(
      () => emailsTo('contributor@example.com').some((mail) => mail.subject.startsWith('Approved')),
      30_000,
    )
  })

  it('should refuse the contributor scheduling it, then publish it once at the editor’s time', async () => {
    const publishAt = new Date(Date.now() + 4000).toISOString()
    const refused = await contributor.rest('PATCH', `/api/posts/${postId}`, {
      stage: 'scheduled',
      publishAt,
    })
    expect(refused.status).toBe(403)

    const scheduled = await editor.rest('PATCH', `/api/posts/${postId}`, {
      stage: 'scheduled',
      publishAt,
    })
    expect(scheduled.status).toBe(200)
    expect(scheduled.body.doc.stage).toBe('scheduled')
    expect((await ctx.anonymous.rest('GET', `/api/posts/${postId}`)).status).toBe(404)

    const live = await waitFor(
      async () => {
        const res = await ctx.anonymous.rest('GET', `/api/posts/${postId}`)
        return res.status === 200 ? res.body : null
      },
      60_000,
      250,
    )
    expect(Date.now()).toBeGreaterThanOrEqual(new Date(publishAt).getTime())
    expect(live.stage).toBe('published')
    expect(live._status).toBe('published')
    const history = (await latest(postId)).history
    expect(history.filter((row: { to: string }) => row.to === 'published')).toHaveLength(1)
    expect(history.at(-1)).toMatchObject({
      from: 'scheduled',
      to: 'published',
      byName: 'Demo editor',
    })
    await waitFor(
      () =>
        emailsTo('contributor@example.com').some((mail) => mail.subject.startsWith('Published')),
      30_000,
    )
    // Each person gets their own email: no recipient sees another's address.
    expect(smtp.messages.filter((mail) => mail.envelope.to.length !== 1)).toEqual([])
  })

  it('should deliver the publish webhook signed, retrying after two failures, and record it', async () => {
    const calls = await receiver.waitForDeliveries(3, 60_000)
    expect(calls.map((call) => call.answeredStatus)).toEqual([500, 500, 200])
    expect(calls.every((call) => call.signatureValid)).toBe(true)
    expect(calls[2]!.body).toMatchObject({
      type: 'publish',
      collection: 'posts',
      id: postId,
      slug: 'gold-leaf-and-patience',
    })
    const record = await waitFor(
      async () => {
        const res = await ctx.admin.rest(
          'GET',
          `/api/webhook-deliveries?where[documentId][equals]=${postId}`,
        )
        const doc = res.body.docs?.[0]
        return doc?.status === 'delivered' ? doc : null
      },
      30_000,
      250,
    )
    expect(record).toMatchObject({
      eventType: 'publish',
      attempts: 3,
      lastStatus: 200,
      url: receiver.url,
    })
    // Deliveries are an admin's business.
    expect((await editor.rest('GET', '/api/webhook-deliveries')).status).toBe(403)
  })

  it('should turn the contributor’s edit of the live essay into a draft, leaving readers the reviewed text', async () => {
    const webhooksBefore = receiver.deliveries.length
    const edited = await contributor.rest('PATCH', `/api/posts/${postId}`, {
      title: 'Gold Leaf, Patience, and Haste',
    })
    expect(edited.status).toBe(200)
    expect((await ctx.anonymous.rest('GET', `/api/posts/${postId}`)).body.title).toBe(
      'Gold Leaf and Patience',
    )
    const draft = await latest(postId)
    expect(draft).toMatchObject({
      title: 'Gold Leaf, Patience, and Haste',
      stage: 'draft',
      _status: 'draft',
    })
    // Nothing readers see changed, so no frontend was told.
    await new Promise((resolve) => setTimeout(resolve, 2000))
    expect(receiver.deliveries.length).toBe(webhooksBefore)
  })

  it('should restore an old version as a new draft', async () => {
    const versions = await ctx.admin.rest(
      'GET',
      `/api/posts/versions?where[parent][equals]=${postId}&sort=createdAt&limit=1`,
    )
    const first = versions.body.docs[0]
    expect(first.version.excerpt).toBe('What a week of laying gold taught me about waiting.')
    const asWriter = await contributor.rest('POST', `/api/posts/versions/${first.id}`)
    expect(asWriter.status).toBe(403)
    const restored = await contributor.rest('POST', `/api/posts/versions/${first.id}?draft=true`)
    expect(restored.status).toBe(200)
    const draft = await latest(postId)
    expect(draft.excerpt).toBe('What a week of laying gold taught me about waiting.')
    expect(draft.stage).toBe('draft')
    expect((await ctx.anonymous.rest('GET', `/api/posts/${postId}`)).body.excerpt).toBe(
      'The gold came from a Florentine beater.',
    )
  })

  it('should announce updates, unpublication and deletion of live essays, and stay quiet for drafts', async () => {
    const before = receiver.deliveries.length
    expect(
      (
        await editor.rest('PATCH', `/api/posts/${postId}`, {
          _status: 'published',
          stage: 'published',
        })
      ).status,
    ).toBe(200)
    expect((await editor.rest('PATCH', `/api/posts/${postId}`, { _status: 'draft' })).status).toBe(
      200,
    )
    expect((await ctx.anonymous.rest('GET', `/api/posts/${postId}`)).status).toBe(404)
    expect((await latest(postId)).stage).toBe('unpublished')
    expect(
      (await editor.rest('PATCH', `/api/posts/${postId}`, { stage: 'published' })).status,
    ).toBe(200)
    expect((await editor.rest('DELETE', `/api/posts/${postId}`)).status).toBe(200)
    const calls = await receiver.waitForDeliveries(before + 4, 60_000)
    // The queue delivers side by side, so arrival order is not promised; each event's time is.
    const events = calls.slice(before).map((call) => call.body as { type: string; time: string })
    events.sort((a, b) => a.time.localeCompare(b.time))
    expect(events.map((event) => event.type)).toEqual(['update', 'unpublish', 'publish', 'delete'])
  })
})
