/**
 * Which IDs a restore gives the documents: the backup's own, or fresh ones with every reference
 * rewritten to match.
 *
 * Why remapping exists: our SQLite database uses UUID strings, while MongoDB's `_id` and every
 * relationship path in Payload's mongoose schemas are ObjectIds. `payload.db.create` accepts a
 * `customID` on both adapters, and the mongoose adapter's `allowIDOnCreate` option accepts
 * `data.id`, but both only turn a *valid ObjectId string* into an `_id`: a UUID given to mongoose
 * fails to cast, and a UUID inside a relationship field is stored as a plain string that never
 * matches an ObjectId on population (node_modules/@payloadcms/db-mongodb/dist/create.js and
 * utilities/transform.js). So SQLite -> MongoDB needs new ObjectIds; MongoDB -> SQLite keeps its
 * IDs, since SQLite's UUID columns are text and take any string.
 */
import { randomBytes, randomUUID } from 'node:crypto'

import { BackupRefusal, messages } from './messages'

export type IdMode = 'keep' | 'new'

export type Target = { adapter: string; idType: string }

const OBJECT_ID = /^[0-9a-f]{24}$/i

/** The mode a restore needs, and the reason, for the summary. */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

export function chooseIdMode(
  target: Target,
  sourceIds: (string | number)[],
  newIdsRequested: boolean,
): { mode: IdMode; reason: string } {
  if (target.idType === 'number') {
    if (newIdsRequested || sourceIds.some((id) => typeof id !== 'number')) {
      throw new BackupRefusal(messages.unsupportedIds(target.adapter, target.idType))
    }
    return { mode: 'keep', reason: "the target takes the backup's numeric IDs" }
  }
  if (newIdsRequested) return { mode: 'new', reason: '--new-ids was given' }
  if (
    target.adapter === 'mongoose' &&
    !sourceIds.every((id) => typeof id === 'string' && OBJECT_ID.test(id))
  ) {
    return { mode: 'new', reason: "MongoDB needs ObjectIds and the backup's IDs are not" }
  }
  // Our Postgres tables key on the uuid type: an ObjectId from a MongoDB backup does not fit.
  if (
    target.adapter === 'postgres' &&
    !sourceIds.every((id) => typeof id === 'string' && UUID.test(id))
  ) {
    return { mode: 'new', reason: "Postgres needs UUIDs and the backup's IDs are not" }
  }
  return { mode: 'keep', reason: "the target takes the backup's IDs" }
}

/**
 * A new ID of the kind the target stores. ObjectIds start with the document's creation time in
 * seconds, as MongoDB's own do, so sorting by `_id` still follows creation order.
 */
export function newId(target: Target, createdAt: unknown): string {
  if (target.adapter !== 'mongoose') return randomUUID()
  const time = Date.parse(String(createdAt))
  const seconds = Math.floor((Number.isNaN(time) ? Date.now() : time) / 1000)
  const head = Buffer.alloc(4)
  head.writeUInt32BE(Math.max(0, Math.min(seconds, 0xffffffff)))
  return Buffer.concat([head, randomBytes(8)]).toString('hex')
}

/** The backup's document IDs, per collection, with what each becomes in the target. */
export class IdMap {
  private readonly byCollection = new Map<string, Map<string, string | number>>()
  /** Old ID -> new ID across all collections, for IDs written into text; ambiguous ones are left out. */
  private readonly anywhere = new Map<string, string | number | null>()

  set(collection: string, from: string | number, to: string | number) {
    let ids = this.byCollection.get(collection)
    if (!ids) this.byCollection.set(collection, (ids = new Map()))
    ids.set(String(from), to)
    const key = String(from)
    this.anywhere.set(key, this.anywhere.has(key) ? null : to)
  }

  get(collection: string, id: string | number): string | number | undefined {
    return this.byCollection.get(collection)?.get(String(id))
  }

  /** The new ID for an old one found in text, when exactly one document had it. */
  inText(id: string): string | number | undefined {
    return this.anywhere.get(id) ?? undefined
  }

  get size() {
    return this.anywhere.size
  }
}
