/**
 * The submission limits on Redis (REDIS_URL): two production server processes on one database
 * count in one Redis started by the test, so a client gets exactly the limit in total, whichever
 * process answers, then 429 with Retry-After. With Redis gone, a submission is refused at once
 * with a 503 (the limits fail closed) while reads go on; when Redis is back, counting resumes.
 */
import { testDatabase, type TestDatabase } from '../helpers/database'
import { openedFormToken } from '../helpers/formToken'
import { clientAt, within } from '../helpers/rawHttp'
import { startRedis, type TestRedis } from '../helpers/redis'
import { apiClient } from '../helpers/client'
import { DEMO_PASSWORD } from '../helpers/seededServer'
import { startServer, type RunningServer } from '../helpers/server'
import { waitFor } from '../helpers/waitFor'

const LIMIT = 3

describe('submission limits shared through Redis', () => {
  let redis: TestRedis
  let db: TestDatabase
  let first: RunningServer
  let second: RunningServer
  let postId: string
  let address = 30
  let serial = 0
  /** A client no test has used yet, at its own loopback address, on one of the processes. */
  const clientOn = (server: RunningServer, localAddress: string) =>
    clientAt(server.url, localAddress)
  const newAddress = () => `127.0.0.${++address}`
  const comment = () => ({
    post: postId,
    name: 'Reader',
    email: `reader-${++serial}@readers.example`,
    body: `A thought about the essay, number ${serial}.`,
    formToken: openedFormToken(),
  })

  beforeAll(async () => {
    redis = await startRedis()
    db = testDatabase('redis-limits')
    const limits = {
      REDIS_URL: redis.url,
      SUBMISSIONS_PER_MINUTE_PER_IP: String(LIMIT),
      SUBMISSIONS_PER_MINUTE_PER_EMAIL: '100',
    }
    first = await startServer({ ...db.env, ...limits, SEED_DEMO: 'true', DEMO_PASSWORD })
    second = await startServer({
      ...db.env,
      ...limits,
      SERVER_URL: first.url,
      JOBS_AUTORUN: 'false',
    })
    const admin = apiClient(first.url)
    await admin.login('admin@example.com', DEMO_PASSWORD)
    const author = (await admin.rest('GET', '/api/authors?limit=1&depth=0')).body.docs[0].id
    const created = await admin.rest('POST', '/api/posts', {
      title: 'Limits On Redis',
      authors: [author],
      stage: 'published',
    })
    expect(created.status).toBe(201)
    postId = created.body.doc.id
  })
  afterAll(async () => {
    await Promise.all([first?.stop(), second?.stop()])
    await redis?.cleanup()
    db?.cleanup()
  })

  it('should let exactly the limit through across both processes, then 429 with Retry-After', async () => {
    const localAddress = newAddress()
    const statuses: number[] = []
    let refused: { headers: Record<string, unknown>; body: any } | undefined
    for (let index = 0; index < LIMIT + 3; index++) {
      const server = index % 2 ? second : first
      const answer = await clientOn(server, localAddress).rest('POST', '/api/comments', comment())
      statuses.push(answer.status)
      if (answer.status === 429) refused ??= answer
    }
    expect(statuses).toEqual([201, 201, 201, 429, 429, 429])
    expect(Number(refused!.headers['retry-after'])).toBeGreaterThan(0)
    expect(Number(refused!.headers['retry-after'])).toBeLessThanOrEqual(60)
    expect(refused!.body.errors[0].message).toMatch(/at most 3 comments and questions a minute/)
    // The counts are in Redis, not in either process.
    expect(Number((await redis.command('DBSIZE')).slice(1))).toBeGreaterThan(0)
    // Another reader is not held back by the first one's flood.
    const other = await clientOn(second, newAddress()).rest('POST', '/api/comments', comment())
    expect(other.status).toBe(201)
  })

  it('should refuse submissions with a 503 at once while Redis is down, and count again once it is back', async () => {
    await redis.stop()
    for (const server of [first, second]) {
      const started = Date.now()
      const answer = await within(
        10_000,
        'a submission with Redis down',
        clientOn(server, newAddress()).rest('POST', '/api/comments', comment()),
      )
      expect(answer.status).toBe(503)
      expect(Date.now() - started).toBeLessThan(5_000)
      expect(Number(answer.headers['retry-after'])).toBe(5)
      expect(answer.body.errors[0].message).toMatch(/cannot be counted against their limits/)
      // Reading does not depend on Redis.
      const read = await fetch(`${server.url}/api/posts/${postId}`)
      expect(read.status).toBe(200)
    }
    expect(first.output()).toMatch(/limits: Redis connection lost/)

    await redis.start()
    // Both processes reconnect by themselves.
    await waitFor(
      () => [first, second].every((server) => /Redis reachable again/.test(server.output())),
      15_000,
      100,
    )
    const localAddress = newAddress()
    const statuses: number[] = []
    for (let index = 0; index <= LIMIT; index++) {
      const server = index % 2 ? first : second
      statuses.push(
        (await clientOn(server, localAddress).rest('POST', '/api/comments', comment())).status,
      )
    }
    expect(statuses).toEqual([201, 201, 201, 429])
  })
})
