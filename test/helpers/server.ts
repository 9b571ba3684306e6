import { spawn, type ChildProcess } from 'node:child_process'
import net from 'node:net'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { TEST_SECRET } from './database'

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')

/** A port nothing listens on right now, on 127.0.0.1. */
export async function freePort(): Promise<number> {
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

export type ServerEnv = Record<string, string | undefined>

function serverEnv(env: ServerEnv): NodeJS.ProcessEnv {
  return {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    NODE_ENV: 'production',
    PAYLOAD_SECRET: TEST_SECRET,
    // Jest's own NODE_OPTIONS (vm modules) must not leak into the server; the condition is the
    // one `npm start` uses (see the note in src/server.ts).
    NODE_OPTIONS: '--no-deprecation --conditions=production',
    // Test servers are reachable from this machine only.
    HOST: '127.0.0.1',
    ...env,
  }
}

/** The production server; the bench also starts its own small servers through these helpers. */
const DEFAULT_ENTRY = 'src/server.ts'

function spawnServer(env: ServerEnv, entry = DEFAULT_ENTRY): ChildProcess {
  return spawn(process.execPath, ['--import', 'tsx', entry], {
    cwd: ROOT,
    env: serverEnv(env),
    stdio: ['ignore', 'pipe', 'pipe'],
  })
}

export type RunningServer = {
  url: string
  port: number
  child: ChildProcess
  /** Everything the server printed so far (stdout and stderr). */
  output: () => string
  /** Sends the signal and resolves with the exit code; SIGKILLs after the timeout. */
  stop: (signal?: NodeJS.Signals, timeoutMs?: number) => Promise<number | null>
}

/**
 * Starts `src/server.ts` (production build), or another script that prints the same `ready: `
 * line, and resolves once it is ready.
 */
export async function startServer(
  env: ServerEnv,
  readyTimeoutMs = 90_000,
  entry = DEFAULT_ENTRY,
): Promise<RunningServer> {
  const port = env.PORT ? Number(env.PORT) : await freePort()
  // Its own origin unless the test puts several processes behind one public origin.
  const child = spawnServer(
    { SERVER_URL: `http://127.0.0.1:${port}`, ...env, PORT: String(port) },
    entry,
  )
  let output = ''
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()))
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()))
  const exited = new Promise<number | null>((resolve) =>
    child.once('exit', (code) => resolve(code)),
  )

  const stop = async (signal: NodeJS.Signals = 'SIGTERM', timeoutMs = 20_000) => {
    if (child.exitCode !== null || child.signalCode !== null) return child.exitCode
    child.kill(signal)
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs)
    const code = await exited
    clearTimeout(timer)
    return code
  }

  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => {
      void stop('SIGKILL')
      reject(new Error(`server did not become ready in ${readyTimeoutMs} ms:\n${output}`))
    }, readyTimeoutMs)
    const onData = () => {
      if (output.includes('ready: ')) {
        clearTimeout(timer)
        // Searched once more per chunk, the growing log would cost a loaded test (or the bench's
        // load generator, in this same process) time in proportion to everything logged so far.
        child.stdout!.off('data', onData)
        resolve()
      }
    }
    child.stdout!.on('data', onData)
    void exited.then((code) => {
      clearTimeout(timer)
      reject(new Error(`server exited with ${code} before it was ready:\n${output}`))
    })
  })

  return { url: `http://127.0.0.1:${port}`, port, child, output: () => output, stop }
}

export type ExitResult = { code: number | null; stdout: string; stderr: string }

/** Runs the server expecting it to fail start-up; kills it if it is still up after the timeout. */
export async function runUntilExit(env: ServerEnv, timeoutMs = 60_000): Promise<ExitResult> {
  const child = spawnServer({ PORT: String(await freePort()), ...env })
  let stdout = ''
  let stderr = ''
  child.stdout!.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
  const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs)
  const code = await new Promise<number | null>((resolve) => child.once('exit', (c) => resolve(c)))
  clearTimeout(timer)
  return { code, stdout, stderr }
}
