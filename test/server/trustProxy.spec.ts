/**
 * TRUST_PROXY: the address the submission limits key on is `req.ip` as Express computes it. By
 * default no X-Forwarded-For is believed; with a hop count or the proxies' addresses, the client
 * is the address the trusted hop put there, never one a client wrote further left.
 */
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'

import { CLIENT_IP_HEADER } from '../../src/lib/http/commentDefence'
import { createApp } from '../../src/lib/http/app'
import { parseTrustProxy } from '../../src/lib/env'

/** An app whose API answers with the client address it would hand to Payload's hooks. */
async function serve(trustProxy: string | undefined): Promise<{ url: string; server: Server }> {
  const app = createApp({
    handleNext: async (_req, res) => void res.end(),
    handleApi: (req, res) => void res.json({ ip: req.headers[CLIENT_IP_HEADER] }),
    probeDatabase: async () => 0,
    trustProxy: parseTrustProxy(trustProxy),
  })
  const server = createServer(app)
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server }
}

const clientIp = async (url: string, forwardedFor?: string) => {
  const response = await fetch(`${url}/api/posts`, {
    headers: forwardedFor ? { 'x-forwarded-for': forwardedFor } : {},
  })
  return ((await response.json()) as { ip: string }).ip
}

describe('TRUST_PROXY', () => {
  const servers: Server[] = []
  afterAll(async () => {
    await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))))
  })
  const start = async (trustProxy?: string) => {
    const { url, server } = await serve(trustProxy)
    servers.push(server)
    return url
  }

  it('should ignore X-Forwarded-For when unset', async () => {
    const url = await start()
    expect(await clientIp(url, '203.0.113.7')).toBe('127.0.0.1')
    expect(await clientIp(url)).toBe('127.0.0.1')
  })

  it('should take the address the one trusted hop added', async () => {
    const url = await start('1')
    expect(await clientIp(url, '203.0.113.7')).toBe('203.0.113.7')
    // The client wrote the first entry itself; the proxy appended the second.
    expect(await clientIp(url, '198.51.100.1, 203.0.113.7')).toBe('203.0.113.7')
  })

  it('should trust only the listed proxy addresses', async () => {
    expect(await clientIp(await start('loopback'), '203.0.113.7')).toBe('203.0.113.7')
    expect(await clientIp(await start('10.0.0.0/8'), '203.0.113.7')).toBe('127.0.0.1')
  })

  it('should keep a client-set address header from reaching the hooks', async () => {
    const url = await start()
    const response = await fetch(`${url}/api/posts`, { headers: { [CLIENT_IP_HEADER]: '1.2.3.4' } })
    expect(((await response.json()) as { ip: string }).ip).toBe('127.0.0.1')
  })
})
