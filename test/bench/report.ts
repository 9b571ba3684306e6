/**
 * The bench's figures as Markdown tables, to be quoted as printed: one table per size, a summary
 * of the ratios against their targets, and the servers' memory.
 */
import { CONNECTIONS, DURATION_SECONDS, WARM_UP_SECONDS, type Figures } from './measure'

export type Memory = { idle?: number; peak?: number }
type Run = 'uncached' | 'cached' | 'baseline'

export type SizeResult = {
  posts: number
  scenarios: string[]
  uncached: Figures[]
  cached: Figures[]
  baseline: Figures[]
  ceiling: Figures[]
  /** Size of each scenario's answer. */
  bytes: { ours: number[]; baseline: number[] }
  memory: Record<Run, Memory>
}

const TARGETS = {
  /** Uncached req/s ÷ baseline req/s, at least. */
  vsBaseline: 1.0,
  /** Cached req/s ÷ ceiling req/s, at least. */
  vsCeiling: 0.5,
  /** Cached p99 in ms, at most. */
  cachedP99: 50,
  /** Uncached mean latency at the largest size ÷ at the smallest, at most. */
  growth: 1.2,
}

const count = (value: number) => Math.round(value).toLocaleString('en-US')
const ms = (value: number) => value.toFixed(1)
const mb = (value: number | undefined) => (value === undefined ? 'n/a' : value.toFixed(0))
const NO_ANSWERS = 'n/a (no answers)'
/** a ÷ b, unless either run finished no request within the measured seconds. */
const ratio = (a: number, b: number) => (a > 0 && b > 0 ? a / b : undefined)
const atLeast = (value: number | undefined, target: number) =>
  value === undefined ? NO_ANSWERS : `${value.toFixed(2)} ${value >= target ? '✓' : '✗'}`
const atMost = (value: number | undefined, target: number, format = (v: number) => v.toFixed(2)) =>
  value === undefined ? NO_ANSWERS : `${format(value)} ${value <= target ? '✓' : '✗'}`
/** Latency figures of a run that answered nothing are not figures. */
const answered = (f: Figures, value: number) => (f.rps > 0 ? value : undefined)

function table(header: string[], rows: string[][]) {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)))
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`
  console.log(line(header))
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`)
  for (const row of rows) console.log(line(row))
  console.log('')
}

export function printLegend() {
  console.log(
    [
      `Read scenarios: autocannon, ${CONNECTIONS} connections, ${WARM_UP_SECONDS} s warm-up then ${DURATION_SECONDS} s each; node ${process.version}.`,
      '- uncached: our production server (src/server.ts) with READ_CACHE=off.',
      '- cached: the same server with the read cache on, anonymous requests, warm (answers are X-Cache: HIT).',
      '- baseline: plain Payload (test/bench/baseline/) on the same content (the same posts at each size):',
      '  same collections and basic fields, no hooks, access rules, drafts or versions, public read;',
      '  served the same way (Express, `payloadApi`), no cache.',
      '- ceiling: bare Express answering with our uncached bytes from memory.',
      `Targets: uncached ÷ baseline ≥ ${TARGETS.vsBaseline.toFixed(1)}, cached ÷ ceiling ≥ ${TARGETS.vsCeiling}, ` +
        `cached p99 ≤ ${TARGETS.cachedP99} ms, uncached mean latency largest ÷ smallest size ≤ ${TARGETS.growth}` +
        ' (per-request cost growth). Runs with no answer within the measured seconds show n/a.',
      '',
    ].join('\n'),
  )
}

export function printSize(result: SizeResult) {
  console.log(`### ${count(result.posts)} posts\n`)
  const rows = result.scenarios.flatMap((name, i) => {
    const row = (run: string, f: Figures, ratio: string, bytes: number | string, p99?: string) => [
      run === 'uncached' ? name : '',
      run,
      count(f.rps),
      f.rps > 0 ? ms(f.p50) : 'n/a',
      p99 ?? (f.rps > 0 ? ms(f.p99) : 'n/a'),
      f.rps > 0 ? ms(f.mean) : 'n/a',
      ratio,
      String(bytes),
      `${f.errors} / ${f.non2xx}`,
    ]
    const uncached = result.uncached[i]!
    const cached = result.cached[i]!
    const baseline = result.baseline[i]!
    const ceiling = result.ceiling[i]!
    return [
      row(
        'uncached',
        uncached,
        `÷ baseline ${atLeast(ratio(uncached.rps, baseline.rps), TARGETS.vsBaseline)}`,
        result.bytes.ours[i]!,
      ),
      row(
        'cached',
        cached,
        `÷ ceiling ${atLeast(ratio(cached.rps, ceiling.rps), TARGETS.vsCeiling)}`,
        result.bytes.ours[i]!,
        atMost(answered(cached, cached.p99), TARGETS.cachedP99, ms),
      ),
      row('baseline', baseline, '', result.bytes.baseline[i]!),
      row('ceiling', ceiling, '', result.bytes.ours[i]!),
    ]
  })
  table(
    [
      'scenario',
      'run',
      'req/s',
      'p50 ms',
      'p99 ms',
      'mean ms',
      'ratio',
      'bytes',
      'errors / non-2xx',
    ],
    rows,
  )
}

export function printSummary(results: SizeResult[]) {
  const first = results[0]!
  const last = results.at(-1)!
  const sizes = results.map((result) => count(result.posts)).join(' / ')
  const each = (format: (result: SizeResult) => string) => results.map(format).join(' / ')
  const rows = first.scenarios.map((name, i) => [
    name,
    each((r) => atLeast(ratio(r.uncached[i]!.rps, r.baseline[i]!.rps), TARGETS.vsBaseline)),
    each((r) => atLeast(ratio(r.cached[i]!.rps, r.ceiling[i]!.rps), TARGETS.vsCeiling)),
    each((r) => atMost(answered(r.cached[i]!, r.cached[i]!.p99), TARGETS.cachedP99, ms)),
    results.length > 1
      ? atMost(
          ratio(
            answered(last.uncached[i]!, last.uncached[i]!.mean) ?? 0,
            answered(first.uncached[i]!, first.uncached[i]!.mean) ?? 0,
          ),
          TARGETS.growth,
        )
      : 'n/a (one size)',
  ])
  console.log(`### Summary (${sizes} posts)\n`)
  table(
    [
      'scenario',
      `uncached ÷ baseline (≥ ${TARGETS.vsBaseline.toFixed(1)})`,
      `cached ÷ ceiling (≥ ${TARGETS.vsCeiling})`,
      `cached p99 ms (≤ ${TARGETS.cachedP99})`,
      `cost growth ${count(first.posts)} → ${count(last.posts)} (≤ ${TARGETS.growth})`,
    ],
    rows,
  )
}

export function printMemory(results: SizeResult[]) {
  const labels: Record<Run, string> = {
    uncached: 'ours, READ_CACHE=off',
    cached: 'ours, read cache on',
    baseline: 'baseline',
  }
  const rows = results.flatMap((result) =>
    (Object.keys(labels) as Run[]).map((run) => [
      labels[run],
      count(result.posts),
      mb(result.memory[run].idle),
      mb(result.memory[run].peak),
    ]),
  )
  console.log('### Server memory (RSS of the server process)\n')
  table(['server', 'posts', 'idle MB (after start)', 'peak MB (under the read load)'], rows)
}
