import type { RequestHandler } from 'express'

type LogLine = (line: string) => void

/** One line per request, written when the response is finished (or the client gave up). */
export function requestLog(
  write: LogLine = (line) => process.stdout.write(`${line}\n`),
): RequestHandler {
  return (req, res, next) => {
    const started = process.hrtime.bigint()
    let logged = false
    const log = () => {
      if (logged) return
      logged = true
      const ms = Number(process.hrtime.bigint() - started) / 1e6
      const status = res.writableFinished ? res.statusCode : `${res.statusCode} (aborted)`
      write(`${req.method} ${req.originalUrl} ${status} ${ms.toFixed(1)}ms`)
    }
    res.on('finish', log)
    res.on('close', log)
    next()
  }
}
