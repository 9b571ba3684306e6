/**
 * `npm run import -- [--as <email>] [--dry-run] [--create-missing] <files or folders>`
 *
 * Creates or updates posts from Markdown (.md, with front matter), HTML (.html) and plain text
 * (.txt: first line the title) files, matched by slug; local images they name are uploaded to
 * media once. Every file's outcome is listed (with warnings, such as a remote image kept as a
 * link); one bad file never stops the others; the exit code is 1 when any failed.
 */
import fs from 'node:fs'
import path from 'node:path'

import { getPayload } from 'payload'

import { formatOf } from '../lib/import/parse'
import { runImport, type ImportOutcome } from '../lib/import/run'

const USAGE =
  'usage: npm run import -- --as <email> [--dry-run] [--create-missing] <files or folders>'

function parseArgs(argv: string[]) {
  const options = { as: '', dryRun: false, createMissing: false, paths: [] as string[] }
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index]!
    if (arg === '--dry-run') options.dryRun = true
    else if (arg === '--create-missing') options.createMissing = true
    else if (arg === '--as') options.as = argv[++index] ?? ''
    else if (arg.startsWith('--as=')) options.as = arg.slice('--as='.length)
    else if (arg.startsWith('--')) throw new Error(`unknown option ${arg}\n${USAGE}`)
    else options.paths.push(arg)
  }
  if (!options.as)
    throw new Error(`--as is required: the user whose access the import uses\n${USAGE}`)
  if (options.paths.length === 0) throw new Error(`no files or folders given\n${USAGE}`)
  return options
}

/** Files under the given paths that the importer reads, in a stable order. */
function expand(paths: string[]): string[] {
  const files: string[] = []
  for (const given of paths) {
    const stat = fs.statSync(given, { throwIfNoEntry: false })
    if (!stat) throw new Error(`${given}: no such file or folder`)
    if (stat.isDirectory()) {
      const inside = fs.readdirSync(given, { recursive: true, withFileTypes: true })
      for (const entry of inside) {
        const full = path.join(entry.parentPath, entry.name)
        if (entry.isFile() && formatOf(full)) files.push(full)
      }
    } else files.push(given)
  }
  return [...new Set(files)].sort()
}

function progress(done: number, total: number) {
  if (!process.stdout.isTTY) return
  const width = 30
  const filled = Math.round((done / total) * width)
  process.stdout.write(`\r[${'#'.repeat(filled)}${' '.repeat(width - filled)}] ${done}/${total}`)
  if (done === total) process.stdout.write('\n')
}

function line(outcome: ImportOutcome, dryRun: boolean): string {
  const verb =
    dryRun && (outcome.status === 'created' || outcome.status === 'updated')
      ? `would be ${outcome.status}`
      : outcome.status
  const where = outcome.line ? ` (line ${outcome.line})` : ''
  const warnings = (outcome.warnings ?? [])
    .map((warning) => `\n           warning: ${warning}`)
    .join('')
  return outcome.status === 'failed'
    ? `failed     ${outcome.file}${where}: ${outcome.reason}${warnings}`
    : `${verb.padEnd(10)} ${outcome.file} -> ${outcome.slug}${warnings}`
}

async function main() {
  const options = parseArgs(process.argv.slice(2))
  const files = expand(options.paths)
  const { default: config } = await import('../../payload.config')
  const payload = await getPayload({ config, key: 'import' })
  try {
    const outcomes = await runImport(payload, {
      files,
      as: options.as,
      dryRun: options.dryRun,
      createMissing: options.createMissing,
      onProgress: (done, total) => progress(done, total),
    })
    for (const outcome of outcomes) process.stdout.write(`${line(outcome, options.dryRun)}\n`)
    const count = (status: string) => outcomes.filter((outcome) => outcome.status === status).length
    process.stdout.write(
      `\n${outcomes.length} files: ${count('created')} created, ${count('updated')} updated, ` +
        `${count('unchanged')} unchanged, ${count('failed')} failed${options.dryRun ? ' (dry run: nothing written)' : ''}\n`,
    )
    process.exitCode = count('failed') > 0 ? 1 : 0
  } finally {
    await payload.destroy()
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`error: ${(error as Error).message}\n`)
  process.exit(2)
})
