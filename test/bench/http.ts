/**
 * The read part of `npm run bench`: at each size of BENCH_POSTS (default 1,000 then 10,000), the
 * same scenarios against our production server with the read cache off (uncached) and on
 * (cached, anonymous, warm), the baseline (plain Payload, same content), and the ceiling (bare
 * Express, our bytes from memory). Our database grows from one size to the next; so does the
 * baseline's, so each size compares like with like.
 */
import { testDatabase } from '../helpers/database'
import type { RunningServer } from '../helpers/server'
import { makeTempDir } from '../helpers/tempDir'
import { MIN_POSTS, type Variant } from './fixture'
import {
  measure,
  rssMb,
  watchPeakRss,
  CONNECTIONS,
  DURATION_SECONDS,
  type Figures,
} from './measure'
import { seed, startBaseline, startOurs, startReference, stopAll } from './processes'
import {
  printLegend,
  printMemory,
  printSize,
  printSummary,
  type Memory,
  type SizeResult,
} from './report'
import { ask, loadOf, scenarios, type Answer, type Scenario } from './scenarios'

type Loaded = { figures: Figures[]; answers: Answer[]; memory: Memory }

const log = (line: string) => console.log(line)

export function benchSizes(raw = process.env.BENCH_POSTS ?? '1000,10000'): number[] {
  const sizes = raw.split(',').map((size) => Number(size.trim()))
  if (sizes.some((size) => !Number.isInteger(size) || size < MIN_POSTS))
    throw new Error(`BENCH_POSTS: whole numbers of at least ${MIN_POSTS}, got "${raw}"`)
  return sizes.sort((a, b) => a - b)
}

/** Checks every scenario answers, then loads them one after the other, watching the memory. */
async function load(server: RunningServer, label: string, list: Scenario[]): Promise<Loaded> {
  const pid = server.child.pid!
  const idle = rssMb(pid)
  const answers: Answer[] = []
  for (const scenario of list) answers.push(await ask(server.url, scenario))
  const watch = watchPeakRss(pid)
  const figures: Figures[] = []
  for (const scenario of list) {
    log(`  ${label}: ${scenario.name}`)
    figures.push(await measure(loadOf(server.url, scenario)))
  }
  return { figures, answers, memory: { idle, peak: watch.stop() } }
}

async function withServer<T>(
  start: () => Promise<RunningServer>,
  use: (server: RunningServer) => Promise<T>,
) {
  const server = await start()
  try {
    return await use(server)
  } catch (error) {
    // A server that fell over says why in its own output.
    const { exitCode, signalCode } = server.child
    const state =
      exitCode === null && signalCode === null ? 'running' : `exited ${exitCode ?? signalCode}`
    throw new Error(
      `${(error as Error).message}\nserver (${state}) printed:\n${server.output().slice(-4000)}`,
      {
        cause: error,
      },
    )
  } finally {
    await server.stop()
  }
}

function logSeed(variant: Variant, posts: number, seeded: Awaited<ReturnType<typeof seed>>) {
  const rate = seeded.created / seeded.seconds
  log(
    `seeded ${variant}: ${seeded.created.toLocaleString('en-US')} posts (to ${posts.toLocaleString('en-US')}) ` +
      `in ${seeded.seconds.toFixed(1)} s, ${rate.toFixed(1)} posts/s through the Local API` +
      (variant === 'ours' ? `; notification and webhook jobs queued: ${seeded.queuedJobs}` : ''),
  )
}

async function benchSize(
  posts: number,
  ours: ReturnType<typeof testDatabase>,
  baseline: ReturnType<typeof testDatabase>,
  referenceDir: string,
): Promise<SizeResult> {
  const list = scenarios()
  logSeed('ours', posts, await seed('ours', ours, posts))
  logSeed('baseline', posts, await seed('baseline', baseline, posts))
  log(
    `measuring ${posts.toLocaleString('en-US')} posts (${CONNECTIONS} connections, ${DURATION_SECONDS} s each)...`,
  )

  const uncached = await withServer(
    () => startOurs(ours, false),
    (server) => load(server, 'uncached', list),
  )
  const cached = await withServer(
    () => startOurs(ours, true),
    async (server) => {
      const loaded = await load(server, 'cached', list)
      // After the load every answer must come from the cache; otherwise the figure is not one.
      for (const scenario of list) {
        const { cache } = await ask(server.url, scenario)
        if (cache !== 'HIT') log(`  warning: ${scenario.name} answered X-Cache: ${cache} when warm`)
      }
      const health = (await (await fetch(`${server.url}/healthz`)).json()) as {
        readCache?: unknown
      }
      log(`  /healthz read cache: ${JSON.stringify(health.readCache)}`)
      return loaded
    },
  )
  const base = await withServer(
    () => startBaseline(baseline),
    (server) => load(server, 'baseline', list),
  )
  const ceiling = await withServer(
    () =>
      startReference(
        `${referenceDir}/${posts}`,
        uncached.answers.map((answer) => answer.bytes),
      ),
    async (server) => {
      const figures: Figures[] = []
      for (const [index, scenario] of list.entries()) {
        log(`  ceiling: ${scenario.name}`)
        figures.push(await measure(loadOf(server.url, { ...scenario, path: `/${index}` })))
      }
      return figures
    },
  )
  return {
    posts,
    scenarios: list.map((scenario) => scenario.name),
    uncached: uncached.figures,
    cached: cached.figures,
    baseline: base.figures,
    ceiling,
    bytes: {
      ours: uncached.answers.map((answer) => answer.bytes.length),
      baseline: base.answers.map((answer) => answer.bytes.length),
    },
    memory: { uncached: uncached.memory, cached: cached.memory, baseline: base.memory },
  }
}

export async function runHttpBench(): Promise<void> {
  const sizes = benchSizes()
  const ours = testDatabase('bench-ours')
  const baseline = testDatabase('bench-baseline')
  const temp = makeTempDir('bench-reference')
  const results: SizeResult[] = []
  try {
    for (const posts of sizes) results.push(await benchSize(posts, ours, baseline, temp.dir))
  } finally {
    stopAll()
    ours.cleanup()
    baseline.cleanup()
    temp.remove()
  }
  console.log('')
  printLegend()
  for (const result of results) printSize(result)
  printSummary(results)
  printMemory(results)
}
