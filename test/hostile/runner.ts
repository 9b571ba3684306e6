/**
 * Runs one group of hostile requests against the server: a bounded number at a time, inside a
 * time budget, while `/healthz` is asked over and over on its own connection. Collects what the
 * assertions need (5xx answers, stalls, leaks, unmet expectations, oracle pairs that differ, slow
 * health answers) and a status histogram for the test output.
 */
import http from 'node:http'

import { send, sendRaw, type Answer, type HostileRequest } from './http'
import { leaksIn, type Secrets } from './privacy'

export type RunOptions = {
  baseUrl: string
  /** The contributor's token, sent as `Authorization: JWT …` on the contributor's requests. */
  contributorToken: string
  self: { id: string; email: string }
  secrets: Secrets
  concurrency: number
  /** No request may take longer than this; one that does is a stall. */
  requestTimeoutMs: number
  /** The whole group must finish within this; what is left is reported as not sent. */
  budgetMs: number
  /** A health answer slower than this fails the group. */
  healthLimitMs: number
  /** Everything the server printed so far: its error lines during the group are reported. */
  serverOutput?: () => string
  /** After the group, how long to wait for the server to be healthy again before the next one. */
  settleMs: number
}

export type GroupReport = {
  group: string
  sent: number
  notSent: number
  ms: number
  histogram: Record<string, number>
  serverErrors: string[]
  stalls: string[]
  leaks: string[]
  unmet: string[]
  oracles: string[]
  /** The five slowest requests, for whoever makes them cheaper. */
  slowest: { line: string; ms: number }[]
  health: { polls: number; slowestMs: number; slow: string[] }
  /** How long after the group the server answered /healthz in time again (undefined: never). */
  recoveredAfterMs?: number
  /** Distinct error lines the server printed during the group. */
  serverLog: string[]
  /** Set by the caller: the contributor was no longer signed in after the group. */
  sessionLost?: boolean
}

const describeRequest = (request: HostileRequest) => {
  const what = request.raw ? 'RAW' : `${request.method} ${request.path}`
  return `[${request.as}] ${request.label} :: ${what.length > 160 ? `${what.slice(0, 160)}…` : what}`
}

const excerpt = (text: string) => text.replace(/\s+/g, ' ').slice(0, 300)

/** GraphQL answers a server fault inside a 200 as an error with statusCode 500. */
function graphqlFaults(text: string): string[] {
  try {
    const body = JSON.parse(text) as {
      errors?: { message?: string; extensions?: { statusCode?: number } }[]
    }
    return (body.errors ?? [])
      .filter((error) => (error.extensions?.statusCode ?? 0) >= 500)
      .map((error) => error.message ?? '')
  } catch {
    return []
  }
}

/** What an oracle pair compares: the status and, for lists and counts, which documents matched. */
function visible(answer: Answer): string {
  try {
    const body = JSON.parse(answer.text) as { totalDocs?: number; docs?: { id?: string }[] }
    return `${answer.status} total=${body.totalDocs} ids=${(body.docs ?? []).map((doc) => doc.id).join(',')}`
  } catch {
    return `${answer.status}`
  }
}

type Flight = { start: number; end: number; label: string }

