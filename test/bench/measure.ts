/**
 * One scenario under load (autocannon: 32 connections, a 2 s warm-up, then BENCH_SECONDS), and
 * the resident memory of the server process answering it.
 */
import fs from 'node:fs'

import autocannon from 'autocannon'

export const CONNECTIONS = 32
export const WARM_UP_SECONDS = 2
export const DURATION_SECONDS = Number(process.env.BENCH_SECONDS ?? 10)

export type Load = { url: string; method: 'GET' | 'POST'; body?: string }
export type Figures = {
  rps: number
  p50: number
  p99: number
  mean: number
  errors: number
  non2xx: number
}

export async function measure(load: Load): Promise<Figures> {
  const run = (duration: number) =>
    autocannon({
      url: load.url,
      method: load.method,
      body: load.body,
      headers: load.body ? { 'content-type': 'application/json' } : undefined,
      connections: CONNECTIONS,
      duration,
    })
  // Warm-up: JIT, connection pools and, on the cached server, the cache itself.
  await run(WARM_UP_SECONDS)
  const result = await run(DURATION_SECONDS)
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    mean: result.latency.mean,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  }
}

/** Resident memory of a process in MB, from /proc (Linux), or undefined where there is none. */
export function rssMb(pid: number): number | undefined {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8')
    const kb = /^VmRSS:\s+(\d+) kB/m.exec(status)?.[1]
    return kb === undefined ? undefined : Number(kb) / 1024
  } catch {
    return undefined
  }
}

/** Samples a process's RSS every 100 ms until stopped; `stop` returns the peak seen. */
export function watchPeakRss(pid: number): { stop: () => number | undefined } {
  let peak: number | undefined
  const sample = () => {
    const now = rssMb(pid)
    if (now !== undefined) peak = Math.max(peak ?? 0, now)
  }
  sample()
  const timer = setInterval(sample, 100)
  return {
    stop: () => {
      clearInterval(timer)
      sample()
      return peak
    },
  }
}
