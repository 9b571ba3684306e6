/**
 * The cluster part of `npm run bench` (BENCH_ONLY=cluster runs it alone): the read scenarios
 * through nginx to 1 and then 3 production server processes on one Postgres database (a
 * throw-away cluster), with the read cache off (every request reaches Postgres) and on. Prints
 * req/s and p99 for each, the scaling ratio (3 processes / 1), and the CPU each server process and
 * Postgres used while measured. On a 2-core machine that also runs the load generator, nginx and
 * Postgres, expect little scaling.
 */
import fs from 'node:fs'

import { postgresTestDatabase, type TestDatabase } from '../helpers/database'
import { startNginx, type RunningNginx } from '../helpers/nginx'
import type { RunningServer } from '../helpers/server'
import { startThrowawayPostgres } from '../../src/scripts/throwawayPostgres'
import { measure, type Figures } from './measure'
import { seed, startOurs } from './processes'
import { ask, loadOf, scenarios, type Scenario } from './scenarios'

const log = (line: string) => console.log(line)
const CLOCK_TICKS = 100

/** User + system CPU seconds a process has used so far (Linux /proc). */
function cpuSeconds(pid: number): number {
  try {
    const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ')
    return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS
  } catch {
    return 0
  }
}

/** The throw-away cluster's postmaster and its children (the backends), for CPU figures. */
function postgresPids(dataDir: string): number[] {
  let postmaster: number
  try {
    postmaster = Number(fs.readFileSync(`${dataDir}/postmaster.pid`, 'utf8').split('\n')[0])
  } catch {
    return []
  }
  const pids = [postmaster]
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    try {
      const status = fs.readFileSync(`/proc/${entry}/status`, 'utf8')
      if (Number(/^PPid:\s+(\d+)/m.exec(status)?.[1]) === postmaster) pids.push(Number(entry))
    } catch {
      // The process ended while we looked.
    }
  }
  return pids
}

type Row = { scenario: string; figures: Figures }
type Run = { processes: number; cache: boolean; rows: Row[]; cpu: number[]; postgresCpu: number }

async function measureThrough(
  proxy: RunningNginx,
  servers: RunningServer[],
  list: Scenario[],
  pgDataDir: string,
  label: string,
): Promise<Omit<Run, 'processes' | 'cache'>> {
  for (const scenario of list) await ask(proxy.url, scenario)
  const pids = servers.map((server) => server.child.pid!)
  const pgPids = postgresPids(pgDataDir)
  const before = pids.map(cpuSeconds)
  const pgBefore = pgPids.reduce((sum, pid) => sum + cpuSeconds(pid), 0)
  const rows: Row[] = []
  for (const scenario of list) {
    log(`  ${label}: ${scenario.name}`)
    rows.push({ scenario: scenario.name, figures: await measure(loadOf(proxy.url, scenario)) })
  }
  const pgAfter = postgresPids(pgDataDir).reduce((sum, pid) => sum + cpuSeconds(pid), 0)
  return {
    rows,
    cpu: pids.map((pid, i) => cpuSeconds(pid) - before[i]!),
    // Backends that ended while measured take their CPU with them: never below zero.
    postgresCpu: Math.max(0, pgAfter - pgBefore),
  }
}

async function runWith(
  db: TestDatabase,
  processes: number,
  cache: boolean,
  list: Scenario[],
  pgDataDir: string,
): Promise<Run> {
  const servers: RunningServer[] = []
  let proxy: RunningNginx | undefined
  try {
    for (let i = 0; i < processes; i++)
      servers.push(await startOurs({ ...db, env: { ...db.env } }, cache))
    proxy = await startNginx(servers.map((server) => `127.0.0.1:${server.port}`))
    const label = `${processes} process${processes > 1 ? 'es' : ''}, cache ${cache ? 'on' : 'off'}`
    return { processes, cache, ...(await measureThrough(proxy, servers, list, pgDataDir, label)) }
  } finally {
    await proxy?.stop()
    await Promise.all(servers.map((server) => server.stop()))
  }
}

const fixed = (value: number, digits = 0) => value.toFixed(digits)

function printCluster(runs: Run[], list: Scenario[], posts: number): void {
  log(`\n### Cluster: through nginx to 1 and 3 processes on Postgres (${posts} posts)\n`)
  for (const cache of [false, true]) {
    const one = runs.find((run) => run.processes === 1 && run.cache === cache)
    const three = runs.find((run) => run.processes === 3 && run.cache === cache)
    if (!one || !three) continue
    log(`Read cache ${cache ? 'on' : 'off'}:\n`)
    log('| scenario | 1 process req/s | p99 ms | 3 processes req/s | p99 ms | ratio 3/1 |')
    log('| --- | ---: | ---: | ---: | ---: | ---: |')
    for (const scenario of list) {
      const a = one.rows.find((row) => row.scenario === scenario.name)!.figures
      const b = three.rows.find((row) => row.scenario === scenario.name)!.figures
      const errors = a.errors + a.non2xx + b.errors + b.non2xx
      log(
        `| ${scenario.name} | ${fixed(a.rps)} | ${a.p99} | ${fixed(b.rps)} | ${b.p99} | ${fixed(b.rps / a.rps, 2)}${errors ? ` (${errors} errors)` : ''} |`,
      )
    }
    log(
      `\nCPU seconds while measured: 1 process: ${one.cpu.map((c) => fixed(c, 1)).join('')}, Postgres ${fixed(one.postgresCpu, 1)}; ` +
        `3 processes: ${three.cpu.map((c) => fixed(c, 1)).join(' / ')}, Postgres ${fixed(three.postgresCpu, 1)}\n`,
    )
  }
}

export async function runClusterBench(): Promise<void> {
  const posts = Number(process.env.BENCH_CLUSTER_POSTS ?? 1000)
  const postgres = await startThrowawayPostgres()
  const db = postgresTestDatabase(postgres.uri, 'bench-cluster')
  try {
    log(`cluster: seeding ${posts} posts into Postgres`)
    const seeded = await seed('ours', db, posts)
    log(`cluster: seeded in ${fixed(seeded.seconds, 1)} s`)
    const list = scenarios()
    const runs: Run[] = []
    for (const cache of [false, true])
      for (const processes of [1, 3])
        runs.push(await runWith(db, processes, cache, list, postgres.dataDir))
    printCluster(runs, list, posts)
  } finally {
    db.cleanup()
    postgres.stop()
  }
}
