/**
 * A local S3-compatible server (s3rver, pure JavaScript, files in a temp folder) on a free port
 * on 127.0.0.1, for tests of media in a bucket. `stop` closes it and removes the folder.
 */
import {
  DeleteObjectCommand,
  GetObjectCommand,
  ListObjectsV2Command,
  PutObjectCommand,
  S3Client,
} from '@aws-sdk/client-s3'
import S3rver from 's3rver'

import { makeTempDir } from './tempDir'

/** s3rver's built-in account. */
const ACCESS_KEY = 'S3RVER'

export type S3TestServer = {
  endpoint: string
  /** The S3_* variables that point a server at `bucket`. */
  env: (bucket: string) => Record<string, string>
  /** Object keys in the bucket, sorted. */
  keys: (bucket: string) => Promise<string[]>
  /** An object's bytes and content type, or null when the bucket lacks it. */
  get: (bucket: string, key: string) => Promise<{ bytes: Buffer; type?: string } | null>
  put: (bucket: string, key: string, bytes: Buffer, type: string) => Promise<void>
  remove: (bucket: string, key: string) => Promise<void>
  stop: () => Promise<void>
}

export async function startS3Server(buckets: string[]): Promise<S3TestServer> {
  const temp = makeTempDir('s3')
  const server = new S3rver({
    address: '127.0.0.1',
    port: 0,
    silent: true,
    directory: temp.dir,
    configureBuckets: buckets.map((name) => ({ name })),
  })
  const { port } = await server.run()
  const endpoint = `http://127.0.0.1:${port}`
  const client = new S3Client({
    endpoint,
    region: 'us-east-1',
    forcePathStyle: true,
    credentials: { accessKeyId: ACCESS_KEY, secretAccessKey: ACCESS_KEY },
  })
  return {
    endpoint,
    env: (bucket) => ({
      S3_BUCKET: bucket,
      S3_ENDPOINT: endpoint,
      S3_REGION: 'us-east-1',
      S3_ACCESS_KEY_ID: ACCESS_KEY,
      S3_SECRET_ACCESS_KEY: ACCESS_KEY,
      S3_FORCE_PATH_STYLE: 'true',
    }),
    keys: async (bucket) => {
      const listed = await client.send(new ListObjectsV2Command({ Bucket: bucket }))
      return (listed.Contents ?? []).map((object) => object.Key!).sort()
    },
    get: async (bucket, key) => {
      try {
        const object = await client.send(new GetObjectCommand({ Bucket: bucket, Key: key }))
        return {
          bytes: Buffer.from(await object.Body!.transformToByteArray()),
          type: object.ContentType,
        }
      } catch (error) {
        if ((error as Error).name === 'NoSuchKey') return null
        throw error
      }
    },
    put: async (bucket, key, bytes, type) => {
      await client.send(
        new PutObjectCommand({ Bucket: bucket, Key: key, Body: bytes, ContentType: type }),
      )
    },
    remove: async (bucket, key) => {
      await client.send(new DeleteObjectCommand({ Bucket: bucket, Key: key }))
    },
    stop: async () => {
      client.destroy()
      await server.close()
      temp.remove()
    },
  }
}
