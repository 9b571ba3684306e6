import fs from 'node:fs'
import { startSeededServer } from '../helpers/seededServer'
const ctx = await startSeededServer('manual-site-pages')
fs.writeFileSync('/tmp/sp-url', ctx.server.url)
console.log('URL', ctx.server.url)
process.on('SIGTERM', async () => {
  fs.writeFileSync('/tmp/sp-out.log', ctx.server.output())
  await ctx.stop()
  process.exit(0)
})
setInterval(() => {}, 1 << 30)
