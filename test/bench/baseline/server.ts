/**
 * The baseline served the way our production server serves `/api`: Express handing every request
 * to Payload through `payloadApi` (src/lib/http/payloadApi.ts), minus the read cache, the
 * request log and everything else our server puts in front. Started by the bench through
 * test/helpers/server.ts, which waits for the `ready: ` line.
 */
import express from 'express'
import { getPayload } from 'payload'

import { payloadApi, sendWebResponse, toWebRequest } from '../../../src/lib/http/payloadApi'
import { baselineConfig, baselineSettingsFromEnv } from './config'

const KEY = 'bench-baseline'

async function main() {
  const settings = baselineSettingsFromEnv()
  const config = await baselineConfig(settings)
  await getPayload({ config, key: KEY })
  const port = Number(process.env.PORT)
  const origin = settings.serverUrl ?? `http://127.0.0.1:${port}`
  const handle = payloadApi(config, KEY)
  const app = express()
  app.disable('x-powered-by')
  app.use('/api', async (req, res) => {
    try {
      await sendWebResponse(res, await handle(toWebRequest(req, req.originalUrl, origin)))
    } catch (error) {
      process.stderr.write(`baseline: ${req.method} ${req.originalUrl}: ${String(error)}\n`)
      if (res.headersSent) res.destroy()
      else res.status(500).json({ errors: [{ message: 'Something went wrong.' }] })
    }
  })
  const server = app.listen(port, '127.0.0.1', () => process.stdout.write(`ready: ${origin}\n`))
  process.on('SIGTERM', () => server.close(() => process.exit(0)))
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
