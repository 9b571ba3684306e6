/**
 * State beyond the demo seed that a backup must carry, a raw dump of a database to compare two
 * of them, and the pairing of documents across a restore that gave them new IDs.
 */
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import type { CollectionSlug, Payload } from 'payload'

import { backupScope } from '../../src/lib/backup/scope'
import { block, document, paragraph, postLink, text, upload } from '../../src/seed/lexical'

type Doc = Record<string, any>
const quiet = { disableWebhooks: true, disableNotifications: true }

export type History = {
  postId: string
  relatedId: string
  questionId: string
  editorId: string
  mediaId: string
  deliveryId: string
}

const one = async (payload: Payload, collection: CollectionSlug, field: string, value: string) =>
  (
    await payload.find({
      collection,
      where: { [field]: { equals: value } },
      limit: 1,
      depth: 0,
      draft: true,
      overrideAccess: true,
    })
  ).docs[0] as Doc

/**
 * What a running site accumulates: a reader question, a pending draft over a published post whose
 * rich text links a post, shows an image and quotes the question in a block; a comment; an
 * editor's preference for that post; a scheduled publication and a webhook delivery in the jobs
 * queue; a key-value entry.
 */
export async function addHistory(payload: Payload): Promise<History> {
  const post = await one(payload, 'posts', 'slug', 'why-the-ceasefire-talks-keep-failing')
  const related = await one(payload, 'posts', 'slug', 'the-revival-in-the-hebrides')
  const editor = await one(payload, 'users', 'email', 'editor@example.com')
  const media = (
    await payload.find({
      collection: 'media',
      limit: 1,
      depth: 0,
      sort: 'createdAt',
      overrideAccess: true,
    })
  ).docs[0] as Doc

  const question = await payload.db.create({
    collection: 'reader-questions',
    data: {
      name: 'Morag',
      email: 'morag@readers.example',
      question: 'Why do the talks keep failing?',
      consentToPublish: true,
      status: 'answered',
    },
  })
  await payload.update({
    collection: 'posts',
    id: post.id,
    draft: true,
    overrideAccess: true,
    context: quiet,
    data: {
      title: `${post.title as string} (revised)`,
      content: document(
        paragraph(
          text('Revised: read '),
          postLink('the revival', related.id as string),
          text(' first.'),
        ),
        upload(media.id as string),
        block('readerQuestion', {
          submission: question.id,
          question: 'Why do the talks keep failing?',
          askedBy: 'Morag',
        }),
      ) as never,
    },
  })
  await payload.create({
    collection: 'comments',
    overrideAccess: true,
    context: quiet,
    data: {
      post: related.id,
      name: 'Ewan',
      email: 'ewan@readers.example',
      body: 'I grew up on Lewis; my grandmother remembered it.',
    } as never,
  })
  await payload.create({
    collection: 'payload-preferences',
    overrideAccess: true,
    // The preference belongs to whoever saves it.
    user: { ...editor, collection: 'users' } as never,
    data: {
      key: `collection-posts-${post.id}`,
      user: { relationTo: 'users', value: editor.id },
      value: { fields: { content: { collapsed: false } } },
    },
  })
  await payload.jobs.queue({
    task: 'schedulePublish',
    input: {
      type: 'publish',
      doc: { relationTo: 'posts', value: String(post.id) },
      user: { relationTo: 'users', value: String(editor.id) },
    },
    waitUntil: new Date(Date.now() + 30 * 86_400_000),
  } as never)
  const delivery = await payload.create({
    collection: 'webhook-deliveries',
    overrideAccess: true,
    data: {
      url: 'https://frontend.example/hooks',
      eventType: 'update',
      documentCollection: 'posts',
      documentId: String(related.id),
      documentSlug: related.slug,
      event: { type: 'update', collection: 'posts', id: String(related.id), slug: related.slug },
    },
  })
  await payload.jobs.queue({
    task: 'deliverWebhook',
    input: { deliveryId: String(delivery.id) },
  } as never)
  await payload.kv.set('backup-test', { note: 'kept across a restore' })
  return {
    postId: String(post.id),
    relatedId: String(related.id),
    questionId: String(question.id),
    editorId: String(editor.id),
    mediaId: String(media.id),
    deliveryId: String(delivery.id),
  }
}

