import { spawn, type ChildProcess } from 'node:child_process'
import net from 'node:net'

import { REDIS_SERVER } from '../prerequisites'
import { freePort } from './server'
import { makeTempDir } from './tempDir'
import { waitFor } from './waitFor'

export type TestRedis = {
  url: string
  port: number
  /** Starts redis-server again on the same port (after `stop`). */
  start: () => Promise<void>
  /** Stops redis-server (SIGTERM, then SIGKILL) and waits for it to exit. */
  stop: () => Promise<void>
  /** Stops it and removes its folder. */
  cleanup: () => Promise<void>
  /** Sends one command in the inline protocol and returns the raw reply. */
  command: (line: string) => Promise<string>
}

/** Answers one inline command (`PING`, `DBSIZE`, `KEYS *`) over a fresh connection. */
function redisCommand(port: number, line: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1')
    let reply = ''
    socket.setTimeout(2_000, () => socket.destroy(new Error(`redis: no reply to ${line}`)))
    socket.on('connect', () => socket.write(`${line}\r\n`))
    socket.on('data', (chunk) => {
      reply += chunk.toString()
      if (reply.endsWith('\r\n')) socket.end()
    })
    socket.on('end', () => resolve(reply))
    socket.on('error', reject)
  })
}

/**
 * Debian's redis-server on a free 127.0.0.1 port with its own temp folder, nothing saved to disk;
 * resolves once it answers PING. The test must call `cleanup`.
 */
export async function startRedis(): Promise<TestRedis> {
  const port = await freePort()
  const temp = makeTempDir('redis')
  let child: ChildProcess | undefined
  let output = ''

  const start = async () => {
    const started = spawn(
      REDIS_SERVER,
      [
        '--port',
        String(port),
        '--bind',
        '127.0.0.1',
        '--dir',
        temp.dir,
        '--save',
        '',
        '--appendonly',
        'no',
      ],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    )
    child = started
    started.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()))
    started.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()))
    try {
      await waitFor(
        async () => {
          if (started.exitCode !== null) throw new Error(`redis-server exited:\n${output}`)
          return (await redisCommand(port, 'PING').catch(() => '')).startsWith('+PONG')
        },
        10_000,
        25,
      )
    } catch (error) {
      started.kill('SIGKILL')
      throw error
    }
  }

  const stop = async () => {
    const running = child
    child = undefined
    if (!running || running.exitCode !== null || running.signalCode !== null) return
    const exited = new Promise((resolve) => running.once('exit', resolve))
    running.kill('SIGTERM')
    const timer = setTimeout(() => running.kill('SIGKILL'), 5_000)
    await exited
    clearTimeout(timer)
  }

  await start()
  return {
    url: `redis://127.0.0.1:${port}`,
    port,
    start,
    stop,
    cleanup: async () => {
      await stop()
      temp.remove()
    },
    command: (line) => redisCommand(port, line),
  }
}
