import type { Server } from 'node:http'

import express from 'express'

import { healthz, type DatabaseProbe } from '../../src/lib/http/healthz'

/** The health route on its own, with probes that answer, fail and hang. */
async function serve(probe: DatabaseProbe): Promise<{ url: string; server: Server }> {
  const app = express()
  app.get('/healthz', healthz(probe))
  return new Promise((resolve) => {
    const server = app.listen(0, '127.0.0.1', () => {
      const address = server.address() as { port: number }
      resolve({ url: `http://127.0.0.1:${address.port}/healthz`, server })
    })
  })
}

describe('GET /healthz', () => {
  const servers: Server[] = []
  afterAll(() => Promise.all(servers.map((s) => new Promise((r) => s.close(r)))))

  const check = async (probe: DatabaseProbe) => {
    const { url, server } = await serve(probe)
    servers.push(server)
    const response = await fetch(url)
    return { status: response.status, body: await response.json() }
  }

  it('should answer 200 when the database answers', async () => {
    expect(await check(async () => 1)).toEqual({ status: 200, body: { status: 'ok', db: 'ok' } })
  })

  it('should answer 503 when the database query fails', async () => {
    const result = await check(async () => {
      throw new Error('SQLITE_CANTOPEN: unable to open database file')
    })
    expect(result.status).toBe(503)
    expect(result.body).toMatchObject({ status: 'error', db: 'unavailable' })
    expect(result.body.message).toMatch(/SQLITE_CANTOPEN/)
  })

  it('should answer 503 when the database does not answer in time', async () => {
    const result = await check(() => new Promise(() => {}))
    expect(result.status).toBe(503)
    expect(result.body.message).toBe('database did not answer in time')
  })
})
