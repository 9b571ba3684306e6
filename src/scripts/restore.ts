/**
 * `npm run restore -- [--force] [--new-ids] <dir>`
 *
 * Loads a folder written by `npm run export` into the database named by DATABASE_URI, after
 * checking every file against the manifest. Refuses a database that already holds content unless
 * --force is given, which replaces it. Exit code 0 when restored, 1 when refused (nothing was
 * written), 2 when the command could not run or the restore failed (rolled back).
 */
import path from 'node:path'

import { getPayload } from 'payload'

import { BackupRefusal, restoreBackup, type RestoreSummary } from '../lib/backup'
import { countOf } from '../lib/backup/messages'

const USAGE = 'usage: npm run restore -- [--force] [--new-ids] <dir>'

function parseArgs(argv: string[]) {
  const options = { force: false, newIds: false, dirs: [] as string[] }
  for (const arg of argv) {
    if (arg === '--force') options.force = true
    else if (arg === '--new-ids') options.newIds = true
    else if (arg.startsWith('--')) throw new Error(`unknown option ${arg}\n${USAGE}`)
    else options.dirs.push(arg)
  }
  if (options.dirs.length !== 1)
    throw new Error(
      `${options.dirs.length === 0 ? 'no folder given' : 'one folder only'}\n${USAGE}`,
    )
  return { force: options.force, newIds: options.newIds, dir: path.resolve(options.dirs[0]!) }
}

function report(summary: RestoreSummary, adapter: string, seconds: number): string {
  const lines = [
    `restored ${countOf(summary.docs, 'document')}, ${countOf(summary.versions, 'version')}, ${countOf(summary.globals, 'global')} and ` +
      `${countOf(summary.mediaFiles, 'media file')} into ${adapter} in ${seconds.toFixed(1)} s`,
    summary.idMode === 'keep'
      ? `IDs kept (${summary.idModeReason})`
      : `new IDs (${summary.idModeReason}): ${summary.referencesRewritten} references rewritten`,
  ]
  if (summary.replaced.length > 0)
    lines.push(`replaced what the database held: ${summary.replaced.join(', ')}`)
  const inText = Object.entries(summary.textReferences)
  if (inText.length > 0)
    lines.push(
      `IDs rewritten in text: ${inText.map(([where, count]) => `${where} (${count})`).join(', ')}`,
    )
  if (summary.droppedReferences.length > 0) {
    lines.push(
      `${summary.droppedReferences.length} references to documents missing from the backup were dropped:`,
    )
    lines.push(...summary.droppedReferences.slice(0, 20).map((reference) => `  ${reference}`))
  }
  return `${lines.join('\n')}\n`
}

async function main() {
  const options = parseArgs(process.argv.slice(2))
  const { default: config } = await import('../../payload.config')
  const payload = await getPayload({ config, key: 'restore' })
  try {
    const started = Date.now()
    const summary = await restoreBackup(payload, {
      ...options,
      log: (line) => process.stdout.write(`${line}\n`),
    })
    process.stdout.write(`\n${report(summary, payload.db.name, (Date.now() - started) / 1000)}`)
  } finally {
    await payload.destroy()
  }
}

main().catch((error: unknown) => {
  const refused = error instanceof BackupRefusal
  process.stderr.write(`${refused ? 'refused' : 'error'}: ${(error as Error).message}\n`)
  process.exit(refused ? 1 : 2)
})
