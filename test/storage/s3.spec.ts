/**
 * Media in an S3-compatible bucket (a local s3rver): uploads land in the bucket and nowhere on
 * disk, are served byte for byte through the CMS's own URLs with every image size, go when the
 * image goes, and a missing object is a 404. Export and restore carry the files between a bucket
 * and a folder in both directions.
 */
import { spawn } from 'node:child_process'
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import sharp from 'sharp'

import { apiClient, type ApiClient } from '../helpers/client'
import {
  sqliteTestDatabase,
  testDatabase,
  TEST_SECRET,
  type TestDatabase,
} from '../helpers/database'
import { startS3Server, type S3TestServer } from '../helpers/s3Server'
import { DEMO_PASSWORD } from '../helpers/seededServer'
import { startServer, type RunningServer } from '../helpers/server'
import { makeTempDir } from '../helpers/tempDir'
import { uploadFile } from '../helpers/upload'

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex')

/** A photograph-sized PNG, large enough for every image size. */
const picture = (seed: number) =>
  sharp({
    create: {
      width: 1800,
      height: 1200,
      channels: 3,
      background: { r: 40 + seed, g: 90, b: 160 },
    },
  })
    .png()
    .toBuffer()

type MediaDoc = {
  id: string
  filename: string
  url: string
  sizes: Record<string, { filename: string; url: string; width: number; height: number }>
}

/** The original and the sizes made from it (a size larger than the original is not made). */
const namesOf = (doc: MediaDoc) =>
  [doc.filename, ...Object.values(doc.sizes).map((size) => size.filename)].filter(Boolean)

