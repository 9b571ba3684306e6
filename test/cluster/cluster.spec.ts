/**
 * Three production server processes on one Postgres database behind Debian's nginx
 * (round-robin, idempotent requests retried on the next process), checked through the proxy:
 * one submission limit for the whole site, cache invalidation and scheduled publication shared
 * through the database, uploads shared through one S3 bucket (a local s3rver; each process has
 * a MEDIA_DIR of its own, so no shared folder can stand in for it), and no request lost when one
 * process is stopped under load.
 *
 * The test plays a trusted hop in front of nginx (a CDN, say): it sets X-Forwarded-For to the
 * reader's address, nginx appends its own client's, and the servers trust two hops
 * (TRUST_PROXY=2), so each simulated reader has its own address although all connect from
 * 127.0.0.1.
 */
import fs from 'node:fs'

import sharp from 'sharp'

import { apiClient, type ApiClient } from '../helpers/client'
import { postgresTestDatabase, testsOnPostgres, type TestDatabase } from '../helpers/database'
import { openedFormToken } from '../helpers/formToken'
import { startNginx, type RunningNginx } from '../helpers/nginx'
import { startS3Server, type S3TestServer } from '../helpers/s3Server'
import { DEMO_PASSWORD } from '../helpers/seededServer'
import { freePort, startServer, type RunningServer } from '../helpers/server'
import { makeTempDir } from '../helpers/tempDir'
import { uploadFile } from '../helpers/upload'
import { waitFor } from '../helpers/waitFor'
import { startWebhookReceiver, type WebhookReceiver } from '../helpers/webhookReceiver'
import { startThrowawayPostgres, type ThrowawayPostgres } from '../../src/scripts/throwawayPostgres'

const WEBHOOK_SECRET = 'cluster-webhook-secret-0123456789'
const PER_ADDRESS = 5