/** Polls /healthz one request at a time until stopped; each answer must come within the limit. */
function pollHealth(baseUrl: string, limitMs: number) {
  const agent = new http.Agent({ keepAlive: false, maxSockets: 1 })
  const result = { polls: 0, slowestMs: 0, slow: [] as string[] }
  const slowSamples: { start: number; end: number; text: string }[] = []
  let running = true
  const loop = (async () => {
    while (running) {
      const start = Date.now()
      const answer = await send(
        baseUrl,
        { method: 'GET', path: '/healthz' },
        { timeoutMs: limitMs * 5, agent },
      )
      result.polls++
      result.slowestMs = Math.max(result.slowestMs, answer.ms)
      if (answer.status !== 200 || answer.ms > limitMs) {
        slowSamples.push({
          start,
          end: Date.now(),
          text: `${answer.status || answer.error} in ${answer.ms} ms`,
        })
      }
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
  })()
  return {
    /** Stops polling; each slow answer names the requests that were in flight meanwhile. */
    stop: async (flights: Flight[]) => {
      running = false
      await loop
      agent.destroy()
      for (const sample of slowSamples) {
        const suspects = flights
          .filter((flight) => flight.start < sample.end && flight.end > sample.start)
          .map((flight) => flight.label)
        result.slow.push(
          `${sample.text}; in flight meanwhile (${suspects.length}): ${suspects.slice(0, 8).join(' | ')}`,
        )
      }
      return result
    },
  }
}

export async function runGroup(
  group: string,
  requests: HostileRequest[],
  options: RunOptions,
): Promise<GroupReport> {
  const started = Date.now()
  const deadline = started + options.budgetMs
  // A fresh connection per request: a kept-alive socket the server closed while idle would show
  // up here as a reset the server never caused.
  const agent = new http.Agent({ keepAlive: false, maxSockets: options.concurrency })
  const report: GroupReport = {
    group,
    sent: 0,
    notSent: 0,
    ms: 0,
    histogram: {},
    serverErrors: [],
    stalls: [],
    leaks: [],
    unmet: [],
    oracles: [],
    slowest: [],
    health: { polls: 0, slowestMs: 0, slow: [] },
    serverLog: [],
  }
  const logStart = options.serverOutput?.().length ?? 0
  const pairs = new Map<string, Partial<Record<'real' | 'bogus', string>>>()
  const health = pollHealth(options.baseUrl, options.healthLimitMs)

  const flights: Flight[] = []
  const handle = async (request: HostileRequest) => {
    const start = Date.now()
    const headers = {
      ...(request.as === 'contributor' ? { authorization: `JWT ${options.contributorToken}` } : {}),
      ...request.headers,
    }
    const answer = request.raw
      ? await sendRaw(options.baseUrl, request.raw, options.requestTimeoutMs)
      : await send(
          options.baseUrl,
          { ...request, headers },
          { timeoutMs: options.requestTimeoutMs, agent },
        )
    report.sent++
    flights.push({ start, end: Date.now(), label: `[${request.as}] ${request.label}` })
    const key = answer.status ? String(answer.status) : 'no answer'
    report.histogram[key] = (report.histogram[key] ?? 0) + 1
    const line = `${describeRequest(request)} -> ${answer.status || answer.error} in ${answer.ms} ms`
    report.slowest.push({ line, ms: answer.ms })
    report.slowest = report.slowest.sort((a, b) => b.ms - a.ms).slice(0, 5)
    if (answer.status >= 500) report.serverErrors.push(`${line}: ${excerpt(answer.text)}`)
    const faults = graphqlFaults(answer.text)
    if (faults.length > 0) {
      report.serverErrors.push(
        `${line}: ${faults.length} GraphQL error(s) with status 500, the first: ${faults[0]}`,
      )
    }
    if (answer.status === 0 && answer.error) report.stalls.push(`${line}`)
    for (const leak of leaksIn(
      request,
      answer.text,
      options.secrets,
      request.self ?? options.self,
    )) {
      report.leaks.push(`${describeRequest(request)} -> ${answer.status}: ${leak}`)
    }
    if (request.expectStatus !== undefined) {
      if (answer.status !== request.expectStatus) {
        report.unmet.push(`${line}, expected ${request.expectStatus}: ${excerpt(answer.text)}`)
      } else if (request.path.startsWith('/api/graphql') && /"errors"\s*:/.test(answer.text)) {
        report.unmet.push(`${line}, with errors: ${excerpt(answer.text)}`)
      }
    }
    if (request.oracle) {
      const pair = pairs.get(request.oracle.key) ?? {}
      pair[request.oracle.variant] = visible(answer)
      pairs.set(request.oracle.key, pair)
    }
  }

  let next = 0
  const worker = async () => {
    while (next < requests.length) {
      if (Date.now() > deadline) return
      const request = requests[next++]!
      await handle(request)
    }
  }
  try {
    await Promise.all(Array.from({ length: options.concurrency }, worker))
  } finally {
    report.health = await health.stop(flights)
    agent.destroy()
  }
  // And once more after the group: the server has recovered.
  const after = await send(
    options.baseUrl,
    { method: 'GET', path: '/healthz' },
    {
      timeoutMs: options.healthLimitMs * 5,
    },
  )
  report.health.polls++
  report.health.slowestMs = Math.max(report.health.slowestMs, after.ms)
  if (after.status !== 200 || after.ms > options.healthLimitMs) {
    report.health.slow.push(`after the group: ${after.status || after.error} in ${after.ms} ms`)
  }
  report.recoveredAfterMs = await settle(options)
  report.serverLog = errorLines(options.serverOutput?.().slice(logStart) ?? '')
  report.notSent = requests.length - report.sent
  for (const [key, pair] of pairs) {
    if (pair.real !== pair.bogus)
      report.oracles.push(`${key}: real value -> ${pair.real}; bogus value -> ${pair.bogus}`)
  }
  report.ms = Date.now() - started
  return report
}

/**
 * Waits until /healthz answers within the limit, so one group's damage is not blamed on the next;
 * resolves with how long that took, or undefined if it never did.
 */
async function settle(options: RunOptions): Promise<number | undefined> {
  const started = Date.now()
  while (Date.now() - started < options.settleMs) {
    const answer = await send(
      options.baseUrl,
      { method: 'GET', path: '/healthz' },
      {
        timeoutMs: options.healthLimitMs * 5,
      },
    )
    if (answer.status === 200 && answer.ms <= options.healthLimitMs) return Date.now() - started
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  return undefined
}

/** The server's error lines, each once, shortened: what a fixer reads first. */
function errorLines(output: string): string[] {
  const seen = new Set<string>()
  for (const line of output.split('\n')) {
    // pino-pretty's headline, the error's own message, and our API layer's one-line report.
    if (!/\bERROR\b|"message":|^\s*\w*Error: |^api: .* failed: /.test(line)) continue
    const short = line.replace(/\s+/g, ' ').trim().slice(0, 300)
    if (short) seen.add(short)
  }
  return [...seen]
}

/** The lines the test prints for a group: histogram first, then every problem found. */
export function formatReport(report: GroupReport): string {
  const statuses = Object.entries(report.histogram)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([status, count]) => `${status}: ${count}`)
    .join(', ')
  const lines = [
    `hostile group "${report.group}": ${report.sent} sent${report.notSent ? `, ${report.notSent} NOT SENT (budget)` : ''} in ${(report.ms / 1000).toFixed(1)} s`,
    `  statuses: ${statuses}`,
    `  /healthz: ${report.health.polls} answers, slowest ${report.health.slowestMs} ms${report.health.slow.length ? `, ${report.health.slow.length} too slow or failed` : ''}; healthy again ${report.recoveredAfterMs === undefined ? 'NEVER (within the wait)' : `after ${report.recoveredAfterMs} ms`}`,
  ]
  const section = (title: string, items: string[]) => {
    if (items.length === 0) return
    lines.push(`  ${title} (${items.length}):`)
    for (const item of items.slice(0, 200)) lines.push(`    ${item}`)
    if (items.length > 200) lines.push(`    … and ${items.length - 200} more`)
  }
  section(
    'slowest requests',
    report.slowest.map((entry) => entry.line),
  )
  section('5xx', report.serverErrors)
  section('no answer', report.stalls)
  section('private values or keys in answers', report.leaks)
  section('legitimate reads not answered as expected', report.unmet)
  section('filters on private fields that answer differently', report.oracles)
  section('slow or failed health answers', report.health.slow)
  if (report.sessionLost) lines.push("  the contributor's session ended during this group")
  section('server error lines (first 30 distinct)', report.serverLog.slice(0, 30))
  return `${lines.join('\n')}\n`
}
