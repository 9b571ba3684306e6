/**
 * Writes the whole site to a folder: raw documents as the adapter stores them (hidden fields such
 * as password hashes included, no hooks, no access control), version histories, globals and
 * uploaded files, plus a manifest of counts and checksums (see manifest.ts).
 */
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import type { FindArgs, PaginatedDocs, Payload } from 'payload'

import { JsonLinesWriter } from './jsonLines'
import {
  FORMAT,
  FORMAT_VERSION,
  paths,
  writeManifest,
  type FileEntry,
  type Manifest,
} from './manifest'
import { storeOf } from '../mediaStorage/stores'
import { assertPlainName, copyWithChecksum, filesOf } from './media'
import { countOf, messages } from './messages'
import { backupScope, EXCLUDED_COLLECTIONS, EXCLUDED_GLOBALS } from './scope'

export type ExportOptions = {
  /** An empty or missing folder. */
  dir: string
  /** Documents read per query; the export never holds more than a page in memory. */
  pageSize?: number
  log?: (line: string) => void
}

export type ExportSummary = {
  manifest: Manifest
  docs: number
  versions: number
  mediaFiles: number
  bytes: number
}

type Doc = Record<string, unknown>

// Join fields are computed from other collections and never stored; `false` skips them (the type
// only admits it for collections that declare joins).
const NO_JOINS = false as unknown as FindArgs['joins']

/** Every document of a paged query, page after page. */
async function* paged(read: (page: number) => Promise<PaginatedDocs<Doc>>): AsyncGenerator<Doc> {
  for (let page = 1; ; page++) {
    const result = await read(page)
    yield* result.docs
    if (!result.hasNextPage) return
  }
}

export async function exportBackup(
  payload: Payload,
  options: ExportOptions,
): Promise<ExportSummary> {
  if (payload.config.localization) throw new Error(messages.localized)
  const dir = path.resolve(options.dir)
  if (fs.existsSync(dir) && fs.readdirSync(dir).length > 0) {
    throw new Error(
      `${dir} is not empty; export into a new or empty folder so no old file is mixed in`,
    )
  }
  fs.mkdirSync(dir, { recursive: true })
  const limit = options.pageSize ?? 500
  const log = options.log ?? (() => undefined)
  const scope = backupScope(payload)
  const files: Record<string, FileEntry> = {}
  const manifest: Manifest = {
    format: FORMAT,
    formatVersion: FORMAT_VERSION,
    createdAt: new Date().toISOString(),
    source: { adapter: payload.db.name, idType: String(payload.db.defaultIDType) },
    collections: {},
    globals: {},
    excluded: Object.fromEntries([
      ...Object.entries(EXCLUDED_COLLECTIONS).filter(([slug]) => slug in payload.collections),
      ...Object.entries(EXCLUDED_GLOBALS).filter(([slug]) =>
        payload.config.globals.some((global) => global.slug === slug),
      ),
    ]),
    missingMedia: [],
    files,
  }

  const writeLines = async (
    relative: string,
    docs: AsyncIterable<Doc>,
    onDoc?: (doc: Doc) => Promise<void>,
  ) => {
    const writer = new JsonLinesWriter(path.join(dir, relative))
    for await (const doc of docs) {
      await writer.write(doc)
      await onDoc?.(doc)
    }
    files[relative] = await writer.close()
    return writer.count
  }

  for (const { slug, versions, upload } of scope.collections) {
    // The upload folder or the bucket, as the server has it.
    const store = upload ? storeOf(payload.collections[slug].config) : undefined
    let mediaFiles = 0
    const copyMedia = async (doc: Doc) => {
      for (const name of filesOf(doc)) {
        assertPlainName(name, `${slug} ${String(doc.id)}`)
        const relative = paths.media(slug, name)
        if (files[relative]) continue
        const source = await store!.open(name)
        if (!source) {
          manifest.missingMedia.push(relative)
          continue
        }
        files[relative] = await copyWithChecksum(source, path.join(dir, relative))
        mediaFiles++
      }
    }
    // Oldest first, ties broken by ID: the same database always exports the same files.
    const docs = await writeLines(
      paths.collection(slug),
      paged((page) =>
        payload.db.find<Doc>({
          collection: slug,
          joins: NO_JOINS,
          limit,
          page,
          pagination: true,
          sort: ['createdAt', 'id'],
        }),
      ),
      upload ? copyMedia : undefined,
    ).finally(() => store?.close())
    // Versions in the order they were last written, so an adapter that works out `latest` while
    // inserting them (MongoDB) ends where the source did.
    const versionCount = versions
      ? await writeLines(
          paths.versions(slug),
          paged(
            (page) =>
              payload.db.findVersions<Doc>({
                collection: slug,
                limit,
                page,
                pagination: true,
                sort: ['updatedAt', 'id'],
              }) as Promise<PaginatedDocs<Doc>>,
          ),
        )
      : 0
    manifest.collections[slug] = { docs, versions: versionCount, mediaFiles }
    log(
      `exported ${slug}: ${countOf(docs, 'document')}${versions ? `, ${countOf(versionCount, 'version')}` : ''}${upload ? `, ${countOf(mediaFiles, 'file')}` : ''}`,
    )
  }

  for (const { slug, versions } of scope.globals) {
    const doc = (await payload.db.findGlobal<Doc>({ slug })) as Doc | null
    // Drizzle answers {} and MongoDB null for a global that was never saved.
    const saved = Boolean(doc && doc.createdAt)
    if (saved) {
      const relative = paths.global(slug)
      const body = Buffer.from(`${JSON.stringify(doc)}\n`)
      fs.mkdirSync(path.join(dir, path.dirname(relative)), { recursive: true })
      fs.writeFileSync(path.join(dir, relative), body)
      files[relative] = {
        sha256: createHash('sha256').update(body).digest('hex'),
        bytes: body.length,
      }
    }
    const versionCount = versions
      ? await writeLines(
          paths.globalVersions(slug),
          paged(
            (page) =>
              payload.db.findGlobalVersions<Doc>({
                global: slug,
                limit,
                page,
                pagination: true,
                sort: ['updatedAt', 'id'],
              }) as Promise<PaginatedDocs<Doc>>,
          ),
        )
      : 0
    manifest.globals[slug] = { saved, versions: versionCount }
    log(
      `exported ${slug} (global): ${saved ? 'saved' : 'never saved'}${versions ? `, ${versionCount} versions` : ''}`,
    )
  }

  writeManifest(dir, manifest)
  const total = (key: 'docs' | 'versions' | 'mediaFiles') =>
    Object.values(manifest.collections).reduce((sum, entry) => sum + entry[key], 0)
  return {
    manifest,
    docs: total('docs'),
    versions:
      total('versions') +
      Object.values(manifest.globals).reduce((sum, entry) => sum + entry.versions, 0),
    mediaFiles: total('mediaFiles'),
    bytes: Object.values(files).reduce((sum, entry) => sum + entry.bytes, 0),
  }
}
