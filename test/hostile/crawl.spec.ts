/**
 * A hostile client against the real production server on the demo site: well over a thousand
 * generated malformed and abusive requests, as the public and as a contributor, across every
 * collection, the global, GraphQL, the auth routes and odd paths. For every group: no 5xx (nor a
 * GraphQL error with status 500), no request left unanswered, no private value or key in any
 * answer, filters on private fields that reveal nothing, and `/healthz` answering within 1 s all
 * along and afterwards. A last group checks that every legitimate public read still gets its 200.
 *
 * Each group prints its status histogram and everything it found (process.stdout), so the output
 * of a failed run is the list of what to fix.
 *
 * The submission limits are raised for this server: abusive comment bodies should reach the
 * validators, not stop at the per-address limit (the limit tests cover the limits themselves).
 */
import type { SanitizedConfig } from 'payload'

import { TEST_SECRET, testDatabase } from '../helpers/database'
import { DEMO_PASSWORD, startSeededServer, type SeededServer } from '../helpers/seededServer'
import { startSmtpServer, type TestSmtpServer } from '../helpers/smtpServer'
import { authAbuse } from './auth'
import { bodyAbuse } from './bodies'
import { schemaOf, type SchemaInfo } from './fields'
import { graphqlAbuse, loadSchema } from './graphql'
import type { HostileRequest } from './http'
import { pathAbuse } from './paths'
import { publicReads } from './publicReads'
import { queryAbuse } from './queries'
import { formatReport, runGroup, type GroupReport } from './runner'
import { plant, type Fixtures } from './setup'

const CONCURRENCY = 8
const HEALTH_LIMIT_MS = 1000
/** A request unanswered this long is a stall (the health limit is a tenth of it). */
const REQUEST_TIMEOUT_MS = 10_000
/** Per group; the whole file stays within a few minutes on the 2-core machine. */
const GROUP_BUDGET_MS = 45_000
/** After each group, the next waits at most this long for the server to be healthy again. */
const SETTLE_MS = 30_000

/** The sanitized Payload config (fields as Payload sees them), loaded without booting Payload. */
async function loadConfig(): Promise<SanitizedConfig> {
  const db = testDatabase('hostile-schema')
  process.env.PAYLOAD_SECRET ??= TEST_SECRET
  process.env.DATABASE_URI ??= db.uri
  process.env.MEDIA_DIR ??= db.mediaDir
  try {
    const { default: config } = await import('../../payload.config')
    return await config
  } finally {
    db.cleanup()
  }
}

describe('a hostile client', () => {
  let smtp: TestSmtpServer
  let ctx: SeededServer
  let fx: Fixtures
  let schema: SchemaInfo
  let contributorToken: string
  const reports: GroupReport[] = []

  beforeAll(async () => {
    smtp = await startSmtpServer()
    ctx = await startSeededServer('hostile', {
      SUBMISSIONS_PER_MINUTE_PER_IP: '100000',
      SUBMISSIONS_PER_MINUTE_PER_EMAIL: '100000',
      SMTP_HOST: smtp.host,
      SMTP_PORT: String(smtp.port),
    })
    fx = await plant(ctx.server.url, ctx.admin, ctx.anonymous, smtp)
    contributorToken = fx.contributorToken
    schema = schemaOf(await loadConfig())
  }, 240_000)

  afterAll(async () => {
    const total = reports.reduce((sum, report) => sum + report.sent, 0)
    process.stdout.write(`hostile suite: ${total} requests in ${reports.length} groups\n`)
    await ctx?.stop()
    await smtp?.close()
  })

  const run = async (group: string, requests: HostileRequest[], concurrency = CONCURRENCY) => {
    const report = await runGroup(group, requests, {
      baseUrl: ctx.server.url,
      contributorToken,
      self: { id: fx.contributorId, email: fx.contributorEmail },
      secrets: fx.secrets,
      concurrency,
      requestTimeoutMs: REQUEST_TIMEOUT_MS,
      budgetMs: GROUP_BUDGET_MS,
      healthLimitMs: HEALTH_LIMIT_MS,
      serverOutput: ctx.server.output,
      settleMs: SETTLE_MS,
    })
    // The contributor must still be signed in after the group; if not, that is a finding, and the
    // next group signs in again so it still speaks for a contributor.
    const me = await fx.contributorClient.rest('GET', '/api/users/me', undefined, {
      authorization: `JWT ${contributorToken}`,
    })
    report.sessionLost = me.body?.user?.id !== fx.contributorId
    if (report.sessionLost)
      contributorToken = await fx.contributorClient.login(fx.contributorEmail, DEMO_PASSWORD)
    reports.push(report)
    process.stdout.write(formatReport(report))
    return report
  }

  /** Everything a group must not have produced, in one comparison so a failure shows it all. */
  const problems = (report: GroupReport) => ({
    '5xx': report.serverErrors,
    'no answer': report.stalls,
    leaks: report.leaks,
    oracles: report.oracles,
    'slow or failed /healthz': report.health.slow,
    'not sent within the budget': report.notSent,
    "the contributor's session ended": report.sessionLost,
  })
  const none = {
    '5xx': [],
    'no answer': [],
    leaks: [],
    oracles: [],
    'slow or failed /healthz': [],
    'not sent within the budget': 0,
    "the contributor's session ended": false,
  }

  it('should survive query-string abuse on every collection and global', async () => {
    const report = await run('query strings', queryAbuse(schema, fx))
    expect(problems(report)).toEqual(none)
  })

  it('should survive body abuse on every collection and global', async () => {
    const report = await run('bodies', bodyAbuse(schema, fx))
    expect(problems(report)).toEqual(none)
  })

  it('should survive GraphQL abuse', async () => {
    const report = await run('graphql', graphqlAbuse(loadSchema(), fx).rest)
    expect(problems(report)).toEqual(none)
  })

  it('should refuse the costliest GraphQL queries while /healthz keeps answering', async () => {
    const report = await run(
      'graphql, costliest (one at a time)',
      graphqlAbuse(loadSchema(), fx).costly,
      1,
    )
    expect(problems(report)).toEqual(none)
  })

  it('should survive abuse of the auth routes and forged tokens', async () => {
    const report = await run('auth', authAbuse(fx))
    expect(problems(report)).toEqual(none)
  })

  it('should survive path, method and header abuse and the internal collections', async () => {
    const report = await run('paths', pathAbuse(fx))
    expect(problems(report)).toEqual(none)
  })

  it('should still answer every legitimate public read with 200 afterwards', async () => {
    const report = await run('public reads', publicReads(fx))
    expect({ ...problems(report), unmet: report.unmet }).toEqual({ ...none, unmet: [] })
  })

  it('should have sent at least 1,000 requests', () => {
    expect(reports.reduce((sum, report) => sum + report.sent, 0)).toBeGreaterThanOrEqual(1000)
  })
})
