/**
 * The pure rules behind the privacy and hostile-input defences: how people are named, who may see
 * what, the signed form token, the honeypot and the pixel limit.
 */
import sharp from 'sharp'

import { hasCapability } from '../../access/derive'
import { ROLES } from '../../access/roles'
import { checkFormToken, honeypotFilled, issueFormToken } from '../../src/lib/formToken'
import { checkImagePixels, MAX_IMAGE_MEGAPIXELS } from '../../src/lib/imagePixels'
import { displayNameAtStart, displayNameOf, looksLikeEmail, NAMELESS } from '../../src/lib/people'
import { hugePng } from './hugeImage'

describe('naming people', () => {
  it.each([
    [{ name: 'Judi Webb', roles: ['author'] }, 'Judi Webb'],
    [{ name: '  Judi Webb ', roles: [] }, 'Judi Webb'],
    [{ name: '', roles: ['contributor', 'editor'] }, 'an editor'],
    [{ name: null, roles: ['moderator'] }, 'a moderator'],
    // A name that is an address is not used as one.
    [{ name: 'judi@example.com', roles: ['admin'] }, 'an administrator'],
    [{ roles: [] }, NAMELESS],
    [null, NAMELESS],
  ])('should name %j as "%s", never by email', (person, expected) => {
    expect(displayNameOf(person)).toBe(expected)
    expect(looksLikeEmail(displayNameOf(person))).toBe(false)
  })

  it('should start a sentence with a capital', () => {
    expect(displayNameAtStart({ roles: ['editor'] })).toBe('An editor')
  })

  it('should recognise addresses', () => {
    expect(looksLikeEmail('editor@example.com')).toBe(true)
    expect(looksLikeEmail('Demo editor')).toBe(false)
    expect(looksLikeEmail('@handle')).toBe(false)
  })
})

describe('capabilities', () => {
  const user = (role: string) => ({ id: 'u', roles: [role] })

  it('should let every staff role read the workflow history, and nobody else', () => {
    for (const role of ROLES) expect(hasCapability(user(role), 'readWorkflowHistory')).toBe(true)
    expect(hasCapability(null, 'readWorkflowHistory')).toBe(false)
    expect(hasCapability({ id: 'u', roles: [] }, 'readWorkflowHistory')).toBe(false)
  })

  it('should keep email addresses to admins, and the team’s to editors', () => {
    const allowed = (capability: 'readAnyEmail' | 'readTeamEmails') =>
      ROLES.filter((role) => hasCapability(user(role), capability))
    expect(allowed('readAnyEmail')).toEqual(['admin'])
    expect(allowed('readTeamEmails')).toEqual(['admin', 'editor'])
    expect(hasCapability(null, 'readTeamEmails')).toBe(false)
  })
})

describe('the form token', () => {
  const secret = 'a-secret-for-the-form-token-tests'
  const now = Date.parse('2026-11-30T12:00:00Z')

  it('should accept a token of this server between 3 s and a day old', () => {
    expect(checkFormToken(secret, issueFormToken(secret, now - 20_000), { now })).toEqual({
      ok: true,
      seconds: 20,
    })
    expect(checkFormToken(secret, issueFormToken(secret, now - 86_000_000), { now }).ok).toBe(true)
  })

  it('should refuse a fresh, a future and an old token, saying which', () => {
    expect(checkFormToken(secret, issueFormToken(secret, now - 1000), { now })).toEqual({
      ok: false,
      reason: 'tooQuick',
      seconds: 1,
    })
    expect(checkFormToken(secret, issueFormToken(secret, now + 60_000), { now })).toMatchObject({
      reason: 'tooQuick',
      seconds: 0,
    })
    expect(checkFormToken(secret, issueFormToken(secret, now - 90_000_000), { now })).toMatchObject(
      { reason: 'expired' },
    )
  })

  it('should refuse a token whose time was changed, another key’s token and junk', () => {
    const token = issueFormToken(secret, now - 1000)
    const [prefix, , signature] = token.split('.')
    const backdated = `${prefix}.${now - 60_000}.${signature}`
    expect(checkFormToken(secret, backdated, { now })).toEqual({ ok: false, reason: 'forged' })
    const foreign = issueFormToken('another-secret-entirely-0123456789', now - 60_000)
    expect(checkFormToken(secret, foreign, { now }).ok).toBe(false)
    for (const junk of [now - 60_000, 'f1', 'f1.1.2.3', { token }, ['f1'], 'x'.repeat(500)])
      expect(checkFormToken(secret, junk, { now })).toEqual({ ok: false, reason: 'forged' })
    for (const missing of [undefined, null, ''])
      expect(checkFormToken(secret, missing, { now })).toEqual({ ok: false, reason: 'missing' })
  })
})

describe('the honeypot', () => {
  it('should be empty only when absent, null or blank text', () => {
    for (const empty of [undefined, null, '', '   ']) expect(honeypotFilled(empty)).toBe(false)
    for (const filled of ['http://spam.example', 0, 1, false, true, [], {}, ['x']])
      expect(honeypotFilled(filled)).toBe(true)
  })
})

describe('the pixel limit', () => {
  it.each([
    [16_000, 16_000, 256],
    [20_000, 20_000, 400],
  ])('should refuse a %i x %i image from its header alone', async (width, height, megapixels) => {
    const file = hugePng(width, height)
    expect(file.length).toBeLessThan(2000)
    expect(await checkImagePixels(file)).toBe(
      `the image is ${width} x ${height} pixels (${megapixels} megapixels); images can be at most ${MAX_IMAGE_MEGAPIXELS} megapixels.`,
    )
  })

  it('should let an ordinary photograph through, and leave non-images to the type check', async () => {
    const photo = await sharp({
      create: { width: 6000, height: 4000, channels: 3, background: '#88aacc' },
    })
      .jpeg()
      .toBuffer()
    expect(await checkImagePixels(photo)).toBeNull()
    expect(await checkImagePixels(Buffer.from('not an image at all'))).toBeNull()
  })
})
