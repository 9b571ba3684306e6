/**
 * Export and restore, proven on real SQLite databases: the demo site plus the state a running
 * site accumulates (a draft over a published post, a comment, a preference, queued jobs) goes out
 * to a folder and comes back identical (IDs, timestamps, rich text, versions, password hashes,
 * file bytes); a database with content, a corrupt folder and bad usage are refused; and a restore
 * that renumbers every document keeps every reference on the same document.
 */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import type { Payload } from 'payload'

import {
  BackupRefusal,
  exportBackup,
  restoreBackup,
  type ExportSummary,
  type RestoreSummary,
} from '../../src/lib/backup'
import { sha256File } from '../../src/lib/backup/manifest'
import { seed } from '../../src/seed'
import { bootPayload, type TestPayload } from '../helpers/payload'
import { makeTempDir } from '../helpers/tempDir'
import {
  addHistory,
  dumpDatabase,
  mediaChecksums,
  pairIds,
  translateIds,
  withoutVersionIds,
  type Dump,
  type History,
} from './fixtures'

const PASSWORD = 'backup-demo-password-1'

// The identity proof is SQLite to SQLite, or Postgres to Postgres (TEST_DATABASE_URI): on MongoDB
// version IDs are renewed by design (src/lib/backup/writers/mongoose.ts), and no MongoDB server
// was at hand to prove that path. ./crossAdapter.spec.ts goes from SQLite to Postgres and back.
const onSqlite = /^mongodb(\+srv)?:\/\//.test(process.env.TEST_DATABASE_URI ?? '')
  ? describe.skip
  : describe

