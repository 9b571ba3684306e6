/**
 * JSON Lines files, one document per line: written and read as streams, so a collection of ten
 * thousand posts never has to be one string in memory, and hashed while written.
 */
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import readline from 'node:readline'
import { once } from 'node:events'

import { BackupRefusal, messages } from './messages'
import type { FileEntry } from './manifest'

export class JsonLinesWriter {
  private readonly stream: fs.WriteStream
  private readonly hash = createHash('sha256')
  private bytes = 0
  count = 0

  constructor(file: string) {
    fs.mkdirSync(path.dirname(file), { recursive: true })
    this.stream = fs.createWriteStream(file)
  }

  async write(doc: unknown) {
    const line = Buffer.from(`${JSON.stringify(doc)}\n`)
    this.hash.update(line)
    this.bytes += line.length
    this.count++
    // Respect back-pressure: a slow disk must not make the export buffer the whole collection.
    if (!this.stream.write(line)) await once(this.stream, 'drain')
  }

  async close(): Promise<FileEntry> {
    this.stream.end()
    await once(this.stream, 'finish')
    return { sha256: this.hash.digest('hex'), bytes: this.bytes }
  }
}

/** Calls `onDoc` for each document in order; a line that is not JSON is refused with its number. */
export async function readJsonLines(
  file: string,
  name: string,
  onDoc: (doc: Record<string, unknown>, line: number) => Promise<void> | void,
): Promise<number> {
  const lines = readline.createInterface({ input: fs.createReadStream(file), crlfDelay: Infinity })
  let number = 0
  let count = 0
  for await (const text of lines) {
    number++
    if (text.trim() === '') continue
    let doc: unknown
    try {
      doc = JSON.parse(text)
    } catch (error) {
      throw new BackupRefusal(messages.badLine(name, number, (error as Error).message))
    }
    if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) {
      throw new BackupRefusal(messages.badLine(name, number, 'not a document'))
    }
    count++
    await onDoc(doc as Record<string, unknown>, number)
  }
  return count
}
