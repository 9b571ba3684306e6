/**
 * The backup folder's table of contents: what it holds, how many of each, and a SHA-256 of every
 * file, so a restore can refuse a damaged folder before it writes anything.
 *
 *   manifest.json
 *   collections/<slug>.jsonl       one raw document per line, oldest first
 *   versions/<slug>.jsonl          the collection's version history
 *   globals/<slug>.json            the global's raw document (absent when never saved)
 *   global-versions/<slug>.jsonl
 *   media/<collection>/<filename>  uploaded files and every generated image size
 */
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import { BackupRefusal, messages } from './messages'

export const FORMAT = 'longform-cms-backup'
/** Raised when the layout or the meaning of a field changes; older readers then refuse. */
export const FORMAT_VERSION = 1

export type FileEntry = { sha256: string; bytes: number }

export type Manifest = {
  format: typeof FORMAT
  formatVersion: number
  createdAt: string
  /** The adapter and ID type the documents were read from (IDs are kept only when the target can). */
  source: { adapter: string; idType: string }
  collections: Record<string, { docs: number; versions: number; mediaFiles: number }>
  globals: Record<string, { saved: boolean; versions: number }>
  /** Collections deliberately left out, with the reason. */
  excluded: Record<string, string>
  /** Media files the database names but the storage (folder or bucket) did not hold at export time. */
  missingMedia: string[]
  /** Every file of the backup but this one, by path relative to the folder (forward slashes). */
  files: Record<string, FileEntry>
}

export const paths = {
  manifest: 'manifest.json',
  collection: (slug: string) => `collections/${slug}.jsonl`,
  versions: (slug: string) => `versions/${slug}.jsonl`,
  global: (slug: string) => `globals/${slug}.json`,
  globalVersions: (slug: string) => `global-versions/${slug}.jsonl`,
  media: (collection: string, filename: string) => `media/${collection}/${filename}`,
}

export async function sha256File(file: string): Promise<FileEntry> {
  const hash = createHash('sha256')
  let bytes = 0
  for await (const chunk of fs.createReadStream(file)) {
    hash.update(chunk as Buffer)
    bytes += (chunk as Buffer).length
  }
  return { sha256: hash.digest('hex'), bytes }
}

/**
 * A manifest path as a path inside `dir`. A tampered manifest must not make the restore read
 * outside the folder.
 */
export function insideBackup(dir: string, relative: string): string {
  const resolved = path.resolve(dir, relative)
  if (path.isAbsolute(relative) || !resolved.startsWith(path.resolve(dir) + path.sep)) {
    throw new BackupRefusal(messages.badManifest(`the path "${relative}" leaves the backup folder`))
  }
  return resolved
}

export function writeManifest(dir: string, manifest: Manifest) {
  fs.writeFileSync(path.join(dir, paths.manifest), `${JSON.stringify(manifest, null, 2)}\n`)
}

export function readManifest(dir: string): Manifest {
  const file = path.join(dir, paths.manifest)
  if (!fs.existsSync(file)) throw new BackupRefusal(messages.noManifest(dir))
  let manifest: Manifest
  try {
    manifest = JSON.parse(fs.readFileSync(file, 'utf8')) as Manifest
  } catch (error) {
    throw new BackupRefusal(messages.badManifest((error as Error).message))
  }
  if (manifest?.format !== FORMAT)
    throw new BackupRefusal(messages.badManifest(`format is not "${FORMAT}"`))
  if (!Number.isInteger(manifest.formatVersion))
    throw new BackupRefusal(messages.badManifest('no formatVersion'))
  if (manifest.formatVersion > FORMAT_VERSION)
    throw new BackupRefusal(messages.newerFormat(manifest.formatVersion, FORMAT_VERSION))
  for (const key of ['collections', 'globals', 'files'] as const) {
    if (typeof manifest[key] !== 'object' || manifest[key] === null)
      throw new BackupRefusal(messages.badManifest(`no ${key}`))
  }
  return manifest
}

/**
 * Hashes every file the manifest lists and refuses, naming the file, at the first one that is
 * missing or differs. Runs before the restore touches the database.
 */
export async function verifyFiles(dir: string, manifest: Manifest): Promise<void> {
  for (const [relative, expected] of Object.entries(manifest.files)) {
    const file = insideBackup(dir, relative)
    if (!fs.existsSync(file)) throw new BackupRefusal(messages.missingFile(relative))
    const actual = await sha256File(file)
    if (actual.sha256 !== expected.sha256 || actual.bytes !== expected.bytes)
      throw new BackupRefusal(messages.corruptFile(relative))
  }
}
