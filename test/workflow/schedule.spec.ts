/**
 * Scheduled publication across restarts and processes: the schedule lives in the database, so a
 * restart in between loses nothing, and two servers on one database publish it exactly once.
 */
import { apiClient } from '../helpers/client'
import { testDatabase, type TestDatabase } from '../helpers/database'
import { DEMO_PASSWORD } from '../helpers/seededServer'
import { startServer, type RunningServer } from '../helpers/server'
import { waitFor } from '../helpers/waitFor'
import { startWebhookReceiver, type WebhookReceiver } from '../helpers/webhookReceiver'

const WEBHOOK_SECRET = 'schedule-webhook-secret-0123456789'

describe('scheduled publishing', () => {
  let db: TestDatabase
  let receiver: WebhookReceiver
  const running: RunningServer[] = []
  let env: Record<string, string>

  beforeAll(async () => {
    db = testDatabase('workflow-schedule')
    receiver = await startWebhookReceiver({ secret: WEBHOOK_SECRET })
    env = {
      ...db.env,
      DEMO_PASSWORD,
      JOBS_CRON: '* * * * * *',
      WEBHOOK_URLS: receiver.url,
      WEBHOOK_SECRET,
    }
    // Seed once, then stop: every test starts its own servers on this database.
    const seeded = await startServer({ ...env, SEED_DEMO: 'true' })
    await seeded.stop()
  })
  afterAll(async () => {
    await Promise.all(running.map((server) => server.stop()))
    await receiver?.close()
    db?.cleanup()
  })

  async function start(): Promise<RunningServer> {
    const server = await startServer(env)
    running.push(server)
    return server
  }

  async function stop(server: RunningServer) {
    expect(await server.stop()).toBe(0)
    running.splice(running.indexOf(server), 1)
  }

  /** An approved post scheduled `inMs` from now by the editor; returns its id and time. */
  async function schedule(server: RunningServer, title: string, inMs: number) {
    const editor = apiClient(server.url)
    await editor.login('editor@example.com', DEMO_PASSWORD)
    const douglas = (await editor.rest('GET', '/api/authors?where[slug][equals]=douglas-m-webb'))
      .body.docs[0].id
    const slug = title.toLowerCase().replace(/\W+/g, '-')
    const created = await editor.rest('POST', '/api/posts', {
      title,
      slug,
      authors: [douglas],
      stage: 'approved',
    })
    expect(created.status).toBe(201)
    const publishAt = new Date(Date.now() + inMs).toISOString()
    const scheduled = await editor.rest('PATCH', `/api/posts/${created.body.doc.id}`, {
      stage: 'scheduled',
      publishAt,
    })
    expect(scheduled.status).toBe(200)
    return { id: created.body.doc.id as string, publishAt, slug }
  }

  async function waitLive(server: RunningServer, id: string) {
    const anonymous = apiClient(server.url)
    return waitFor(
      async () => {
        const res = await anonymous.rest('GET', `/api/posts/${id}`)
        return res.status === 200 ? res.body : null
      },
      90_000,
      250,
    )
  }

  const publishEvents = (id: string) =>
    receiver.deliveries.filter(
      (call) =>
        (call.body as { type: string; id: string }).id === id &&
        (call.body as { type: string }).type === 'publish',
    )

  it('should publish a post scheduled before a restart, after it', async () => {
    const first = await start()
    const { id, publishAt } = await schedule(first, 'Written Before the Restart', 8000)
    await stop(first)
    const second = await start()
    const live = await waitLive(second, id)
    expect(Date.now()).toBeGreaterThanOrEqual(new Date(publishAt).getTime())
    expect(live.stage).toBe('published')
    await waitFor(() => publishEvents(id).length === 1, 30_000)
    await stop(second)
  })

  it('should publish exactly once when two servers share the database', async () => {
    const [a, b] = await Promise.all([start(), start()])
    const { id } = await schedule(a, 'One Post, Two Servers', 5000)
    await waitLive(b, id)
    // Give a second claim every chance to happen before counting.
    await new Promise((resolve) => setTimeout(resolve, 4000))
    const admin = apiClient(a.url)
    await admin.login('admin@example.com', DEMO_PASSWORD)
    const post = (await admin.rest('GET', `/api/posts/${id}?draft=true&depth=0`)).body
    expect(post.history.filter((row: { to: string }) => row.to === 'published')).toHaveLength(1)
    const versions = await admin.rest(
      'GET',
      `/api/posts/versions?where[parent][equals]=${id}&where[version._status][equals]=published&limit=0`,
    )
    expect(versions.body.totalDocs).toBe(1)
    expect(publishEvents(id)).toHaveLength(1)
    await Promise.all([stop(a), stop(b)])
  })
})
