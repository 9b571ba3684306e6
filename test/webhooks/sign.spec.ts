import { createHmac } from 'node:crypto'

import { signPayload, verifySignature } from '../../src/lib/webhooks/sign'

const secret = 'a-long-random-webhook-secret-for-tests'
const body = JSON.stringify({ type: 'publish', collection: 'posts', id: '7', slug: 'hello' })
const now = 1_760_000_000

const signed = (overrides: Partial<Parameters<typeof verifySignature>[0]> = {}) =>
  verifySignature({
    secret,
    timestamp: now,
    body,
    signature: signPayload(secret, now, body),
    now,
    ...overrides,
  })

describe('signPayload', () => {
  it('should sign "<timestamp>.<body>" with HMAC-SHA256 as sha256=<hex>', () => {
    const expected = createHmac('sha256', secret).update(`${now}.${body}`).digest('hex')
    expect(signPayload(secret, now, body)).toBe(`sha256=${expected}`)
  })

  it('should refuse an empty secret and a timestamp that is not whole seconds', () => {
    expect(() => signPayload('', now, body)).toThrow('secret is empty')
    expect(() => signPayload(secret, 1.5, body)).toThrow('whole unix seconds')
  })
})

describe('verifySignature', () => {
  it('should accept its own signature, with the timestamp as a number or as the header string', () => {
    expect(signed()).toBe(true)
    expect(signed({ timestamp: String(now) })).toBe(true)
  })

  it('should reject a tampered body or timestamp', () => {
    expect(signed({ body: body.replace('hello', 'hellO') })).toBe(false)
    expect(signed({ timestamp: now + 1 })).toBe(false)
  })

  it('should reject a signature made with another secret', () => {
    expect(signed({ signature: signPayload('another-secret', now, body) })).toBe(false)
    expect(signed({ secret: 'another-secret' })).toBe(false)
  })

  it('should reject a timestamp outside the tolerance, in the past or the future', () => {
    expect(signed({ now: now + 300 })).toBe(true)
    expect(signed({ now: now + 301 })).toBe(false)
    expect(signed({ now: now - 301 })).toBe(false)
    expect(signed({ now: now + 10, toleranceSeconds: 5 })).toBe(false)
  })

  it('should use the current clock when no `now` is given', () => {
    const current = Math.floor(Date.now() / 1000)
    const signature = signPayload(secret, current, body)
    expect(verifySignature({ secret, timestamp: current, body, signature })).toBe(true)
    expect(verifySignature({ secret, timestamp: current - 3600, body, signature })).toBe(false)
  })

  it('should return false, not throw, for signatures of another length or shape', () => {
    const signature = signPayload(secret, now, body)
    expect(signed({ signature: signature.slice(0, -1) })).toBe(false)
    expect(signed({ signature: `${signature}0` })).toBe(false)
    expect(signed({ signature: signature.replace('sha256=', '') })).toBe(false)
    expect(signed({ signature: '' })).toBe(false)
    expect(signed({ signature: undefined })).toBe(false)
    // Same length in characters, longer in bytes.
    expect(signed({ signature: `sha256=${'é'.repeat(64)}` })).toBe(false)
  })

  it('should reject missing or malformed timestamps and an empty secret', () => {
    expect(signed({ timestamp: undefined })).toBe(false)
    expect(signed({ timestamp: '' })).toBe(false)
    expect(signed({ timestamp: `${now}.0` })).toBe(false)
    expect(signed({ timestamp: ` ${now}` })).toBe(false)
    expect(signed({ secret: '' })).toBe(false)
  })
})