describe('three servers on Postgres behind nginx', () => {
  let postgres: ThrowawayPostgres | undefined
  let db: TestDatabase
  let receiver: WebhookReceiver
  let s3: S3TestServer
  const mediaDirs = [0, 1, 2].map((i) => makeTempDir(`cluster-media-${i}`))
  let proxy: RunningNginx
  let servers: RunningServer[] = []
  let editor: ApiClient
  let douglas: string
  let postId: string
  let serial = 0

  beforeAll(async () => {
    const serverUri = testsOnPostgres()
      ? process.env.TEST_DATABASE_URI!
      : (postgres = await startThrowawayPostgres()).uri
    db = postgresTestDatabase(serverUri, 'cluster')
    receiver = await startWebhookReceiver({ secret: WEBHOOK_SECRET })
    s3 = await startS3Server(['cluster-media'])
    const proxyPort = await freePort()
    const env = {
      ...db.env,
      // One public origin for every process: the proxy's.
      SERVER_URL: `http://127.0.0.1:${proxyPort}`,
      TRUST_PROXY: '2',
      DEMO_PASSWORD,
      DATABASE_POOL_MAX: '5',
      SUBMISSIONS_PER_MINUTE_PER_IP: String(PER_ADDRESS),
      JOBS_CRON: '* * * * * *',
      WEBHOOK_URLS: receiver.url,
      WEBHOOK_SECRET,
      ...s3.env('cluster-media'),
    }
    const own = (i: number) => ({ MEDIA_DIR: mediaDirs[i]!.dir })
    // The first applies the migrations and seeds; the others join the database as it is.
    servers.push(await startServer({ ...env, ...own(0), SEED_DEMO: 'true' }))
    servers.push(
      ...(await Promise.all([
        startServer({ ...env, ...own(1) }),
        // A process that serves requests and runs no jobs.
        startServer({ ...env, ...own(2), JOBS_AUTORUN: 'false' }),
      ])),
    )
    proxy = await startNginx(
      servers.map((server) => `127.0.0.1:${server.port}`),
      proxyPort,
    )
    editor = apiClient(proxy.url)
    await editor.login('editor@example.com', DEMO_PASSWORD)
    douglas = (await editor.rest('GET', '/api/authors?where[slug][equals]=douglas-m-webb')).body
      .docs[0].id
    const created = await editor.rest('POST', '/api/posts', {
      title: 'Many Doors, One House',
      authors: [douglas],
      stage: 'published',
    })
    expect(created.status).toBe(201)
    postId = created.body.doc.id
  })

  afterAll(async () => {
    await proxy?.stop()
    await Promise.all(servers.map((server) => server.stop()))
    await receiver?.close()
    await s3?.stop()
    for (const dir of mediaDirs) dir.remove()
    db?.cleanup()
    postgres?.stop()
  })

  /** A public submission from the reader at `address`, through the proxy. */
  const comment = async (address: string) => {
    const response = await fetch(`${proxy.url}/api/comments`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': address },
      body: JSON.stringify({
        post: postId,
        formToken: openedFormToken(),
        name: 'Sam',
        email: `reader-${++serial}@readers.example`,
        body: 'Thank you for this careful piece; the second section stayed with me all week.',
      }),
    })
    await response.arrayBuffer()
    return { status: response.status, upstream: response.headers.get('x-upstream') }
  }

  it('should refuse a flood from one reader after the limit in total, whichever process answers', async () => {
    const answers = []
    for (let i = 0; i < PER_ADDRESS + 3; i++) {
      // An address the reader made up in front of the trusted hops changes nothing.
      answers.push(await comment(i % 2 ? `198.51.100.${i}, 203.0.113.7` : '203.0.113.7'))
    }
    expect(answers.map((answer) => answer.status)).toEqual([
      ...Array(PER_ADDRESS).fill(201),
      429,
      429,
      429,
    ])
    // Round-robin: the five accepted ones were counted by more than one process.
    const accepted = new Set(answers.slice(0, PER_ADDRESS).map((answer) => answer.upstream))
    expect(accepted.size).toBeGreaterThan(1)
    // Another reader behind the same proxy still gets through.
    expect((await comment('203.0.113.8')).status).toBe(201)
  })

  it('should show a post published through one process through every process within a second', async () => {
    const slug = `visible-everywhere-${Date.now()}`
    const path = `/api/posts?where[slug][equals]=${slug}&depth=0`
    const anonymous = servers.map((server) => apiClient(server.url))
    // Each process caches the empty answer first.
    for (const reader of anonymous) expect((await reader.rest('GET', path)).body.docs).toEqual([])
    const writer = apiClient(servers[0]!.url, editor.token())
    const published = await writer.rest('POST', '/api/posts', {
      title: 'Visible Everywhere',
      slug,
      authors: [douglas],
      stage: 'published',
    })
    expect(published.status).toBe(201)
    const start = Date.now()
    const delays = await Promise.all(
      anonymous.map(async (reader) => {
        await waitFor(async () => (await reader.rest('GET', path)).body.docs.length === 1, 5000, 25)
        return Date.now() - start
      }),
    )
    process.stdout.write(`cluster: published post visible after ${delays.join(', ')} ms\n`)
    // The other processes read the shared generation at most once a second (src/server.ts); the
    // margin is for the request that notices it on a loaded 2-core machine.
    expect(Math.max(...delays)).toBeLessThan(1500)
  })

  it('should publish a scheduled post once, with one webhook and one history row, while two processes run jobs', async () => {
    const created = await editor.rest('POST', '/api/posts', {
      title: 'On the Hour',
      authors: [douglas],
      stage: 'approved',
    })
    expect(created.status).toBe(201)
    const id = created.body.doc.id as string
    const scheduled = await editor.rest('PATCH', `/api/posts/${id}`, {
      stage: 'scheduled',
      publishAt: new Date(Date.now() + 3000).toISOString(),
    })
    expect(scheduled.status).toBe(200)
    const anonymous = apiClient(proxy.url)
    await waitFor(
      async () => (await anonymous.rest('GET', `/api/posts/${id}`)).status === 200,
      60_000,
      200,
    )
    const publishEvents = () =>
      receiver.deliveries.filter(
        (call) =>
          (call.body as { id?: string }).id === id &&
          (call.body as { type?: string }).type === 'publish',
      )
    await waitFor(() => publishEvents().length >= 1, 30_000)
    // A second claim by the other runner would come within a few of its one-second ticks.
    await new Promise((resolve) => setTimeout(resolve, 4000))
    expect(publishEvents()).toHaveLength(1)
    const post = (await editor.rest('GET', `/api/posts/${id}?draft=true&depth=0`)).body
    expect(post.history.filter((row: { to: string }) => row.to === 'published')).toHaveLength(1)
  })

  it('should serve an upload through one process from every other, and through the proxy', async () => {
    const bytes = await sharp({
      create: { width: 900, height: 700, channels: 3, background: { r: 30, g: 120, b: 90 } },
    })
      .png()
      .toBuffer()
    const created = await uploadFile(
      servers[0]!.url,
      editor.token(),
      { name: 'shared-harbour.png', type: 'image/png', data: bytes },
      { alt: 'A harbour, uploaded through the first process' },
    )
    expect(created.status).toBe(201)
    const { filename, sizes } = created.body.doc as {
      filename: string
      sizes: { thumbnail: { filename: string } }
    }
    const sources = [...servers.slice(1).map((server) => server.url), proxy.url]
    for (const base of sources) {
      const original = await fetch(`${base}/api/media/file/${filename}`)
      expect({ base, status: original.status }).toEqual({ base, status: 200 })
      expect(Buffer.from(await original.arrayBuffer()).equals(bytes)).toBe(true)
      const thumbnail = await fetch(`${base}/api/media/file/${sizes.thumbnail.filename}`)
      expect((await sharp(Buffer.from(await thumbnail.arrayBuffer())).metadata()).width).toBe(300)
    }
    for (const server of servers) expect(server.output()).toContain('media in bucket cluster-media')
    // No process kept it on its own disk.
    for (const dir of mediaDirs) expect(fs.readdirSync(dir.dir)).toEqual([])
  })

  it('should lose no request at the proxy when one process is stopped under load', async () => {
    const statuses: number[] = []
    let stopping = false
    let stoppedAt = Infinity
    let reader = 0
    const read = async () => {
      const response = await fetch(
        `${proxy.url}/api/posts?limit=3&depth=0&page=${(reader++ % 3) + 1}`,
      )
      await response.arrayBuffer()
      return response.status
    }
    // Every write from its own reader, so the limit never answers.
    const write = async () =>
      (await comment(`203.0.114.${serial % 250}, 10.0.${serial % 250}.1`)).status
    const worker = async (request: () => Promise<number>) => {
      // Until the stopped process has gone and as many requests again have been answered.
      while (
        statuses.length < 40 ||
        !Number.isFinite(stoppedAt) ||
        statuses.length < stoppedAt + 60
      )
        statuses.push(await request())
    }
    const load = Promise.all([worker(read), worker(read), worker(write), worker(write)])
    await waitFor(() => statuses.length >= 40, 60_000, 10)
    stopping = true
    const victim = servers[2]!
    const code = await victim.stop('SIGTERM')
    stoppedAt = statuses.length
    servers = servers.filter((server) => server !== victim)
    await load
    expect(stopping).toBe(true)
    expect(code).toBe(0)
    const failed = statuses.filter((status) => status !== 200 && status !== 201)
    process.stdout.write(
      `cluster: ${statuses.length} requests during the stop, ${failed.length} failed\n`,
    )
    expect(failed).toEqual([])
  })
})
