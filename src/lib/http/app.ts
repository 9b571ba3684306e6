import type { IncomingMessage, ServerResponse } from 'node:http'

import express, { type Express, type RequestHandler } from 'express'
import type { SanitizedConfig } from 'payload'

import { Comments } from '../../../collections/Comments'
import { MAX_UPLOAD_BYTES, UPLOAD_TOO_LARGE_MESSAGE } from '../../../collections/Media'
import { ReaderQuestions } from '../../../collections/ReaderQuestions'
import { commentDefence } from './commentDefence'
import { apiCors } from './cors'
import { healthz, type DatabaseProbe } from './healthz'
import type { WebHandler } from './payloadApi'
import { requestLog } from './requestLog'
import { siteForms, stripFormState } from './siteForms'
import { uploadLimit } from './uploadLimit'

export type AppOptions = {
  /** Next's request handler: the admin (/admin) and its assets. */
  handleNext: (req: IncomingMessage, res: ServerResponse) => Promise<void>
  /** REST (/api/...) and GraphQL (/api/graphql) on the server's Payload instance (./api.ts). */
  handleApi: RequestHandler
  /** Figures shown by /healthz (the read cache's hits and misses). */
  stats?: () => Record<string, unknown>
  probeDatabase: DatabaseProbe
  /** Payload's `cors`: which origins' frontends may read the API's answers. */
  cors?: SanitizedConfig['cors']
  /**
   * Express's `trust proxy` (TRUST_PROXY): which hops in front of the server may say, in
   * X-Forwarded-For, who the client is. False (the default) believes nobody: `req.ip` is then the
   * socket's peer.
   */
  trustProxy?: boolean | number | string[]
  /** Whether Next renders the reader site (SITE); off, only the admin and the API are served. */
  site?: boolean
  /** Old site addresses answered with a 301 before Next sees them (src/lib/redirects). */
  redirects?: RequestHandler
  /**
   * The reader site's form posts (./siteForms.ts): Payload's API handler they are handed to, and
   * the server's own origin. Without it the site's forms are not answered.
   */
  forms?: { submit: WebHandler; origin: string }
  /** In front of Next for the site's pages: the HTML cache (./siteCache.ts). */
  siteCache?: RequestHandler
  log?: (line: string) => void
}

/** The Express app: what Express owns itself, then everything else handed to Next. */
export function createApp({
  handleNext,
  handleApi,
  stats,
  probeDatabase,
  cors = [],
  trustProxy = false,
  site = true,
  redirects,
  forms,
  siteCache,
  log,
}: AppOptions): Express {
  const app = express()
  app.disable('x-powered-by')
  app.set('trust proxy', trustProxy)
  app.use(requestLog(log))
  app.use(stripFormState)
  app.get('/healthz', healthz(probeDatabase, stats))
  app.use('/api', apiCors(cors))
  app.use('/api', uploadLimit(MAX_UPLOAD_BYTES, UPLOAD_TOO_LARGE_MESSAGE))
  app.use(commentDefence({ collections: [Comments.slug, ReaderQuestions.slug] }))
  // The playground is a page Next renders; everything else under /api is Payload's.
  app.use('/api', (req, res, next) =>
    req.path.startsWith('/graphql-playground') ? next() : handleApi(req, res, next),
  )
  if (!site) app.use(siteIsOff)
  else {
    if (redirects) app.use(redirects)
    if (forms) app.use(siteForms({ ...forms, render: handleNext }))
    if (siteCache) app.use(siteCache)
  }
  // Express 5 matches every path with a plain `use`; Next parses the URL and body itself.
  app.use((req, res) => handleNext(req, res))
  return app
}

/** With SITE=off, Next serves the admin and its assets; the site's paths are not found. */
const siteIsOff: RequestHandler = (req, res, next) => {
  if (/^\/(admin|_next|api)(\/|$)/.test(req.path)) return next()
  if (req.path === '/') return res.redirect(302, '/admin')
  res.status(404).type('text/plain').send('Not found (this server runs with SITE=off)\n')
}
