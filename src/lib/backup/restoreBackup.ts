/**
 * Loads a backup folder into this database, exactly: the same IDs, timestamps, slugs, rich text,
 * relationship order, versions and password hashes, written below Payload's operations so no hook
 * changes a thing. Nothing is written until the whole folder has been checked (inspect.ts). On
 * SQLite everything, the --force wipe included, is one transaction, so a failed restore leaves the
 * database as it was (MongoDB: see writers/mongoose.ts).
 *
 * When the target cannot take the backup's IDs (MongoDB and our UUIDs, see ids.ts), or when asked
 * to, every document gets a new ID and every reference to it is rewritten: schema-guided
 * (references.ts), then in plain text (textIds.ts).
 */
import path from 'node:path'

import type { CollectionSlug, GlobalSlug, Payload } from 'payload'

import { chooseIdMode, IdMap, newId, type IdMode } from './ids'
import { contentOf, inspectBackup } from './inspect'
import { readJsonLines } from './jsonLines'
import { insideBackup, paths } from './manifest'
import { storeOf, type MediaStore } from '../mediaStorage/stores'
import { MediaStaging } from './media'
import { BackupRefusal, countOf, messages } from './messages'
import { rewriteFields, type RewriteReference } from './references'
import { backupScope } from './scope'
import { rewriteIdsInText } from './textIds'
import { writerFor, type Data, type Req } from './writers'

export type RestoreOptions = {
  dir: string
  /** Replace what the database holds: everything in the backup's scope is deleted first. */
  force?: boolean
  /** Give every document a new ID even when the target could keep the backup's. */
  newIds?: boolean
  log?: (line: string) => void
}

export type RestoreSummary = {
  idMode: IdMode
  idModeReason: string
  /** What --force replaced, as "posts: 3 documents"; empty when the database was empty. */
  replaced: string[]
  docs: number
  versions: number
  globals: number
  mediaFiles: number
  /** References given a new ID by the schema-guided rewrite. */
  referencesRewritten: number
  /** IDs rewritten inside text, by "collection path". */
  textReferences: Record<string, number>
  /** References to documents the backup does not hold, dropped because the target enforces them. */
  droppedReferences: string[]
}

