/**
 * The files of one upload collection, wherever they are kept: a folder, or a bucket where each
 * file is the object named by its file name. Export and restore read and write through this, so
 * a backup moves between the two (a folder's export restores into a bucket and back).
 */
import fs from 'node:fs'
import path from 'node:path'
import type { Readable } from 'node:stream'

import {
  CopyObjectCommand,
  DeleteObjectCommand,
  GetObjectCommand,
  PutObjectCommand,
  S3Client,
  type S3ClientConfig,
} from '@aws-sdk/client-s3'

import type { S3Settings } from './settings'

export interface MediaStore {
  /** For messages: the folder or the bucket. */
  readonly where: string
  /** The file's bytes, or null when the store does not hold it. */
  open(name: string): Promise<Readable | null>
  /** Stores a local file under `name`, replacing what was there. */
  put(name: string, from: string, contentType: string): Promise<void>
  /** Renames within the store (a copy and a delete in a bucket). */
  move(from: string, to: string): Promise<void>
  /** Removes a file, or a folder and all in it (on disk); missing is fine. */
  remove(name: string): Promise<void>
  close(): void
}

/**
 * The AWS SDK's client settings for a bucket. Checksums only where the S3 API demands them: the
 * SDK's newer default (a CRC trailer on every upload) is not understood by every S3-compatible
 * server (older MinIO, R2 at first, the local test server).
 */
export function s3ClientConfig(s3: S3Settings): S3ClientConfig {
  return {
    region: s3.region,
    ...(s3.endpoint ? { endpoint: s3.endpoint } : {}),
    ...(s3.credentials ? { credentials: s3.credentials } : {}),
    forcePathStyle: s3.forcePathStyle,
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  }
}

const isMissing = (error: unknown) =>
  error instanceof Error &&
  (error.name === 'NoSuchKey' ||
    error.name === 'NotFound' ||
    (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode === 404)

export function diskStore(dir: string): MediaStore {
  const resolved = path.resolve(dir)
  const at = (name: string) => path.join(resolved, name)
  return {
    where: `folder ${resolved}`,
    async open(name) {
      try {
        const handle = await fs.promises.open(at(name), 'r')
        return handle.createReadStream()
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null
        throw error
      }
    },
    async put(name, from) {
      await fs.promises.mkdir(path.dirname(at(name)), { recursive: true })
      await fs.promises.copyFile(from, at(name))
    },
    // Same file system, so a rename: the file appears whole or not at all.
    move: (from, to) => fs.promises.rename(at(from), at(to)),
    remove: (name) => fs.promises.rm(at(name), { recursive: true, force: true }),
    close: () => undefined,
  }
}

export function s3Store(s3: S3Settings): MediaStore {
  const client = new S3Client(s3ClientConfig(s3))
  const Bucket = s3.bucket
  return {
    where: `bucket ${Bucket}`,
    async open(name) {
      try {
        const object = await client.send(new GetObjectCommand({ Bucket, Key: name }))
        return object.Body as Readable
      } catch (error) {
        if (isMissing(error)) return null
        throw error
      }
    },
    async put(name, from, contentType) {
      // Read whole (uploads are 20 MB at most): a stream of unknown length would need the
      // chunked upload not every S3-compatible server takes.
      const Body = await fs.promises.readFile(from)
      await client.send(new PutObjectCommand({ Bucket, Key: name, Body, ContentType: contentType }))
    },
    async move(from, to) {
      await client.send(
        new CopyObjectCommand({
          Bucket,
          Key: to,
          CopySource: `${Bucket}/${from.split('/').map(encodeURIComponent).join('/')}`,
        }),
      )
      await client.send(new DeleteObjectCommand({ Bucket, Key: from }))
    },
    // A bucket has no folders; deleting a key that is not there succeeds.
    async remove(name) {
      await client.send(new DeleteObjectCommand({ Bucket, Key: name }))
    },
    close: () => client.destroy(),
  }
}

/**
 * Where a collection's files are: the bucket the media storage plugin recorded on it
 * (`custom.objectStorage`, server-only), or else its upload folder.
 */
export function storeOf(collection: {
  upload?: { staticDir?: string } | boolean
  custom?: Record<string, unknown>
}): MediaStore {
  const s3 = collection.custom?.objectStorage as S3Settings | undefined
  if (s3) return s3Store(s3)
  const staticDir = typeof collection.upload === 'object' ? collection.upload.staticDir : undefined
  return diskStore(staticDir ?? '')
}
