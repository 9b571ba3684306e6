/**
 * Uploaded files: the original and every generated image size a media document names, copied
 * byte for byte between the upload folder and the backup.
 */
import { createHash, randomUUID } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { Transform } from 'node:stream'
import { pipeline } from 'node:stream/promises'

import { BackupRefusal, messages } from './messages'
import type { FileEntry } from './manifest'

/** The file names an upload document refers to: its own and each size's. */
export function filesOf(doc: Record<string, unknown>): string[] {
  const names = [doc.filename]
  const sizes = doc.sizes
  if (sizes && typeof sizes === 'object') {
    for (const size of Object.values(sizes as Record<string, { filename?: unknown } | null>))
      names.push(size?.filename)
  }
  return [
    ...new Set(names.filter((name): name is string => typeof name === 'string' && name !== '')),
  ]
}

/**
 * Payload stores bare file names; anything with a folder in it would let a tampered backup write
 * outside the upload folder.
 */
export function assertPlainName(name: string, where: string) {
  if (name !== path.basename(name) || name === '.' || name === '..' || name.includes('\\')) {
    throw new BackupRefusal(messages.badFileName(where, name))
  }
}

/** Copies a file and returns the checksum of the bytes written, read once. */
export async function copyWithChecksum(from: string, to: string): Promise<FileEntry> {
  fs.mkdirSync(path.dirname(to), { recursive: true })
  const hash = createHash('sha256')
  let bytes = 0
  const tap = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      hash.update(chunk)
      bytes += chunk.length
      done(null, chunk)
    },
  })
  await pipeline(fs.createReadStream(from), tap, fs.createWriteStream(to))
  return { sha256: hash.digest('hex'), bytes }
}

/**
 * Files copied next to the upload folder first and moved in only once the database has
 * committed, so a failed restore leaves the folder as it was.
 */
export class MediaStaging {
  private readonly moves: { staged: string; final: string }[] = []
  /** Upload folder -> its staging folder. */
  private readonly folders = new Map<string, string>()

  async add(from: string, staticDir: string, name: string) {
    let staging = this.folders.get(staticDir)
    if (!staging) {
      staging = path.join(staticDir, `.restore-${process.pid}-${randomUUID().slice(0, 8)}`)
      fs.mkdirSync(staging, { recursive: true })
      this.folders.set(staticDir, staging)
    }
    const staged = path.join(staging, name)
    await fs.promises.copyFile(from, staged)
    this.moves.push({ staged, final: path.join(staticDir, name) })
  }

  get count() {
    return this.moves.length
  }

  /** Moves every staged file into place (same file system, so each move is a rename). */
  commit() {
    for (const { staged, final } of this.moves) fs.renameSync(staged, final)
    this.discard()
  }

  discard() {
    for (const folder of this.folders.values()) fs.rmSync(folder, { recursive: true, force: true })
    this.folders.clear()
  }
}
