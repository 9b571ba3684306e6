/**
 * The Express layer's flood defence, on a real HTTP server: per-address limits answered with 429
 * and Retry-After, oversized submissions refused before they reach Payload, and the client
 * address header that no client can forge.
 */
import type { Server } from 'node:http'

import express from 'express'

import {
  CLIENT_IP_HEADER,
  commentDefence,
  MAX_SUBMISSION_BYTES,
} from '../../src/lib/http/commentDefence'
import { rateLimiter } from '../../src/lib/rateLimit'

describe('the submission defence in front of Payload', () => {
  let server: Server
  let base: string
  const seen: (string | undefined)[] = []

  beforeAll(async () => {
    rateLimiter('http:submissions', { limit: 1, windowMs: 1 }).reset()
    const app = express()
    app.use(commentDefence({ perMinutePerIp: 2 }))
    app.use((req, res) => {
      seen.push(req.headers[CLIENT_IP_HEADER] as string | undefined)
      res.status(201).json({ ok: true })
    })
    await new Promise<void>((resolve) => {
      server = app.listen(0, '127.0.0.1', () => resolve())
    })
    const address = server.address()
    base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`
  })
  afterAll(async () => {
    server.closeAllConnections()
    await new Promise((resolve) => server.close(resolve))
  })

  const post = (path: string, body = '{}', headers: Record<string, string> = {}) =>
    fetch(`${base}${path}`, {
      method: 'POST',
      body,
      headers: { 'content-type': 'application/json', ...headers },
    })

  it('should replace any client address a client claims with the real one', async () => {
    await fetch(`${base}/api/posts`, { headers: { [CLIENT_IP_HEADER]: '203.0.113.9' } })
    expect(seen.at(-1)).toBe('127.0.0.1')
  })

  it('should refuse a submission past the size limit with 413', async () => {
    const response = await post(
      '/api/comments',
      JSON.stringify({ body: 'x'.repeat(MAX_SUBMISSION_BYTES) }),
    )
    expect(response.status).toBe(413)
  })

  it('should limit submissions per address, with Retry-After, and leave other requests alone', async () => {
    expect((await post('/api/comments')).status).toBe(201)
    expect((await post('/api/reader-questions')).status).toBe(201)
    const limited = await post('/api/comments')
    expect(limited.status).toBe(429)
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0)
    expect(
      ((await limited.json()) as { errors: { message: string }[] }).errors[0]!.message,
    ).toMatch(/try again in \d+ s/)
    // Reading, and writing anything else, is not a submission.
    expect((await fetch(`${base}/api/comments`)).status).toBe(201)
    expect((await post('/api/graphql')).status).toBe(201)
  })
})
