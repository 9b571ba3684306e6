/**
 * The ceiling: a bare Express route answering from memory with the bytes the REST list returned.
 * Runs in its own process so it gets a core of its own, like the CMS does.
 */
import fs from 'node:fs'

import express from 'express'

const [file, port] = process.argv.slice(2)
const body = fs.readFileSync(file!)
const app = express()
app.disable('x-powered-by')
app.get('/api/posts', (_req, res) => {
  res.type('application/json').send(body)
})
const server = app.listen(Number(port), '127.0.0.1', () => process.stdout.write('ready\n'))
process.on('SIGTERM', () => server.close(() => process.exit(0)))
