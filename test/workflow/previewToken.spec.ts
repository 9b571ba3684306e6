import { signPreviewToken, verifyPreviewToken } from '../../src/lib/previewToken'

const SECRET = 'a-secret-for-preview-tokens-0123456789'
const NOW = new Date('2026-11-21T10:00:00.250Z')
const at = (offsetMs: number) => new Date(NOW.getTime() + offsetMs)

describe('preview tokens', () => {
  const { token, expiresAt } = signPreviewToken(
    SECRET,
    { collection: 'posts', id: 'abc' },
    { ttlSeconds: 60, now: NOW },
  )

  it('should open one document until it expires, and live at least as long as asked', () => {
    expect(verifyPreviewToken(SECRET, token, NOW)).toMatchObject({ collection: 'posts', id: 'abc' })
    expect(verifyPreviewToken(SECRET, token, at(60_000))).not.toBeNull()
    expect(new Date(expiresAt).getTime()).toBeGreaterThanOrEqual(at(60_000).getTime())
    expect(verifyPreviewToken(SECRET, token, new Date(expiresAt))).toBeNull()
  })

  it('should refuse another secret, a changed payload or signature, and junk', () => {
    expect(verifyPreviewToken('another-secret-entirely-0123456789', token, NOW)).toBeNull()
    const [payload, signature] = token.split('.')
    const forged = Buffer.from(
      JSON.stringify({ collection: 'posts', id: 'other', exp: 9999999999 }),
    ).toString('base64url')
    expect(verifyPreviewToken(SECRET, `${forged}.${signature}`, NOW)).toBeNull()
    expect(verifyPreviewToken(SECRET, `${payload}.${signature!.slice(0, -1)}A`, NOW)).toBeNull()
    for (const junk of ['', '.', 'a.b.c', 'not-a-token'])
      expect(verifyPreviewToken(SECRET, junk, NOW)).toBeNull()
  })
})
