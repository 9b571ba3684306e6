/**
 * `mediaStoragePlugin`: where the upload collections keep their files. On disk (MEDIA_DIR) by
 * default; in an S3-compatible bucket through `@payloadcms/storage-s3` when S3_BUCKET is set, so
 * every server process sees every upload.
 *
 * Either way files are served through the CMS's own URLs (`/api/media/file/<name>`), after
 * Payload's access check: the bucket never has to be public, and URLs do not change when the
 * storage does. The storage plugin is installed in both modes (switched off on disk) so the
 * schema it adds (`prefix`, `_objectKey`) and the admin's import map are the same whichever
 * storage runs, and one set of migrations fits both.
 */
import { s3Storage } from '@payloadcms/storage-s3'
import type { CollectionConfig, Config, Field, Plugin, UploadCollectionSlug } from 'payload'

import { missingObjectNotFound } from '../../collections/hooks/missingFileNotFound'
import type { MediaStorageSettings } from '../lib/mediaStorage/settings'
import { s3ClientConfig } from '../lib/mediaStorage/stores'

export function mediaStoragePlugin(
  settings: MediaStorageSettings,
  /** Upload collections, by slug. */
  collections: string[],
): Plugin {
  const s3 = settings.kind === 's3' ? settings.s3 : undefined
  const storage = s3Storage({
    enabled: Boolean(s3),
    alwaysInsertFields: true,
    bucket: s3?.bucket ?? 'unused',
    config: s3 ? s3ClientConfig(s3) : {},
    // An empty prefix (objects keyed by file name) still declares the `prefix` field, which the
    // plugin adds with `alwaysInsertFields` only while switched off.
    collections: Object.fromEntries(collections.map((slug) => [slug, { prefix: '' }])) as Record<
      UploadCollectionSlug,
      { prefix: string }
    >,
  })
  return (incoming: Config): Config => {
    const handlersBefore = new Map(
      (incoming.collections ?? []).map((collection) => [collection.slug, handlersOf(collection)]),
    )
    const config = storage(incoming) as Config
    return {
      ...config,
      collections: (config.collections ?? []).map((collection) => {
        if (!collections.includes(collection.slug)) return collection
        // Objects are keyed by file name alone (what export and restore rely on): the storage
        // plugin's folder fields are its own to set, never a client's.
        const fields = collection.fields.map((field) =>
          'name' in field && STORAGE_FIELDS.includes(field.name)
            ? ({ ...field, access: { create: () => false, update: () => false } } as Field)
            : field,
        )
        if (!s3) return { ...collection, fields }
        const own = handlersBefore.get(collection.slug) ?? []
        return {
          ...collection,
          fields,
          upload: {
            ...(collection.upload as object),
            // The adapter's file handler answers what a bucket lacks as this site does on disk.
            handlers: handlersOf(collection).map((handler) =>
              own.includes(handler) ? handler : missingObjectNotFound(handler),
            ),
          },
          // For export and restore (src/lib/mediaStorage/stores.ts); server-only, like all `custom`.
          custom: { ...collection.custom, objectStorage: s3 },
        }
      }),
    }
  }
}

/** The fields storage-s3 adds beside Payload's own upload fields. */
const STORAGE_FIELDS = ['prefix', '_objectKey']

const handlersOf = (collection: CollectionConfig) =>
  (typeof collection.upload === 'object' ? collection.upload.handlers : undefined) ?? []
