/**
 * What `npm run seed -- --reset` wipes: every document of every collection but
 * `payload-migrations` (which records the schema, not content), their versions, the globals back
 * to their defaults, and the uploaded files. It works below the Local API on purpose: the hooks
 * would refuse (the last administrator cannot be deleted) or notify the world of each deletion.
 */
import fs from 'node:fs/promises'
import path from 'node:path'

import type { CollectionSlug, Field, GlobalSlug, Payload } from 'payload'

import { removeInAnyOrder } from '../lib/removeInAnyOrder'

const KEEP: string[] = ['payload-migrations']
const QUIET = { disableWebhooks: true, disableNotifications: true }

export type WipeReport = { documents: Record<string, number>; files: number }

type UploadDoc = {
  filename?: string | null
  sizes?: Record<string, { filename?: string | null } | null> | null
}

/** Deletes the files the upload documents name (originals and sizes), as Payload's own delete does. */
async function deleteUploadedFiles(payload: Payload): Promise<number> {
  let deleted = 0
  for (const collection of payload.config.collections) {
    if (!collection.upload || KEEP.includes(collection.slug)) continue
    const staticDir = path.resolve(collection.upload.staticDir ?? '')
    const { docs } = await payload.find({
      collection: collection.slug as CollectionSlug,
      pagination: false,
      depth: 0,
      overrideAccess: true,
    })
    for (const doc of docs as UploadDoc[]) {
      const names = [doc.filename, ...Object.values(doc.sizes ?? {}).map((size) => size?.filename)]
      for (const name of names) {
        if (!name) continue
        // Only a name inside the folder: a stored name is never allowed to reach outside it.
        const file = path.resolve(staticDir, name)
        if (path.dirname(file) !== staticDir) continue
        await fs.rm(file, { force: true })
        deleted++
      }
    }
  }
  return deleted
}

/** A global's data with every field emptied, or set to its default where it has a fixed one. */
function emptied(fields: Field[]): Record<string, unknown> {
  const data: Record<string, unknown> = {}
  for (const field of fields) {
    if (field.type === 'tabs') {
      for (const tab of field.tabs) {
        if ('name' in tab && tab.name) data[tab.name] = emptied(tab.fields)
        else Object.assign(data, emptied(tab.fields))
      }
    } else if (!('name' in field)) {
      if ('fields' in field) Object.assign(data, emptied(field.fields))
    } else if (
      field.type === 'ui' ||
      field.type === 'join' ||
      field.name === 'createdAt' ||
      field.name === 'updatedAt'
    ) {
      continue
    } else if (field.type === 'group') {
      data[field.name] = emptied(field.fields)
    } else if (
      field.type === 'array' ||
      field.type === 'blocks' ||
      ('hasMany' in field && field.hasMany)
    ) {
      data[field.name] = []
    } else {
      const fixed =
        'defaultValue' in field && typeof field.defaultValue !== 'function'
          ? field.defaultValue
          : undefined
      data[field.name] = fixed ?? null
    }
  }
  return data
}

export async function wipeContent(payload: Payload): Promise<WipeReport> {
  // The files first, while the documents still say which files are theirs.
  const files = await deleteUploadedFiles(payload)
  const documents: Record<string, number> = {}
  // A required reference (a comment's post, an artwork's image) stops its target's deletion while
  // the referring documents exist, so the order of the config must not matter.
  const wiped = payload.config.collections.filter((collection) => !KEEP.includes(collection.slug))
  await removeInAnyOrder(wiped, async (collection) => {
    const slug = collection.slug as CollectionSlug
    const count = (await payload.db.count({ collection: slug, where: {} })).totalDocs
    if (collection.versions) await payload.db.deleteVersions({ collection: slug, where: {} })
    await payload.db.deleteMany({ collection: slug, where: {} })
    documents[slug] = count
  })
  for (const global of payload.config.globals) {
    const slug = global.slug as GlobalSlug
    if (global.versions) await payload.db.deleteVersions({ globalSlug: slug, where: {} })
    await payload.updateGlobal({
      slug,
      data: emptied(global.fields) as never,
      depth: 0,
      overrideAccess: true,
      context: QUIET,
    })
  }
  return { documents, files }
}
