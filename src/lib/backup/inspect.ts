/**
 * The checks a restore makes before it writes anything: the backup fits this CMS's schema, every
 * file matches its checksum, every document file parses and holds the number of documents the
 * manifest says, and every media file name is a plain name. What it reads along the way, each
 * document's ID and creation time, is what the ID mapping is built from.
 */
import fs from 'node:fs'

import type { CollectionSlug, GlobalSlug, Payload } from 'payload'

import { readJsonLines } from './jsonLines'
import { insideBackup, paths, readManifest, verifyFiles, type Manifest } from './manifest'
import { assertPlainName, filesOf, fileTypesOf } from './media'
import { BackupRefusal, countOf, messages } from './messages'

export type BackupDoc = { collection: CollectionSlug; id: string | number; createdAt: unknown }

export type Inspected = {
  manifest: Manifest
  collections: CollectionSlug[]
  globals: GlobalSlug[]
  docs: BackupDoc[]
  /** `media/<collection>/<file>` -> the content type its document gives it. */
  mediaTypes: Map<string, string>
}

const isId = (value: unknown): value is string | number =>
  (typeof value === 'string' && value !== '') || typeof value === 'number'

export async function inspectBackup(payload: Payload, dir: string): Promise<Inspected> {
  if (payload.config.localization) throw new BackupRefusal(messages.localized)
  const manifest = readManifest(dir)
  const collections = Object.keys(manifest.collections) as CollectionSlug[]
  const globals = Object.keys(manifest.globals) as GlobalSlug[]
  for (const slug of collections)
    if (!payload.collections[slug]) throw new BackupRefusal(messages.unknownCollection(slug))
  for (const slug of globals) {
    if (!payload.globals.config.some((global) => global.slug === slug))
      throw new BackupRefusal(messages.unknownGlobal(slug))
  }

  await verifyFiles(dir, manifest)

  const listed = (relative: string) => {
    if (!manifest.files[relative]) throw new BackupRefusal(messages.missingFile(relative))
    return insideBackup(dir, relative)
  }
  const countLines = async (
    relative: string,
    expected: number,
    onDoc?: (doc: Record<string, unknown>, line: number) => void,
  ) => {
    // An empty collection may have been written as an empty file or not at all.
    if (expected === 0 && !manifest.files[relative]) return
    const found = await readJsonLines(listed(relative), relative, onDoc ?? (() => undefined))
    if (found !== expected)
      throw new BackupRefusal(messages.countMismatch(relative, expected, found))
  }

  const docs: BackupDoc[] = []
  const mediaTypes = new Map<string, string>()
  for (const collection of collections) {
    const relative = paths.collection(collection)
    const upload = Boolean(payload.collections[collection].config.upload)
    await countLines(relative, manifest.collections[collection]!.docs, (doc, line) => {
      if (!isId(doc.id))
        throw new BackupRefusal(messages.badLine(relative, line, 'the document has no id'))
      docs.push({ collection, id: doc.id, createdAt: doc.createdAt })
      if (!upload) return
      for (const name of filesOf(doc)) assertPlainName(name, `${relative} line ${line}`)
      for (const [name, type] of Object.entries(fileTypesOf(doc)))
        mediaTypes.set(paths.media(collection, name), type)
    })
    await countLines(paths.versions(collection), manifest.collections[collection]!.versions)
  }
  for (const slug of globals) {
    if (manifest.globals[slug]!.saved && !fs.existsSync(listed(paths.global(slug))))
      throw new BackupRefusal(messages.missingFile(paths.global(slug)))
    await countLines(paths.globalVersions(slug), manifest.globals[slug]!.versions)
  }
  for (const relative of Object.keys(manifest.files)) {
    if (relative.startsWith('media/'))
      assertPlainName(relative.split('/').slice(2).join('/'), 'manifest.json')
  }
  return { manifest, collections, globals, docs, mediaTypes }
}

/** What the target database already holds, as "posts: 3 documents"; empty when nothing. */
export async function contentOf(
  payload: Payload,
  scope: {
    collections: { slug: CollectionSlug; versions: boolean }[]
    globals: { slug: GlobalSlug; versions: boolean }[]
  },
): Promise<string[]> {
  const found: string[] = []
  for (const { slug, versions } of scope.collections) {
    const { totalDocs } = await payload.db.count({ collection: slug, where: {} })
    if (totalDocs > 0) found.push(`${slug}: ${countOf(totalDocs, 'document')}`)
    if (!versions) continue
    const { totalDocs: versionDocs } = await payload.db.countVersions({
      collection: slug,
      where: {},
    })
    if (versionDocs > 0 && totalDocs === 0) found.push(`${slug}: ${versionDocs} versions`)
  }
  for (const { slug, versions } of scope.globals) {
    const doc = (await payload.db.findGlobal({ slug })) as Record<string, unknown> | null
    if (doc?.createdAt) found.push(`${slug} (global)`)
    if (!versions) continue
    const { totalDocs } = await payload.db.countGlobalVersions({ global: slug, where: {} })
    if (totalDocs > 0 && !doc?.createdAt) found.push(`${slug}: ${totalDocs} versions`)
  }
  return found
}
