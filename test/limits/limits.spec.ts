/**
 * One limiter per limit: counts kept by name, wherever they are consumed, and the submission
 * limits built on them (per address across comments and questions, per email per collection).
 */
import { randomUUID } from 'node:crypto'

import { limit } from '../../src/lib/limits'
import { countSubmission } from '../../src/lib/limits/submissions'

const fresh = () => `test:${randomUUID()}`

describe('limits', () => {
  it('should allow the limit, then refuse with the seconds until the window ends', async () => {
    const perMinute = limit(fresh(), 3, 60)
    const verdicts = []
    for (let index = 0; index < 5; index++) verdicts.push(await perMinute.consume('203.0.113.1'))
    expect(verdicts.map((verdict) => verdict.allowed)).toEqual([true, true, true, false, false])
    const refused = verdicts[3]!
    if (refused.allowed) throw new Error('expected a refusal')
    expect(refused.retryAfterSeconds).toBeGreaterThanOrEqual(59)
    expect(refused.retryAfterSeconds).toBeLessThanOrEqual(60)
  })

  it('should count each key apart', async () => {
    const perMinute = limit(fresh(), 1, 60)
    expect((await perMinute.consume('a')).allowed).toBe(true)
    expect((await perMinute.consume('b')).allowed).toBe(true)
    expect((await perMinute.consume('a')).allowed).toBe(false)
  })

  it('should share one count among everyone who asks for the same limit', async () => {
    const name = fresh()
    const rest = limit(name, 2, 60)
    const graphql = limit(name, 2, 60)
    expect((await rest.consume('ip')).allowed).toBe(true)
    expect((await graphql.consume('ip')).allowed).toBe(true)
    expect((await rest.consume('ip')).allowed).toBe(false)
    expect((await graphql.consume('ip')).allowed).toBe(false)
  })

  it('should count submissions per address across comments and questions', async () => {
    const limits = { submissionsPerMinutePerIp: 2, submissionsPerMinutePerEmail: 100 }
    const ip = `198.51.100.${Math.floor(Math.random() * 250)}-${randomUUID()}`
    expect(await countSubmission(limits, { collection: 'comments', ip })).toBeUndefined()
    expect(await countSubmission(limits, { collection: 'reader-questions', ip })).toBeUndefined()
    const refusal = await countSubmission(limits, { collection: 'comments', ip })
    expect(refusal).toMatchObject({ limit: 'per-address' })
    expect(refusal!.message).toMatch(
      /from your address \(at most 2 comments and questions a minute\)/,
    )
    expect(refusal!.message).toMatch(/try again in \d+ s\.$/)
  })

  it('should count submissions per email for each collection', async () => {
    const limits = { submissionsPerMinutePerIp: 100, submissionsPerMinutePerEmail: 1 }
    const email = `${randomUUID()}@readers.example`
    const from = (collection: string) => ({ collection, ip: randomUUID(), email })
    expect(await countSubmission(limits, from('comments'))).toBeUndefined()
    expect(await countSubmission(limits, from('reader-questions'))).toBeUndefined()
    const refusal = await countSubmission(limits, from('comments'))
    expect(refusal).toMatchObject({ limit: 'per-email' })
    expect(refusal!.message).toMatch(
      /this email address \(at most 1 a minute\); try again in \d+ s\./,
    )
  })
})
