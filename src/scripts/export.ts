/**
 * `npm run export -- <dir>`
 *
 * Writes every collection, global, version history and uploaded file of the database named by
 * DATABASE_URI to a new folder, with a manifest of counts and SHA-256 checksums
 * (src/lib/backup/manifest.ts). Exit code 0 when written, 2 when the command could not run.
 */
import path from 'node:path'

import { getPayload } from 'payload'

import { exportBackup } from '../lib/backup'
import { countOf } from '../lib/backup/messages'

const USAGE = 'usage: npm run export -- <dir>   (a new or empty folder)'

function parseArgs(argv: string[]): { dir: string } {
  const dirs: string[] = []
  for (const arg of argv) {
    if (arg.startsWith('--')) throw new Error(`unknown option ${arg}\n${USAGE}`)
    dirs.push(arg)
  }
  if (dirs.length !== 1)
    throw new Error(`${dirs.length === 0 ? 'no folder given' : 'one folder only'}\n${USAGE}`)
  return { dir: path.resolve(dirs[0]!) }
}

async function main() {
  const { dir } = parseArgs(process.argv.slice(2))
  const { default: config } = await import('../../payload.config')
  const payload = await getPayload({ config, key: 'export' })
  try {
    const started = Date.now()
    const summary = await exportBackup(payload, {
      dir,
      log: (line) => process.stdout.write(`${line}\n`),
    })
    const excluded = Object.keys(summary.manifest.excluded).join(', ')
    process.stdout.write(
      `\nexported ${countOf(summary.docs, 'document')}, ${countOf(summary.versions, 'version')} and ${countOf(summary.mediaFiles, 'media file')} ` +
        `(${(summary.bytes / 1024 / 1024).toFixed(1)} MB) to ${dir} in ${((Date.now() - started) / 1000).toFixed(1)} s\n` +
        (excluded ? `not exported: ${excluded} (see manifest.json for why)\n` : ''),
    )
    if (summary.manifest.missingMedia.length > 0) {
      process.stdout.write(
        `warning: ${summary.manifest.missingMedia.length} media files named in the database were not in the media storage:\n`,
      )
      for (const file of summary.manifest.missingMedia) process.stdout.write(`  ${file}\n`)
    }
  } finally {
    await payload.destroy()
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`error: ${(error as Error).message}\n`)
  process.exit(2)
})
