/**
 * Payload's logger options. While the Express server starts, error logs are held back: a failed
 * start is reported by the server as one line naming the cause, and the adapter's multi-screen
 * error object would bury it. A failed migration is the exception: Payload logs it and exits the
 * process itself, so its log line is the only explanation anyone gets. DEBUG shows everything.
 */
import type { DestinationStream, LoggerOptions } from 'pino'
import pretty from 'pino-pretty'

const state = { quiet: false }

/** Hold back error-level logs until the returned function is called. */
export function quietStartupErrors(): () => void {
  state.quiet = true
  return () => {
    state.quiet = false
  }
}

const ERROR_LEVEL = 50

/** Payload's "Error running migration <name>" (logged just before it exits the process). */
function isMigrationFailure(args: unknown[]): boolean {
  const first = args[0] as { msg?: unknown } | string | undefined
  const message = typeof first === 'string' ? first : first?.msg
  return typeof message === 'string' && /migration/i.test(message)
}

/** Human-readable lines, like Payload's default logger. */
export function loggerDestination(): DestinationStream {
  return pretty({
    colorize: Boolean(process.stdout.isTTY),
    ignore: 'pid,hostname',
    translateTime: 'SYS:HH:MM:ss',
  })
}

export function loggerOptions(debug: boolean): LoggerOptions {
  return {
    level: debug ? 'debug' : 'info',
    hooks: {
      logMethod(args, method, level) {
        if (state.quiet && !debug && level >= ERROR_LEVEL && !isMigrationFailure(args)) return
        method.apply(this, args)
      },
    },
  }
}
