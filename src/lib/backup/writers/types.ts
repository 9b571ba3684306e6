import type { CollectionSlug, GlobalSlug, PayloadRequest } from 'payload'

export type Req = Partial<PayloadRequest>
export type Data = Record<string, unknown>

/** What to wipe under `--force`: the restore's whole scope. */
export type ClearScope = {
  collections: { slug: CollectionSlug; versions: boolean }[]
  globals: { slug: GlobalSlug; versions: boolean }[]
}

/**
 * Raw writes below Payload's operations, so no hook, validation, slug generation, timestamp or
 * workflow rule touches what the backup holds. One implementation per adapter, because keeping
 * version IDs and opening a transaction are adapter business.
 */
export type BackupWriter = {
  /**
   * Whether relationship fields are foreign keys the database checks (SQL). A reference to a
   * document the backup lacks is then dropped instead of failing the whole restore.
   */
  enforcesReferences: boolean
  /** Runs `work` in one transaction where the database has them; rolls everything back on error. */
  transaction(work: (req: Req) => Promise<void>): Promise<void>
  /** Deletes every document, version and global in the scope (and edit locks on them). */
  clear(scope: ClearScope, req: Req): Promise<void>
  createDoc(collection: CollectionSlug, id: string | number, data: Data, req: Req): Promise<void>
  /** `row` is a raw version: parent, version, createdAt, updatedAt, latest, autosave... */
  createVersion(collection: CollectionSlug, id: string | number, row: Data, req: Req): Promise<void>
  saveGlobal(slug: GlobalSlug, id: string | number | undefined, data: Data, req: Req): Promise<void>
  createGlobalVersion(slug: GlobalSlug, id: string | number, row: Data, req: Req): Promise<void>
}

/** `data` without the given keys (IDs are passed apart from the data; `globalType` is a read-side tag). */
export function without(data: Data, ...keys: string[]): Data {
  const copy = { ...data }
  for (const key of keys) delete copy[key]
  return copy
}
