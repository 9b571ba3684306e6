/**
 * Restore writes for MongoDB, through the adapter's public methods (and its globals model, to
 * delete a global). Documents keep the IDs they are given (`customID`, valid ObjectIds only: see
 * ../ids.ts); versions get new ObjectIds, since `createVersion` takes none, and are written in the
 * order they were last saved, so its `latest` bookkeeping ends where the source's did. Untested
 * here (no MongoDB server on the build machine); the SQLite path runs the same restore with
 * `--new-ids` to test the remapping.
 */
import type { MongooseAdapter } from '@payloadcms/db-mongodb'
import type { Payload } from 'payload'

import { without, type BackupWriter, type Data } from './types'

export function mongooseWriter(payload: Payload): BackupWriter {
  const adapter = payload.db as unknown as MongooseAdapter
  const version = (row: Data) => ({
    autosave: Boolean(row.autosave),
    createdAt: String(row.createdAt),
    updatedAt: String(row.updatedAt),
    versionData: row.version as Data,
    ...(row.publishedLocale ? { publishedLocale: String(row.publishedLocale) } : {}),
    ...(row.snapshot ? { snapshot: true as const } : {}),
  })

  return {
    enforcesReferences: false,

    /**
     * No transaction: MongoDB aborts a transaction after 60 seconds by default
     * (transactionLifetimeLimitSeconds), shorter than restoring a large site, and needs a replica
     * set. Each write is atomic on its own; a restore that fails part-way is replaced by running
     * it again with --force (the README says to restore into a new database and switch to it).
     */
    async transaction(work) {
      await work({})
    },

    async clear(scope, req) {
      for (const { slug, versions } of scope.collections) {
        await payload.db.deleteMany({ collection: slug, where: {}, req })
        if (versions) await payload.db.deleteVersions({ collection: slug, where: {}, req })
      }
      for (const { slug, versions } of scope.globals) {
        // There is no deleteGlobal; all globals share one model, told apart by globalType.
        await adapter.globals.deleteOne({ globalType: slug })
        if (versions) await payload.db.deleteVersions({ globalSlug: slug, where: {}, req })
      }
      if (payload.collections['payload-locked-documents']) {
        await payload.db.deleteMany({ collection: 'payload-locked-documents', where: {}, req })
      }
    },

    async createDoc(collection, id, data, req) {
      await payload.db.create({ collection, customID: id, data, req, returning: false })
    },

    async createVersion(collection, _id, row, req) {
      await payload.db.createVersion({
        collectionSlug: collection,
        parent: row.parent as string,
        ...version(row),
        req,
        returning: false,
      })
    },

    async saveGlobal(slug, _id, data, req) {
      await payload.db.createGlobal({
        slug,
        data: without(data, 'id', 'globalType'),
        req,
        returning: false,
      })
    },

    async createGlobalVersion(slug, _id, row, req) {
      await payload.db.createGlobalVersion({
        globalSlug: slug,
        ...version(row),
        req,
        returning: false,
      })
    },
  }
}