export async function restoreBackup(
  payload: Payload,
  options: RestoreOptions,
): Promise<RestoreSummary> {
  const dir = path.resolve(options.dir)
  const log = options.log ?? (() => undefined)
  log(`checking ${dir}`)
  const inspected = await inspectBackup(payload, dir)
  const { manifest } = inspected

  const target = { adapter: payload.db.name, idType: String(payload.db.defaultIDType) }
  const ids = new IdMap()
  const { mode, reason } = chooseIdMode(
    target,
    inspected.docs.map((doc) => doc.id),
    Boolean(options.newIds),
  )
  for (const doc of inspected.docs)
    ids.set(doc.collection, doc.id, mode === 'keep' ? doc.id : newId(target, doc.createdAt))

  const scope = backupScope(payload)
  const present = await contentOf(payload, scope)
  if (present.length > 0 && !options.force) throw new BackupRefusal(messages.notEmpty(present))

  const writer = writerFor(payload)
  const summary: RestoreSummary = {
    idMode: mode,
    idModeReason: reason,
    replaced: present,
    docs: 0,
    versions: 0,
    globals: 0,
    mediaFiles: 0,
    referencesRewritten: 0,
    textReferences: {},
    droppedReferences: [],
  }

  let current = ''
  const rewrite: RewriteReference = (reference) => {
    const to = ids.get(reference.collection, reference.id)
    if (to !== undefined) {
      if (String(to) !== String(reference.id)) summary.referencesRewritten++
      return to
    }
    // A document deleted after it was referenced: MongoDB keeps such references, SQL cannot.
    if (reference.enforced && writer.enforcesReferences) {
      summary.droppedReferences.push(
        `${current} ${reference.path} -> ${reference.collection} ${reference.id}`,
      )
      return null
    }
    return reference.id
  }
  const ctx = { payload, rewrite }
  const rewriteText = (slug: string, doc: Data) => {
    if (mode === 'keep') return
    rewriteIdsInText(
      doc,
      (id) => ids.inText(id),
      (where) => {
        const key = `${slug} ${where}`
        summary.textReferences[key] = (summary.textReferences[key] ?? 0) + 1
      },
    )
  }
  const idOf = (row: Data) =>
    mode === 'keep' ? (row.id as string | number) : newId(target, row.createdAt)
  const read = (relative: string, onDoc: (doc: Data) => Promise<void>) =>
    manifest.files[relative]
      ? readJsonLines(insideBackup(dir, relative), relative, onDoc)
      : Promise.resolve(0)

  const restoreCollection = async (slug: CollectionSlug, req: Req) => {
    const fields = payload.collections[slug].config.fields
    const before = { docs: summary.docs, versions: summary.versions }
    await read(paths.collection(slug), async (doc) => {
      current = `${slug} ${String(doc.id)}`
      const id = ids.get(slug, doc.id as string)!
      delete doc.id
      rewriteFields(fields, doc, '', ctx)
      rewriteText(slug, doc)
      await writer.createDoc(slug, id, doc, req)
      summary.docs++
    })
    await read(paths.versions(slug), async (row) => {
      current = `${slug} version ${String(row.id)}`
      const parent = rewrite({
        collection: slug,
        id: row.parent as string,
        path: 'parent',
        enforced: true,
      })
      if (parent === null) return
      const id = idOf(row)
      row.parent = parent
      if (row.version && typeof row.version === 'object')
        rewriteFields(fields, row.version as Data, 'version', ctx)
      rewriteText(`${slug} versions`, row)
      await writer.createVersion(slug, id, row, req)
      summary.versions++
    })
    const versions = summary.versions - before.versions
    log(
      `restored ${slug}: ${countOf(summary.docs - before.docs, 'document')}${versions > 0 ? `, ${countOf(versions, 'version')}` : ''}`,
    )
  }

  const restoreGlobal = async (slug: GlobalSlug, req: Req) => {
    const fields = payload.globals.config.find((global) => global.slug === slug)!.fields
    await read(paths.global(slug), async (doc) => {
      current = `${slug} (global)`
      const id = doc.id === undefined ? undefined : idOf(doc)
      rewriteFields(fields, doc, '', ctx)
      rewriteText(slug, doc)
      await writer.saveGlobal(slug, id, doc, req)
      summary.globals++
    })
    await read(paths.globalVersions(slug), async (row) => {
      current = `${slug} (global) version ${String(row.id)}`
      const id = idOf(row)
      if (row.version && typeof row.version === 'object')
        rewriteFields(fields, row.version as Data, 'version', ctx)
      rewriteText(`${slug} versions`, row)
      await writer.createGlobalVersion(slug, id, row, req)
      summary.versions++
    })
  }

  // Files are staged in the collection's storage (its upload folder or its bucket, whichever this
  // server uses, not the one the backup came from) now, and moved to their names after the commit.
  const staging = new MediaStaging()
  const stores = new Map<string, MediaStore>()
  const storeFor = (slug: CollectionSlug) => {
    let store = stores.get(slug)
    if (!store) stores.set(slug, (store = storeOf(payload.collections[slug].config)))
    return store
  }
  try {
    for (const relative of Object.keys(manifest.files).filter((file) =>
      file.startsWith('media/'),
    )) {
      const [, slug, name] = relative.split('/') as [string, CollectionSlug, string]
      if (!payload.collections[slug]?.config.upload)
        throw new BackupRefusal(messages.badManifest(`${relative} is not in an upload collection`))
      const type = inspected.mediaTypes.get(relative) ?? 'application/octet-stream'
      await staging.add(insideBackup(dir, relative), storeFor(slug), name, type)
    }
    await writer.transaction(async (req) => {
      if (options.force && present.length > 0) {
        await writer.clear(scope, req)
        log(`replacing what the database held: ${present.join(', ')}`)
      }
      for (const slug of inspected.collections) await restoreCollection(slug, req)
      for (const slug of inspected.globals) await restoreGlobal(slug, req)
    })
    summary.mediaFiles = staging.count
    await staging.commit()
  } catch (error) {
    await staging.discard()
    throw error
  } finally {
    for (const store of stores.values()) store.close()
  }
  await checkKept(payload, inspected.collections, manifest.collections)
  return summary
}

/** Guards against a commit that reported success without keeping the rows. */
async function checkKept(
  payload: Payload,
  collections: CollectionSlug[],
  expected: Record<string, { docs: number }>,
) {
  for (const slug of collections) {
    const { totalDocs } = await payload.db.count({ collection: slug, where: {} })
    if (totalDocs !== expected[slug]!.docs)
      throw new Error(messages.notKept(slug, expected[slug]!.docs, totalDocs))
  }
}
