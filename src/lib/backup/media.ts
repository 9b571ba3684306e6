/**
 * Uploaded files: the original and every generated image size a media document names, copied
 * byte for byte between the collection's storage (a folder or a bucket) and the backup.
 */
import { createHash, randomUUID } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { Transform, type Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'

import type { MediaStore } from '../mediaStorage/stores'
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

/** The content type an upload document gives each of its files (for a bucket's objects). */
export function fileTypesOf(doc: Record<string, unknown>): Record<string, string> {
  const types: Record<string, string> = {}
  const note = (entry: { filename?: unknown; mimeType?: unknown } | null | undefined) => {
    if (typeof entry?.filename === 'string' && typeof entry.mimeType === 'string')
      types[entry.filename] = entry.mimeType
  }
  note(doc)
  if (doc.sizes && typeof doc.sizes === 'object')
    for (const size of Object.values(doc.sizes as Record<string, typeof doc | null>)) note(size)
  return types
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

/** Writes a stream to a file and returns the checksum of the bytes written, read once. */
export async function copyWithChecksum(from: Readable, to: string): Promise<FileEntry> {
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
  await pipeline(from, tap, fs.createWriteStream(to))
  return { sha256: hash.digest('hex'), bytes }
}

/**
 * Files put into the store under a staging folder first and moved to their names only once the
 * database has committed, so a failed restore leaves the store as it was.
 */
export class MediaStaging {
  private readonly moves: { store: MediaStore; staged: string; final: string }[] = []
  /** Store -> its staging folder. */
  private readonly folders = new Map<MediaStore, string>()

  async add(from: string, store: MediaStore, name: string, contentType: string) {
    let folder = this.folders.get(store)
    if (!folder) {
      folder = `.restore-${process.pid}-${randomUUID().slice(0, 8)}`
      this.folders.set(store, folder)
    }
    const staged = `${folder}/${name}`
    // Recorded first, so a put that fails half-way is still cleaned up.
    this.moves.push({ store, staged, final: name })
    await store.put(staged, from, contentType)
    this.added++
  }

  private added = 0

  get count() {
    return this.added
  }

  /** Moves every staged file into place (a rename on disk, a copy and delete in a bucket). */
  async commit() {
    for (const { store, staged, final } of this.moves) await store.move(staged, final)
    this.moves.length = 0
    await this.discard()
  }

  async discard() {
    for (const { store, staged } of this.moves) await store.remove(staged)
    for (const [store, folder] of this.folders) await store.remove(folder)
    this.folders.clear()
  }
}