onSqlite('backup: export and restore', () => {
  let source: TestPayload
  let temp: { dir: string; remove: () => void }
  let backup: string
  let exported: ExportSummary
  let before: Dump
  let history: History
  const targets: TestPayload[] = []

  const target = async (name: string) => {
    const booted = await bootPayload(name, { separate: true })
    targets.push(booted)
    return booted
  }
  /** A copy of the backup with one file changed. */
  const tampered = (name: string, file: string, change: (bytes: Buffer) => Buffer) => {
    const copy = path.join(temp.dir, name)
    fs.cpSync(backup, copy, { recursive: true })
    fs.writeFileSync(path.join(copy, file), change(fs.readFileSync(path.join(copy, file))))
    return copy
  }

  beforeAll(async () => {
    source = await bootPayload('backup-source')
    await seed(source.payload, { demoPassword: PASSWORD, log: () => undefined })
    history = await addHistory(source.payload)
    temp = makeTempDir('backup')
    backup = path.join(temp.dir, 'backup')
    exported = await exportBackup(source.payload, { dir: backup })
    before = await dumpDatabase(source.payload)
  })
  afterAll(async () => {
    for (const booted of targets) await booted.teardown()
    await source?.teardown()
    temp?.remove()
  })

  it('should write a manifest counting every collection, version and file, each with its checksum', async () => {
    const { manifest } = exported
    for (const [slug, docs] of Object.entries(before.collections))
      expect(manifest.collections[slug]?.docs).toBe(docs.length)
    for (const [slug, versions] of Object.entries(before.versions))
      expect(manifest.collections[slug]?.versions).toBe(versions.length)
    expect(manifest.collections).toMatchObject({
      'payload-jobs': { docs: 2 },
      'payload-preferences': { docs: 1 },
      'payload-kv': { docs: 1 },
      // The demo's comments (approved, held, a reply) and the one added by addHistory.
      comments: { docs: before.collections.comments!.length },
    })
    expect(before.collections.comments!.length).toBeGreaterThan(1)
    expect(Object.keys(manifest.excluded).sort()).toEqual([
      'payload-locked-documents',
      'payload-migrations',
      'read-cache-state',
      'runner-leases',
    ])
    expect(manifest.globals['site-settings']).toEqual({ saved: true, versions: 0 })
    expect(manifest.source).toEqual({ adapter: source.payload.db.name, idType: 'text' })
    // Every uploaded file and generated size is in the folder, and every checksum holds.
    const onDisk = Object.keys(mediaChecksums(source.db.mediaDir)).map(
      (name) => `media/media/${name}`,
    )
    expect(onDisk.length).toBeGreaterThan(Object.keys(before.collections.media!).length)
    expect(
      Object.keys(manifest.files)
        .filter((file) => file.startsWith('media/'))
        .sort(),
    ).toEqual(onDisk.sort())
    expect(manifest.missingMedia).toEqual([])
    for (const [file, entry] of Object.entries(manifest.files))
      expect(await sha256File(path.join(backup, file))).toEqual(entry)
  })

  describe('into an empty database', () => {
    let restored: TestPayload
    let summary: RestoreSummary

    beforeAll(async () => {
      restored = await target('backup-restored')
      summary = await restoreBackup(restored.payload, { dir: backup })
    })

    it('should give back every document, version and global identical to the source', async () => {
      expect(summary).toMatchObject({
        idMode: 'keep',
        replaced: [],
        droppedReferences: [],
        referencesRewritten: 0,
      })
      expect(summary.docs).toBe(exported.docs)
      expect(await dumpDatabase(restored.payload)).toEqual(before)
      // The pending draft over the published post came back as its latest version.
      const drafts = before.versions.posts!.filter(
        (row) => row.parent === history.postId && row.latest,
      )
      expect(drafts.map((row) => [row.version.title, row.version._status])).toEqual([
        ['Why the ceasefire talks keep failing (revised)', 'draft'],
      ])
    })

    it('should give back every media file byte for byte, generated image sizes included', () => {
      const files = mediaChecksums(restored.db.mediaDir)
      expect(files).toEqual(mediaChecksums(source.db.mediaDir))
      expect(Object.keys(files).some((name) => name.endsWith('-300x300.png'))).toBe(true)
      expect(
        fs.readdirSync(restored.db.mediaDir).filter((name) => name.startsWith('.restore-')),
      ).toEqual([])
    })

    it('should refuse to restore over its content, naming what is there, and change nothing', async () => {
      await expect(restoreBackup(restored.payload, { dir: backup })).rejects.toThrow(
        /^the database is not empty \(posts: 3 documents, authors: 3 documents, .*\); restore into an empty database, or pass --force to replace its content$/,
      )
      expect(await dumpDatabase(restored.payload)).toEqual(before)
    })

    it('should refuse a corrupt backup naming the file, and write nothing even with --force', async () => {
      const corrupt = tampered('corrupt-posts', 'collections/posts.jsonl', (bytes) =>
        Buffer.from(bytes.toString().replace('Hebrides', 'Hebridez')),
      )
      const attempt = restoreBackup(restored.payload, { dir: corrupt, force: true })
      await expect(attempt).rejects.toThrow(
        new BackupRefusal(
          'the backup is corrupt: collections/posts.jsonl does not match its checksum in the manifest',
        ),
      )
      expect(await dumpDatabase(restored.payload)).toEqual(before)
    })

    it('should replace its content with --force', async () => {
      await restored.payload.create({
        collection: 'tags',
        data: { title: 'Added After The Restore' },
        overrideAccess: true,
      })
      // The comments stay: their post is a required reference, so the wipe must empty comments first.
      const forced = await restoreBackup(restored.payload, { dir: backup, force: true })
      expect(forced.replaced).toEqual(
        expect.arrayContaining([
          'tags: 6 documents',
          `comments: ${before.collections.comments!.length} documents`,
          'payload-jobs: 2 documents',
        ]),
      )
      expect(await dumpDatabase(restored.payload)).toEqual(before)
    })

    it('should keep password hashes and salts, so the seeded logins work', async () => {
      // Last in this block: a login writes a session to the user.
      const login = await restored.payload.login({
        collection: 'users',
        data: { email: 'editor@example.com', password: PASSWORD },
      })
      expect(login.user?.id).toBe(history.editorId)
      await expect(
        restored.payload.login({
          collection: 'users',
          data: { email: 'editor@example.com', password: 'not-the-password' },
        }),
      ).rejects.toThrow(/incorrect/i)
    })
  })

  it('should refuse a damaged media file or a missing file before writing anything', async () => {
    const empty = await target('backup-refused')
    const image = Object.keys(exported.manifest.files).find((file) =>
      file.endsWith('-300x300.png'),
    )!
    const damaged = tampered('damaged-image', image, (bytes) =>
      Buffer.concat([bytes.subarray(0, 100), Buffer.from([bytes[100]! ^ 1]), bytes.subarray(101)]),
    )
    await expect(restoreBackup(empty.payload, { dir: damaged })).rejects.toThrow(
      `the backup is corrupt: ${image} does not match its checksum in the manifest`,
    )

    const missing = tampered('missing-file', 'versions/posts.jsonl', (bytes) => bytes)
    fs.rmSync(path.join(missing, 'versions/posts.jsonl'))
    await expect(restoreBackup(empty.payload, { dir: missing })).rejects.toThrow(
      'the backup is incomplete: versions/posts.jsonl is listed in the manifest but missing',
    )

    expect(await dumpDatabase(empty.payload)).toEqual(await emptyDump(empty.payload))
    expect(mediaChecksums(empty.db.mediaDir)).toEqual({})
  })

  describe('with new IDs (--new-ids, as into MongoDB)', () => {
    let renumbered: TestPayload
    let summary: RestoreSummary
    let after: Dump
    let oldIdOf: Map<string, string>

    beforeAll(async () => {
      renumbered = await target('backup-renumbered')
      summary = await restoreBackup(renumbered.payload, { dir: backup, newIds: true })
      after = await dumpDatabase(renumbered.payload)
      oldIdOf = pairIds(before, after)
    })

    it('should give every document a new ID and leave none of the old ones anywhere', () => {
      expect(summary.idMode).toBe('new')
      expect(oldIdOf.size).toBe(exported.docs)
      const text = JSON.stringify(after)
      for (const [fresh, old] of oldIdOf) {
        expect(fresh).not.toBe(old)
        expect(text.includes(old)).toBe(false)
      }
    })

    it('should keep every reference on the equivalent document: relationships, rich text, JSON, versions', () => {
      // Put the old IDs back, pairing documents by slug, email, file name or timestamps: the
      // result must be the source exactly, so every rewritten reference found its document.
      const normalise = (dump: Dump) => withoutVersionIds(JSON.parse(JSON.stringify(dump)) as Dump)
      expect(normalise(translateIds(after, oldIdOf))).toEqual(normalise(before))
    })

    it('should find references through the schema, leaving only IDs held in text to the text search', () => {
      expect(summary.referencesRewritten).toBeGreaterThan(100)
      expect(summary.textReferences).toEqual({
        'payload-preferences key': 1,
        'webhook-deliveries documentId': 1,
        'webhook-deliveries event.id': 1,
        'payload-jobs input.deliveryId': 1,
      })
    })

    it("should resolve the draft's rich text, the queued jobs and the preference through Payload", async () => {
      const payload = renumbered.payload
      const bySlug = async (slug: string) =>
        (
          await payload.find({
            collection: 'posts',
            where: { slug: { equals: slug } },
            draft: true,
            depth: 0,
            overrideAccess: true,
          })
        ).docs[0] as any
      const post = await bySlug('why-the-ceasefire-talks-keep-failing')
      const related = await bySlug('the-revival-in-the-hebrides')
      expect(post.title).toBe('Why the ceasefire talks keep failing (revised)')

      const nodes = flatten(post.content.root)
      const link = nodes.find((node) => node.type === 'link')!
      const image = nodes.find((node) => node.type === 'upload')!
      const question = nodes.find((node) => node.type === 'block')!
      expect(link.fields.doc.value).toBe(related.id)
      expect(
        (await payload.findByID({ collection: 'media', id: image.value, overrideAccess: true }))
          .filename,
      ).toBe(before.collections.media!.find((doc) => doc.id === history.mediaId)!.filename)
      expect(
        (
          await payload.findByID({
            collection: 'reader-questions',
            id: question.fields.submission,
            overrideAccess: true,
          })
        ).question,
      ).toBe('Why do the talks keep failing?')

      const editor = (
        await payload.find({
          collection: 'users',
          where: { email: { equals: 'editor@example.com' } },
          overrideAccess: true,
        })
      ).docs[0]!
      const jobs = (
        await payload.find({ collection: 'payload-jobs', sort: 'createdAt', overrideAccess: true })
      ).docs as any[]
      expect(jobs[0].input).toMatchObject({
        doc: { relationTo: 'posts', value: post.id },
        user: { relationTo: 'users', value: editor.id },
      })
      const delivery = await payload.findByID({
        collection: 'webhook-deliveries',
        id: jobs[1].input.deliveryId,
        overrideAccess: true,
      })
      expect(delivery).toMatchObject({ documentId: related.id, event: { id: related.id } })
      const preference = (
        await payload.find({ collection: 'payload-preferences', depth: 0, overrideAccess: true })
      ).docs[0] as any
      expect(preference).toMatchObject({
        key: `collection-posts-${post.id}`,
        user: { relationTo: 'users', value: editor.id },
      })
    })
  })

  describe('from the command line', () => {
    const cli = (
      script: 'export' | 'restore',
      args: string[],
      env: { DATABASE_URI: string; MEDIA_DIR: string },
    ) =>
      spawnSync(process.execPath, ['--import', 'tsx', `src/scripts/${script}.ts`, ...args], {
        env: {
          PATH: process.env.PATH,
          HOME: process.env.HOME,
          ...env,
          PAYLOAD_SECRET: process.env.PAYLOAD_SECRET,
          NODE_OPTIONS: '--no-deprecation --conditions=development',
          NODE_ENV: 'test',
        },
        encoding: 'utf8',
        timeout: 120_000,
      })
    const sourceEnv = () => source.db.env
    const fresh = () => ({
      DATABASE_URI: `file:${path.join(temp.dir, 'cli', 'cms.db')}`,
      MEDIA_DIR: path.join(temp.dir, 'cli', 'media'),
    })

    it('should export with exit code 0, writing the same documents as the library', async () => {
      const result = cli('export', [path.join(temp.dir, 'cli-backup')], sourceEnv())
      expect(result.stderr).not.toMatch(/error/)
      expect(result.status).toBe(0)
      expect(result.stdout).toMatch(/exported \d+ documents, \d+ versions and \d+ media files/)
      const written = JSON.parse(
        fs.readFileSync(path.join(temp.dir, 'cli-backup', 'manifest.json'), 'utf8'),
      )
      expect(written.files).toEqual(exported.manifest.files)
    })

    // Each run boots Payload in a child process, so the command line is exercised once per exit
    // code; what the library refuses and why is proven above.
    it('should restore with exit code 0, then refuse the same database with 1', () => {
      const first = cli('restore', [backup], fresh())
      expect(first.status).toBe(0)
      expect(first.stdout).toContain(
        `restored ${exported.docs} documents, ${exported.versions} versions, 1 global and ${exported.mediaFiles} media files into sqlite`,
      )
      expect(first.stdout).toContain("IDs kept (the target takes the backup's IDs)")

      const again = cli('restore', [backup], fresh())
      expect(again.status).toBe(1)
      expect(again.stderr).toMatch(
        /^refused: the database is not empty \(posts: 3 documents, .*\); restore into an empty database, or pass --force to replace its content\n$/,
      )
    })

    it('should stop at bad usage with exit code 2', () => {
      const unknown = cli('restore', ['--fast', backup], fresh())
      expect(unknown.status).toBe(2)
      expect(unknown.stderr).toBe(
        'error: unknown option --fast\nusage: npm run restore -- [--force] [--new-ids] <dir>\n',
      )
      const noFolder = cli('export', [], sourceEnv())
      expect(noFolder.status).toBe(2)
      expect(noFolder.stderr).toBe(
        'error: no folder given\nusage: npm run export -- <dir>   (a new or empty folder)\n',
      )
    })
  })
})

type LexicalNode = { type: string; children?: LexicalNode[]; [key: string]: any }
const flatten = (node: LexicalNode): LexicalNode[] => [
  node,
  ...(node.children ?? []).flatMap(flatten),
]

/** What dumpDatabase returns for a database with nothing in it. */
async function emptyDump(payload: Payload): Promise<Dump> {
  const dump = await dumpDatabase(payload)
  for (const docs of [...Object.values(dump.collections), ...Object.values(dump.versions)])
    expect(docs).toEqual([])
  for (const doc of Object.values(dump.globals)) expect(doc).toBeNull()
  return dump
}
