/**
 * A throw-away PostgreSQL cluster in a temp folder, for `npm run generate` (Postgres migrations
 * are diffed against a live database) and for the tests: Debian's server binaries, a free port on
 * 127.0.0.1, no password (trust, this machine only), fsync off. `stop()` shuts it down and
 * removes the folder. The server refuses to run as root, so as root it runs as `postgres`.
 */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'

export type ThrowawayPostgres = {
  /** `postgres://postgres@127.0.0.1:PORT/postgres`: the maintenance database, superuser. */
  uri: string
  port: number
  dataDir: string
  stop: () => void
}

/** What to run when the server binaries are missing; the one line `npm test` prints. */
export const POSTGRES_INSTALL_HINT =
  'PostgreSQL server not found: run `apt-get install -y postgresql` (or `bash .ci/run`, which installs it)'

/** The newest Debian server binaries (/usr/lib/postgresql/<major>/bin), or undefined. */
export function postgresBinDir(): string | undefined {
  const base = '/usr/lib/postgresql'
  if (!fs.existsSync(base)) return undefined
  const majors = fs
    .readdirSync(base)
    .filter((name) => fs.existsSync(path.join(base, name, 'bin', 'initdb')))
    .sort((a, b) => Number(b) - Number(a))
  return majors[0] ? path.join(base, majors[0], 'bin') : undefined
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer()
    probe.unref()
    probe.on('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo
      probe.close(() => resolve(port))
    })
  })
}

const isRoot = () => typeof process.getuid === 'function' && process.getuid() === 0

function run(bin: string, args: string[]): SpawnSyncReturns<string> {
  const [command, commandArgs] = isRoot()
    ? ['runuser', ['-u', 'postgres', '--', bin, ...args]]
    : [bin, args]
  return spawnSync(command, commandArgs, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] })
}

function check(result: SpawnSyncReturns<string>, what: string): void {
  if (result.status === 0) return
  throw new Error(`${what} failed (${result.status}): ${result.stderr || result.stdout}`)
}

/** Initialises and starts a cluster; throws with POSTGRES_INSTALL_HINT when there is no server. */
export async function startThrowawayPostgres(
  options: { maxConnections?: number } = {},
): Promise<ThrowawayPostgres> {
  const bin = postgresBinDir()
  if (!bin) throw new Error(POSTGRES_INSTALL_HINT)
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cms-postgres-'))
  const dataDir = path.join(dir, 'data')
  if (isRoot()) {
    const ids = spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' })
    const uid = Number(ids.stdout.trim())
    const gid = Number(spawnSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).stdout.trim())
    if (ids.status !== 0 || !Number.isInteger(uid))
      throw new Error('running as root, but there is no `postgres` user to run the server as')
    fs.chownSync(dir, uid, gid)
  }
  const remove = () => fs.rmSync(dir, { recursive: true, force: true })
  try {
    check(
      run(path.join(bin, 'initdb'), [
        '-D',
        dataDir,
        '-U',
        'postgres',
        '--auth=trust',
        '--no-sync',
        '-E',
        'UTF8',
        '--locale=C',
      ]),
      'initdb',
    )
    const port = await freePort()
    const settings = [
      `-p ${port}`,
      `-k ${dir}`,
      "-c listen_addresses='127.0.0.1'",
      `-c max_connections=${options.maxConnections ?? 300}`,
      // Thrown away afterwards: durability buys nothing here.
      '-c fsync=off',
      '-c synchronous_commit=off',
      '-c full_page_writes=off',
    ].join(' ')
    check(
      run(path.join(bin, 'pg_ctl'), [
        '-D',
        dataDir,
        '-o',
        settings,
        '-l',
        path.join(dir, 'server.log'),
        '-w',
        '-t',
        '60',
        'start',
      ]),
      'pg_ctl start',
    )
    let stopped = false
    const stop = () => {
      if (stopped) return
      stopped = true
      process.off('exit', stop)
      run(path.join(bin, 'pg_ctl'), ['-D', dataDir, '-m', 'immediate', '-w', 'stop'])
      remove()
    }
    // A caller that dies before stopping it (a failed hook, Ctrl-C) leaves no server behind.
    process.once('exit', stop)
    return { uri: `postgres://postgres@127.0.0.1:${port}/postgres`, port, dataDir, stop }
  } catch (error) {
    remove()
    throw error
  }
}

/** `postgres://…/maintenance` -> the same server, database `name`. */
export function postgresDatabaseUri(serverUri: string, name: string): string {
  const url = new URL(serverUri)
  url.pathname = `/${name}`
  return url.toString()
}

/**
 * Runs one SQL statement on the server synchronously (psql), for creating and dropping
 * databases where the caller cannot wait on a promise.
 */
export function psql(serverUri: string, statement: string): void {
  psqlRows(serverUri, statement)
}

/** Like `psql`, returning the first column of each row the statement returned, as text. */
export function psqlRows(serverUri: string, statement: string): string[] {
  const bin = postgresBinDir()
  const client = bin ? path.join(bin, 'psql') : 'psql'
  const result = spawnSync(client, [serverUri, '-v', 'ON_ERROR_STOP=1', '-qAtc', statement], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  if (result.error) throw new Error(`psql: ${result.error.message}`)
  if (result.status !== 0) throw new Error(`psql failed: ${result.stderr}`)
  return result.stdout
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => line.split('|')[0]!)
}
