/**
 * The ceiling: bare Express answering from memory with the bytes our server returned, one file
 * of BENCH_REFERENCE_DIR per scenario at `/<file name>` (GET or POST, as the scenario asks).
 * Runs in its own process so it gets a core of its own, like the CMS does; started through
 * test/helpers/server.ts, which waits for the `ready: ` line.
 */
import fs from 'node:fs'
import path from 'node:path'

import express from 'express'

const dir = process.env.BENCH_REFERENCE_DIR!
const bodies = new Map(
  fs.readdirSync(dir).map((file) => [file, fs.readFileSync(path.join(dir, file))]),
)
const app = express()
app.disable('x-powered-by')
app.all('/:name', (req, res) => {
  const body = bodies.get(req.params.name)
  if (!body) res.sendStatus(404)
  else res.type('application/json').send(body)
})
const server = app.listen(Number(process.env.PORT), '127.0.0.1', () =>
  process.stdout.write('ready: reference\n'),
)
process.on('SIGTERM', () => server.close(() => process.exit(0)))
