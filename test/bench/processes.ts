/**
 * Every process the bench starts: the seeding script, our production server (read cache on or
 * off), the baseline server and the reference server. All of them are remembered until they end,
 * so `stopAll` can stop whatever is left when the bench fails or is interrupted.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import type { TestDatabase } from '../helpers/database'
import { TEST_SECRET } from '../helpers/database'
import { startServer, type RunningServer, type ServerEnv } from '../helpers/server'
import type { Variant } from './fixture'
import type { SeedResult } from './seed'

const running = new Set<ChildProcess>()

/** Remembers a process the bench started elsewhere, so `stopAll` stops it too. */
export function remember<T extends { child: ChildProcess }>(started: T): T {
  running.add(started.child)
  started.child.once('exit', () => running.delete(started.child))
  return started
}

/** SIGKILLs every process still running; for failures and interruptions. */
export function stopAll(): void {
  for (const child of running) child.kill('SIGKILL')
}

const start = async (env: ServerEnv, entry?: string): Promise<RunningServer> =>
  remember(await startServer(env, 120_000, entry))

export const startOurs = (db: TestDatabase, cache: boolean) =>
  start({ ...db.env, READ_CACHE: cache ? 'on' : 'off' })

export const startBaseline = (db: TestDatabase) =>
  start({ ...db.env }, path.join('test', 'bench', 'baseline', 'server.ts'))

/** The reference server answering with `bodies[i]` at `/<i>`. */
export async function startReference(dir: string, bodies: Buffer[]): Promise<RunningServer> {
  fs.mkdirSync(dir, { recursive: true })
  bodies.forEach((body, index) => fs.writeFileSync(path.join(dir, String(index)), body))
  return start({ BENCH_REFERENCE_DIR: dir }, path.join('test', 'bench', 'referenceServer.ts'))
}

/**
 * Seeds `db` up to `total` posts in a child process (./seed.ts). Ours runs as production, which
 * applies our migrations, so the result is a database the production server accepts as it is.
 */
export async function seed(variant: Variant, db: TestDatabase, total: number): Promise<SeedResult> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', path.join('test', 'bench', 'seed.ts'), variant, String(total)],
    {
      env: {
        PATH: process.env.PATH,
        HOME: process.env.HOME,
        ...db.env,
        PAYLOAD_SECRET: TEST_SECRET,
        NODE_ENV: variant === 'ours' ? 'production' : 'development',
        NODE_OPTIONS: '--no-deprecation --conditions=production',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  )
  remember({ child })
  let output = ''
  child.stdout.on('data', (chunk: Buffer) => {
    output += chunk.toString()
    // Progress lines (every 1,000 posts) show a long seed is alive.
    for (const line of chunk.toString().split('\n'))
      if (/^ {2}\w+: \d+ posts/.test(line)) console.log(line)
  })
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()))
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve))
  const result = /^result: (.*)$/m.exec(output)?.[1]
  if (code !== 0 || !result) throw new Error(`seeding ${variant} failed (exit ${code}):\n${output}`)
  return JSON.parse(result) as SeedResult
}
