/**
 * Regenerates every file derived from the schema: payload-types.ts, the admin import map,
 * schema.graphql, the README's permission table, and a migration for each SQL adapter (SQLite,
 * Postgres) when the schema moved past the last one committed for it. Postgres migrations are
 * diffed against a live database: a throw-away cluster is started for them and stopped after.
 * CI runs this and fails when `git status` shows a change: generated files must be committed.
 */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import * as prettier from 'prettier'

import { withPermissionTable } from '../../access/describe'
import { postgresDatabaseUri, psql, startThrowawayPostgres } from './throwawayPostgres'

const tempDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cms-generate-'))
const env = {
  ...process.env,
  // See src/server.ts on why the condition matters.
  NODE_OPTIONS: '--no-deprecation --conditions=development',
  // A throw-away database: generating must never touch data/cms.db.
  DATABASE_URI: `file:${path.join(tempDir, 'generate.db')}`,
  // Generation reads the schema only; it never signs anything.
  PAYLOAD_SECRET: process.env.PAYLOAD_SECRET || 'generate-only-secret-0123456789abcdef',
  DATA_DIR: tempDir,
}

const steps: [string, string, string[], NodeJS.ProcessEnv?][] = [
  ['types', 'node_modules/payload/bin.js', ['generate:types']],
  ['import map', 'node_modules/payload/bin.js', ['generate:importmap']],
  ['GraphQL schema', 'node_modules/@payloadcms/graphql/bin.js', ['generate:schema']],
  ['SQLite migration', 'node_modules/payload/bin.js', ['migrate:create', 'schema', '--skip-empty']],
]

let failed = false

process.stdout.write('generate: README permission table\n')
// Formatted as `prettier --check` (CI) expects, so a regenerated README is never "stale".
const readme = withPermissionTable(fs.readFileSync('README.md', 'utf8'))
const prettierOptions = await prettier.resolveConfig('README.md')
fs.writeFileSync(
  'README.md',
  await prettier.format(readme, { ...prettierOptions, filepath: 'README.md' }),
)

process.stdout.write('generate: starting a throw-away PostgreSQL\n')
const postgres = await startThrowawayPostgres()
psql(postgres.uri, 'CREATE DATABASE generate')
steps.push([
  'Postgres migration',
  'node_modules/payload/bin.js',
  ['migrate:create', 'schema', '--skip-empty'],
  { ...env, DATABASE_URI: postgresDatabaseUri(postgres.uri, 'generate') },
])

for (const [label, bin, args, stepEnv] of steps) {
  process.stdout.write(`generate: ${label}\n`)
  const result = spawnSync(process.execPath, [bin, ...args], {
    env: stepEnv ?? env,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  if (result.status !== 0) {
    failed = true
    process.stderr.write(`generate: ${label} failed\n${result.stdout}${result.stderr}\n`)
  }
}
postgres.stop()
fs.rmSync(tempDir, { recursive: true, force: true })
process.exit(failed ? 1 : 0)
