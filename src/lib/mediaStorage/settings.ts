/**
 * Where uploaded files live, from the environment: a folder on this machine (MEDIA_DIR), or an
 * S3-compatible bucket when S3_BUCKET is set (AWS S3, Cloudflare R2, MinIO, ...).
 */
import path from 'node:path'

/** An S3-compatible bucket and how to reach it. */
export type S3Settings = {
  bucket: string
  /** Unset: AWS itself. Otherwise the S3 API's base URL (R2, MinIO, a local test server). */
  endpoint?: string
  region: string
  /** Both or neither; neither leaves the AWS SDK to find credentials (instance role, AWS_*). */
  credentials?: { accessKeyId: string; secretAccessKey: string }
  /** `http://host/bucket/key` instead of `http://bucket.host/key` (MinIO and most local servers). */
  forcePathStyle: boolean
}

export type MediaStorageSettings =
  | { kind: 'disk'; dir: string }
  /** `dir` stays the upload folder Payload is given; nothing is written to it. */
  | { kind: 's3'; dir: string; s3: S3Settings }

/** A bad storage setting; the message names the variable and the value it got. */
export class StorageConfigError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'StorageConfigError'
  }
}

export const S3_VARIABLES = [
  'S3_BUCKET',
  'S3_ENDPOINT',
  'S3_REGION',
  'S3_ACCESS_KEY_ID',
  'S3_SECRET_ACCESS_KEY',
  'S3_FORCE_PATH_STYLE',
] as const

/** The region the AWS SDK is given when S3_REGION is unset (R2 and MinIO accept any). */
export const DEFAULT_S3_REGION = 'us-east-1'

// AWS's rules for bucket names, which R2 and MinIO share.
const BUCKET_NAME = /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/
const REGION = /^[a-z0-9-]{2,40}$/

const valueOf = (raw: Record<string, string | undefined>, name: string) => {
  const value = raw[name]?.trim()
  return value ? value : undefined
}

function parseEndpoint(raw: string | undefined): string | undefined {
  if (raw === undefined) return undefined
  try {
    const url = new URL(raw)
    if (url.protocol === 'http:' || url.protocol === 'https:') return raw.replace(/\/+$/, '')
  } catch {
    // Reported below.
  }
  throw new StorageConfigError(`S3_ENDPOINT must be an http(s) URL, got "${raw}"`)
}

function parseFlag(raw: string | undefined): boolean {
  if (raw === undefined) return false
  if (['true', '1', 'yes'].includes(raw.toLowerCase())) return true
  if (['false', '0', 'no'].includes(raw.toLowerCase())) return false
  throw new StorageConfigError(`S3_FORCE_PATH_STYLE must be true or false, got "${raw}"`)
}

export function mediaStorageFrom(
  raw: Record<string, string | undefined>,
  dataDir: string,
): MediaStorageSettings {
  const dir = path.resolve(raw.MEDIA_DIR || path.join(dataDir, 'media'))
  const bucket = valueOf(raw, 'S3_BUCKET')
  if (!bucket) {
    // A typo in S3_BUCKET would otherwise keep uploads on one machine's disk without a word.
    const stray = S3_VARIABLES.find((name) => valueOf(raw, name) !== undefined)
    if (stray)
      throw new StorageConfigError(
        `${stray} is set but S3_BUCKET is not; set S3_BUCKET to keep media in a bucket, or unset ${stray}`,
      )
    return { kind: 'disk', dir }
  }
  if (!BUCKET_NAME.test(bucket) || bucket.includes('..'))
    throw new StorageConfigError(
      `S3_BUCKET must be a bucket name (3 to 63 lowercase letters, digits, dots and hyphens), got "${bucket}"`,
    )
  const region = valueOf(raw, 'S3_REGION') ?? DEFAULT_S3_REGION
  if (!REGION.test(region))
    throw new StorageConfigError(
      `S3_REGION must be a region name such as us-east-1 or auto, got "${region}"`,
    )
  const accessKeyId = valueOf(raw, 'S3_ACCESS_KEY_ID')
  const secretAccessKey = valueOf(raw, 'S3_SECRET_ACCESS_KEY')
  if (Boolean(accessKeyId) !== Boolean(secretAccessKey))
    throw new StorageConfigError(
      `${accessKeyId ? 'S3_ACCESS_KEY_ID' : 'S3_SECRET_ACCESS_KEY'} is set without ${accessKeyId ? 'S3_SECRET_ACCESS_KEY' : 'S3_ACCESS_KEY_ID'}; set both, or neither to use the AWS SDK's own credentials`,
    )
  return {
    kind: 's3',
    dir,
    s3: {
      bucket,
      endpoint: parseEndpoint(valueOf(raw, 'S3_ENDPOINT')),
      region,
      credentials: accessKeyId && secretAccessKey ? { accessKeyId, secretAccessKey } : undefined,
      forcePathStyle: parseFlag(valueOf(raw, 'S3_FORCE_PATH_STYLE')),
    },
  }
}

/** Where media goes, for start-up logs and messages (no credentials). */
export function describeMediaStorage(settings: MediaStorageSettings): string {
  if (settings.kind === 'disk') return `folder ${settings.dir}`
  const { bucket, endpoint } = settings.s3
  return `bucket ${bucket}${endpoint ? ` at ${endpoint}` : ''}`
}
