import type { IncomingMessage, ServerResponse } from 'node:http'

import express, { type Express } from 'express'

import { MAX_UPLOAD_BYTES, UPLOAD_TOO_LARGE_MESSAGE } from '../../../collections/Media'
import { commentDefence } from './commentDefence'
import { healthz, type DatabaseProbe } from './healthz'
import { requestLog } from './requestLog'
import { uploadLimit } from './uploadLimit'

export type AppOptions = {
  /** Next's request handler: the admin (/admin), REST (/api/...) and GraphQL (/api/graphql). */
  handleNext: (req: IncomingMessage, res: ServerResponse) => Promise<void>
  probeDatabase: DatabaseProbe
  log?: (line: string) => void
  /** Public comment and question submissions allowed per minute from one address. */
  submissionsPerMinutePerIp?: number
}

/** The Express app: what Express owns itself, then everything else handed to Next. */
export function createApp({
  handleNext,
  probeDatabase,
  log,
  submissionsPerMinutePerIp = 5,
}: AppOptions): Express {
  const app = express()
  app.disable('x-powered-by')
  app.use(requestLog(log))
  app.get('/healthz', healthz(probeDatabase))
  app.use('/api', uploadLimit(MAX_UPLOAD_BYTES, UPLOAD_TOO_LARGE_MESSAGE))
  app.use(commentDefence({ perMinutePerIp: submissionsPerMinutePerIp }))
  // Express 5 matches every path with a plain `use`; Next parses the URL and body itself.
  app.use((req, res) => handleNext(req, res))
  return app
}
