import type { Server } from 'node:http'

export type ShutdownOptions = {
  server: Server
  /** How long in-flight requests may take before their connections are cut. */
  deadlineMs: number
  /** Runs after the last connection closed: close the database and the like. */
  cleanup: () => Promise<void>
  log: (line: string) => void
}

/**
 * On SIGTERM/SIGINT: stop accepting, let in-flight requests finish (cutting them at the deadline),
 * run cleanup, exit 0. A second signal exits at once.
 */
export function installGracefulShutdown({ server, deadlineMs, cleanup, log }: ShutdownOptions) {
  let shuttingDown = false

  const shutdown = (signal: NodeJS.Signals) => {
    if (shuttingDown) {
      log(`${signal} again: exiting now`)
      process.exit(1)
    }
    shuttingDown = true
    log(`${signal} received: finishing in-flight requests (up to ${deadlineMs} ms)`)

    const deadline = setTimeout(() => {
      log('shutdown deadline reached: closing remaining connections')
      server.closeAllConnections()
    }, deadlineMs)
    deadline.unref()

    // A keep-alive connection becomes idle once its in-flight response is sent; close it then
    // rather than waiting for the client to hang up.
    const sweep = setInterval(() => server.closeIdleConnections(), 100)
    sweep.unref()

    server.close(() => {
      clearTimeout(deadline)
      clearInterval(sweep)
      cleanup()
        .then(() => {
          log('shutdown complete')
          process.exit(0)
        })
        .catch((error: unknown) => {
          log(`shutdown cleanup failed: ${(error as Error).message}`)
          process.exit(1)
        })
    })
  }

  process.on('SIGTERM', shutdown)
  process.on('SIGINT', shutdown)
}