describe('media in an S3 bucket', () => {
  let s3: S3TestServer
  let db: TestDatabase
  let server: RunningServer
  let editor: ApiClient
  const temp = makeTempDir('s3-backup')
  const extra: TestDatabase[] = []

  beforeAll(async () => {
    s3 = await startS3Server(['media', 'restored', 'from-disk'])
    db = testDatabase('s3')
    server = await startServer({
      ...db.env,
      ...s3.env('media'),
      SEED_DEMO: 'true',
      DEMO_PASSWORD,
    })
    editor = apiClient(server.url)
    await editor.login('editor@example.com', DEMO_PASSWORD)
  })

  afterAll(async () => {
    await server?.stop()
    await s3?.stop()
    db?.cleanup()
    for (const other of extra) other.cleanup()
    temp.remove()
  })

  const upload = async (name: string, bytes: Buffer) => {
    const created = await uploadFile(
      server.url,
      editor.token(),
      { name, type: 'image/png', data: bytes },
      { alt: `A test picture, ${name}` },
    )
    expect(created.status).toBe(201)
    return created.body.doc as MediaDoc
  }

  const fetchBytes = async (url: string) => {
    const response = await fetch(url)
    return {
      status: response.status,
      type: response.headers.get('content-type'),
      bytes: Buffer.from(await response.arrayBuffer()),
    }
  }

  it('should keep the demo images in the bucket, not on disk', async () => {
    expect(server.output()).toContain(`media in bucket media at ${s3.endpoint})`)
    const keys = await s3.keys('media')
    const { body } = await editor.rest('GET', '/api/media?limit=100&depth=0')
    expect(body.totalDocs).toBeGreaterThan(0)
    for (const doc of body.docs as MediaDoc[])
      expect(keys).toEqual(expect.arrayContaining(namesOf(doc)))
    expect(fs.existsSync(db.mediaDir) ? fs.readdirSync(db.mediaDir) : []).toEqual([])
  })

  it('should put an upload and its sizes in the bucket and serve them byte for byte through the CMS', async () => {
    const bytes = await picture(1)
    const doc = await upload('harbour-at-dawn.png', bytes)
    // The CMS's own URL, whatever the storage: the bucket need not be public.
    expect(doc.url).toBe(`${server.url}/api/media/file/${doc.filename}`)
    const stored = await s3.get('media', doc.filename)
    expect(stored).toEqual({ bytes, type: 'image/png' })

    const served = await fetchBytes(doc.url)
    expect({ status: served.status, type: served.type }).toEqual({ status: 200, type: 'image/png' })
    expect(sha256(served.bytes)).toBe(sha256(bytes))

    expect(Object.keys(doc.sizes).sort()).toEqual(['card', 'feature', 'og', 'thumbnail'])
    for (const [name, size] of Object.entries(doc.sizes)) {
      const object = await s3.get('media', size.filename)
      expect(object).not.toBeNull()
      const answer = await fetchBytes(size.url)
      expect(answer.status).toBe(200)
      expect(answer.bytes.equals(object!.bytes)).toBe(true)
      const { width, height } = await sharp(answer.bytes).metadata()
      expect({ name, width, height }).toEqual({ name, width: size.width, height: size.height })
    }
    expect(doc.sizes.og).toMatchObject({ width: 1200, height: 630 })
    expect(fs.existsSync(path.join(db.mediaDir, doc.filename))).toBe(false)
  })

  it('should remove the objects when the image is deleted', async () => {
    const doc = await upload('to-be-deleted.png', await picture(2))
    const names = namesOf(doc)
    expect(await s3.keys('media')).toEqual(expect.arrayContaining(names))
    expect((await editor.rest('DELETE', `/api/media/${doc.id}`)).status).toBe(200)
    const keys = await s3.keys('media')
    for (const name of names) expect(keys).not.toContain(name)
    const gone = await editor.rest('GET', `/api/media/file/${doc.filename}`)
    expect({ status: gone.status, message: gone.body.errors?.[0]?.message }).toEqual({
      status: 404,
      message: `No file named "${doc.filename}".`,
    })
  })

  it('should answer a file the bucket does not hold with a 404, however long its name', async () => {
    const doc = await upload('lost-object.png', await picture(3))
    await s3.remove('media', doc.filename)
    for (const name of [doc.filename, 'nobody-uploaded-this.png', `${'a'.repeat(300)}.png`]) {
      const answer = await editor.rest('GET', `/api/media/file/${name}`)
      expect({ status: answer.status, message: answer.body.errors?.[0]?.message }).toEqual({
        status: 404,
        message: expect.stringMatching(/^No file named/),
      })
    }
  })

  describe('export and restore', () => {
    // Not spawnSync: the S3 server runs in this process and must keep answering.
    const cli = async (
      script: 'export' | 'restore',
      args: string[],
      env: Record<string, string>,
    ) => {
      const child = spawn(
        process.execPath,
        ['--import', 'tsx', `src/scripts/${script}.ts`, ...args],
        {
          env: {
            PATH: process.env.PATH,
            HOME: process.env.HOME,
            ...env,
            PAYLOAD_SECRET: TEST_SECRET,
            // As operators run them against a served database: migrations, never a schema push.
            NODE_OPTIONS: '--no-deprecation --conditions=production',
            NODE_ENV: 'production',
          },
          stdio: ['ignore', 'pipe', 'pipe'],
        },
      )
      let stdout = ''
      let stderr = ''
      child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
      const timer = setTimeout(() => child.kill('SIGKILL'), 90_000)
      const status = await new Promise<number | null>((resolve) => child.once('exit', resolve))
      clearTimeout(timer)
      expect({ status, stderr }).toEqual({ status: 0, stderr: expect.not.stringMatching(/error/) })
      return stdout
    }
    const fresh = (name: string) => {
      const target = sqliteTestDatabase(name)
      extra.push(target)
      return target
    }
    type Manifest = { files: Record<string, { sha256: string; bytes: number }> }
    const mediaOf = (dir: string) => {
      const manifest = JSON.parse(
        fs.readFileSync(path.join(dir, 'manifest.json'), 'utf8'),
      ) as Manifest
      return Object.fromEntries(
        Object.entries(manifest.files).filter(([file]) => file.startsWith('media/')),
      )
    }
    /** Every object of a bucket as `media/media/<key>` -> checksum and size, like a manifest. */
    const bucketFiles = async (bucket: string) => {
      const files: Manifest['files'] = {}
      for (const key of await s3.keys(bucket)) {
        const object = (await s3.get(bucket, key))!
        files[`media/media/${key}`] = { sha256: sha256(object.bytes), bytes: object.bytes.length }
      }
      return files
    }
    const folderFiles = (dir: string) =>
      Object.fromEntries(
        fs.readdirSync(dir).map((name) => {
          const bytes = fs.readFileSync(path.join(dir, name))
          return [`media/media/${name}`, { sha256: sha256(bytes), bytes: bytes.length }]
        }),
      )

    it('should export the bucket and restore it into another bucket, a folder, and from the folder into a bucket', async () => {
      // From the bucket: every file the documents name, read from S3.
      const fromBucket = path.join(temp.dir, 'from-bucket')
      expect(await cli('export', [fromBucket], { ...db.env, ...s3.env('media') })).toMatch(
        /exported \d+ documents, \d+ versions and \d+ media files/,
      )
      const exported = mediaOf(fromBucket)
      // The lost object of the test above is named by its document but held nowhere.
      const inBucket = await bucketFiles('media')
      expect(Object.keys(exported).length).toBeGreaterThan(10)
      expect(exported).toEqual(
        Object.fromEntries(Object.keys(exported).map((file) => [file, inBucket[file]])),
      )

      // Into another bucket: the same objects, with the content type the CMS serves.
      const bucketTarget = fresh('s3-restored')
      await cli('restore', [fromBucket], { ...bucketTarget.env, ...s3.env('restored') })
      expect(await bucketFiles('restored')).toEqual(exported)
      const [first] = Object.keys(exported)
      expect((await s3.get('restored', first!.split('/')[2]!))!.type).toBe('image/png')

      // Into a folder (S3 -> disk), then from that folder back into a bucket (disk -> S3).
      const diskTarget = fresh('s3-to-disk')
      await cli('restore', [fromBucket], diskTarget.env)
      expect(folderFiles(diskTarget.mediaDir)).toEqual(exported)
      const fromDisk = path.join(temp.dir, 'from-disk')
      await cli('export', [fromDisk], diskTarget.env)
      expect(mediaOf(fromDisk)).toEqual(exported)
      const backToBucket = fresh('disk-to-s3')
      await cli('restore', [fromDisk], { ...backToBucket.env, ...s3.env('from-disk') })
      expect(await bucketFiles('from-disk')).toEqual(exported)
    })
  })
})
