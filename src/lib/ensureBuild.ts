/**
 * Runs `next build` when there is no production build or a source file is newer than it, so the
 * demo and the server tests never run a stale admin.
 */
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

const SOURCES = [
  'payload.config.ts',
  'next.config.mjs',
  'package-lock.json',
  'tsconfig.json',
  'collections',
  'access',
  'src',
]

function newestMtime(entry: string): number {
  let stat: fs.Stats
  try {
    stat = fs.statSync(entry)
  } catch {
    return 0
  }
  if (!stat.isDirectory()) return stat.mtimeMs
  let newest = stat.mtimeMs
  for (const child of fs.readdirSync(entry))
    newest = Math.max(newest, newestMtime(path.join(entry, child)))
  return newest
}

export function buildIsStale(root = process.cwd()): boolean {
  const buildId = path.join(root, '.next', 'BUILD_ID')
  if (!fs.existsSync(buildId)) return true
  const built = fs.statSync(buildId).mtimeMs
  return SOURCES.some((source) => newestMtime(path.join(root, source)) > built)
}

export async function ensureBuild({
  root = process.cwd(),
  log = (line: string) => process.stdout.write(`${line}\n`),
}: { root?: string; log?: (line: string) => void } = {}): Promise<void> {
  if (!buildIsStale(root)) return
  log('building the admin (next build); this takes about a minute...')
  await new Promise<void>((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [path.join(root, 'node_modules/next/dist/bin/next'), 'build'],
      {
        cwd: root,
        stdio: ['ignore', 'inherit', 'inherit'],
        env: { ...process.env, NODE_ENV: 'production', NODE_OPTIONS: '--no-deprecation' },
      },
    )
    child.on('error', reject)
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`next build exited with ${code}`)),
    )
  })
}
