/**
 * `npm run demo`: the production build on the local SQLite file, seeded with the demo site on
 * first run. A local demo has no secret manager, so it keeps a generated secret in data/.
 */
import path from 'node:path'

import { ensureBuild } from './lib/ensureBuild'
import { localSecret } from './lib/env'

Object.assign(process.env, {
  NODE_ENV: 'production',
  SEED_DEMO: process.env.SEED_DEMO ?? 'true',
  // Demo logins are printed in the clear: keep the demo to this machine unless told otherwise.
  HOST: process.env.HOST ?? '127.0.0.1',
  PAYLOAD_SECRET:
    process.env.PAYLOAD_SECRET || localSecret(path.resolve(process.env.DATA_DIR || 'data')),
})

await ensureBuild()
await import('./server')
