/**
 * The Express layer's part of the flood defence, on a real HTTP server: the client address header
 * that no client can forge, and the size cap on submissions, counted on the bytes as they arrive
 * (chunked too) on any spelling of the path. The per-address and per-email limits are counted in
 * the collections' hook and tested against a real server (test/hostile/limits.spec.ts).
 */
import type { Server } from 'node:http'

import express from 'express'

import {
  CLIENT_IP_HEADER,
  commentDefence,
  MAX_SUBMISSION_BYTES,
  normalisedPath,
  submissionBody,
} from '../../src/lib/http/commentDefence'
import { send, streamBody } from '../helpers/rawHttp'

const LOCAL = '127.0.0.1'

describe('the submission defence in front of Payload', () => {
  let server: Server
  let base: string
  const seen: { ip?: string; path: string; bytes: number; read: 'by the defence' | 'here' }[] = []

  beforeAll(async () => {
    const app = express()
    app.use(commentDefence({ collections: ['comments', 'reader-questions'] }))
    app.use(async (req, res) => {
      const ip = req.headers[CLIENT_IP_HEADER] as string | undefined
      const read = submissionBody(req)
      let bytes = read?.length ?? 0
      // What the defence leaves alone still streams to whoever reads it next.
      if (!read) for await (const chunk of req) bytes += (chunk as Buffer).length
      seen.push({ ip, path: req.originalUrl, bytes, read: read ? 'by the defence' : 'here' })
      res.status(201).json({ bytes })
    })
    await new Promise<void>((resolve) => {
      server = app.listen(0, LOCAL, () => resolve())
    })
    const address = server.address()
    base = `http://${LOCAL}:${typeof address === 'object' && address ? address.port : 0}`
  })
  afterAll(async () => {
    server.closeAllConnections()
    await new Promise((resolve) => server.close(resolve))
  })

  const json = (bytes: number) => JSON.stringify({ body: 'x'.repeat(bytes) })

  it('should read every spelling of a submission path as the path', () => {
    for (const spelling of [
      '/api/comments',
      '/api/comments/',
      '/api/%63omments',
      '/api/%2563omments',
      '//api//comments',
      '/API/Comments?depth=0',
      '/api/./comments',
      '/api/%2e/comments',
      '/api/posts/../comments',
      '/api%2Fcomments',
    ])
      expect(normalisedPath(spelling)).toBe('/api/comments')
    expect(normalisedPath('/api/comments/12/revise')).toBe('/api/comments/12/revise')
    expect(normalisedPath('/api/%E0%A4%A')).toBe('/api/%e0%a4%a')
  })

  it('should replace any client address a client claims with the real one', async () => {
    await send(base, '/api/posts', LOCAL, {
      method: 'GET',
      headers: { [CLIENT_IP_HEADER]: '203.0.113.9' },
    })
    expect(seen.at(-1)!.ip).toBe(LOCAL)
  })

  it('should hand a submission within the cap to Payload whole, on any spelling of its path', async () => {
    for (const path of [
      '/api/comments',
      '/api/comments/',
      '/api/%63omments',
      '/api/reader-questions',
    ]) {
      const body = json(MAX_SUBMISSION_BYTES - 100)
      const answer = await send(base, path, LOCAL, { body })
      expect(answer.status).toBe(201)
      expect(seen.at(-1)).toMatchObject({ path, bytes: body.length, read: 'by the defence' })
    }
  })

  it('should refuse a declared size past the cap with 413 before reading it', async () => {
    const answer = await send(base, '/api/comments', LOCAL, { body: json(MAX_SUBMISSION_BYTES) })
    expect(answer.status).toBe(413)
    expect(answer.body.errors[0].message).toBe('A submission can be at most 64 KB.')
  })

  it('should refuse a chunked body past the cap with 413 as soon as it passes it, on any spelling', async () => {
    const before = seen.length
    for (const path of ['/api/comments', '/api/comments/', '/api/%63omments', '//api/Comments']) {
      const answer = await streamBody(base, path, LOCAL, {
        firstBytes: 2 * MAX_SUBMISSION_BYTES,
        totalBytes: 5 * 1024 * 1024,
      })
      expect(answer.status).toBe(413)
      // Answered while the client was still sending, and the rest read and dropped.
      expect(answer.sentBeforeAnswer).toBeLessThan(5 * 1024 * 1024)
      expect(answer.sent).toBe(5 * 1024 * 1024)
    }
    expect(seen.length).toBe(before)
  })

  it('should leave other requests, and their bodies, to the routes behind it', async () => {
    const big = json(2 * MAX_SUBMISSION_BYTES)
    for (const [method, path] of [
      ['POST', '/api/posts'],
      ['PATCH', '/api/comments/1'],
      ['POST', '/api/graphql'],
    ]) {
      const answer = await send(base, path!, LOCAL, { method, body: big })
      expect(answer.status).toBe(201)
      expect(seen.at(-1)).toMatchObject({ path, bytes: big.length, read: 'here' })
    }
  })

  it('should not limit how many submissions pass: the collections count them', async () => {
    const statuses: number[] = []
    for (let index = 0; index < 12; index++)
      statuses.push((await send(base, '/api/comments', LOCAL, { body: '{}' })).status)
    expect(statuses).toEqual(Array(12).fill(201))
  })
})