export type Dump = {
  collections: Record<string, Doc[]>
  versions: Record<string, Doc[]>
  globals: Record<string, Doc | null>
}

/** Every raw document, version and global of the backup's scope, in a stable order. */
export async function dumpDatabase(payload: Payload): Promise<Dump> {
  const scope = backupScope(payload)
  const dump: Dump = { collections: {}, versions: {}, globals: {} }
  for (const { slug, versions } of scope.collections) {
    dump.collections[slug] = (
      await payload.db.find({
        collection: slug,
        limit: 0,
        pagination: false,
        joins: false as never,
        sort: ['createdAt', 'id'],
      })
    ).docs as Doc[]
    if (versions) {
      dump.versions[slug] = (
        await payload.db.findVersions({
          collection: slug,
          limit: 0,
          pagination: false,
          sort: ['createdAt', 'id'],
        })
      ).docs as Doc[]
    }
  }
  for (const { slug } of scope.globals) {
    const doc = (await payload.db.findGlobal({ slug })) as Doc | null
    dump.globals[slug] = doc?.createdAt ? doc : null
  }
  return dump
}

/** File name -> SHA-256 of every file in an upload folder. */
export function mediaChecksums(dir: string): Record<string, string> {
  if (!fs.existsSync(dir)) return {}
  const entries = fs.readdirSync(dir, { withFileTypes: true })
  return Object.fromEntries(
    entries
      .filter((entry) => entry.isFile())
      .map((entry) => [
        entry.name,
        createHash('sha256')
          .update(fs.readFileSync(path.join(dir, entry.name)))
          .digest('hex'),
      ])
      .sort(([a], [b]) => a!.localeCompare(b!)),
  )
}

/**
 * What identifies a document without its ID, so documents can be paired across a restore that
 * renumbered them; timestamps are kept by the restore, so they serve where nothing else does.
 */
const naturalKey = (doc: Doc) =>
  String(doc.slug ?? doc.email ?? doc.filename ?? `${doc.createdAt} ${doc.updatedAt}`)

/** New ID -> old ID for every document, paired by natural key; throws on a key that is not unique. */
export function pairIds(before: Dump, after: Dump): Map<string, string> {
  const map = new Map<string, string>()
  for (const [slug, docs] of Object.entries(before.collections)) {
    const byKey = new Map(docs.map((doc) => [naturalKey(doc), doc]))
    if (byKey.size !== docs.length) throw new Error(`${slug}: natural keys are not unique`)
    for (const doc of after.collections[slug] ?? []) {
      const old = byKey.get(naturalKey(doc))
      if (!old) throw new Error(`${slug}: nothing in the source matches ${naturalKey(doc)}`)
      map.set(String(doc.id), String(old.id))
    }
  }
  return map
}

/** A deep copy with every mapped ID inside any string replaced. */
export function translateIds<T>(value: T, map: Map<string, string>): T {
  const pattern = new RegExp(
    [...map.keys()].map((id) => id.replace(/[^\w-]/g, '\\$&')).join('|'),
    'g',
  )
  return JSON.parse(JSON.stringify(value), (_key, inner: unknown) =>
    typeof inner === 'string' ? inner.replace(pattern, (id) => map.get(id)!) : inner,
  ) as T
}

/**
 * A dump without the IDs of versions and globals, which nothing refers to and a renumbering
 * restore does not pair, sorted so that two renumbered dumps line up.
 */
export function withoutVersionIds(dump: Dump): Dump {
  const strip = ({ id: _id, ...rest }: Doc) => rest
  const by =
    (...keys: string[]) =>
    (a: Doc, b: Doc) =>
      keys
        .map((key) => String(a[key]))
        .join(' ')
        .localeCompare(keys.map((key) => String(b[key])).join(' '))
  return {
    collections: Object.fromEntries(
      Object.entries(dump.collections).map(([slug, docs]) => [
        slug,
        [...docs].sort(by('createdAt', 'id')),
      ]),
    ),
    versions: Object.fromEntries(
      Object.entries(dump.versions).map(([slug, rows]) => [
        slug,
        rows.map(strip).sort(by('parent', 'createdAt', 'updatedAt')),
      ]),
    ),
    globals: Object.fromEntries(
      Object.entries(dump.globals).map(([slug, doc]) => [slug, doc && strip(doc)]),
    ),
  }
}
