import fs from 'node:fs'
import path from 'node:path'

import { ConfigError, databaseKindOf, loadEnv } from '../../src/lib/env'
import { makeTempDir } from '../helpers/tempDir'

describe('loadEnv', () => {
  const temp = makeTempDir('env')
  afterAll(temp.remove)

  it('should default to the SQLite file under data/', () => {
    const env = loadEnv({ NODE_ENV: 'development', DATA_DIR: temp.dir })
    expect(env.databaseUri).toBe('file:./data/cms.db')
    expect(env.databaseKind).toBe('sqlite')
    expect(env.port).toBe(3000)
    expect(env.host).toBe('0.0.0.0')
    expect(env.serverUrl).toBe('http://localhost:3000')
  })

  it('should serve the reader site itself unless SITE is off, previews pointing at it', () => {
    const env = loadEnv({ NODE_ENV: 'development', DATA_DIR: temp.dir, PORT: '4100' })
    expect(env.site).toBe(true)
    expect(env.frontendUrl).toBe('http://localhost:4100')
    const own = loadEnv({
      DATA_DIR: temp.dir,
      SITE: 'off',
      FRONTEND_URL: 'https://reader.example',
    })
    expect(own.site).toBe(false)
    expect(own.frontendUrl).toBe('https://reader.example')
    expect(() => loadEnv({ DATA_DIR: temp.dir, SITE: 'sometimes' })).toThrow(
      'SITE must be on or off, got "sometimes"',
    )
  })

  it('should select MongoDB for mongodb:// and mongodb+srv:// URIs', () => {
    expect(databaseKindOf('mongodb://localhost/cms')).toBe('mongodb')
    expect(databaseKindOf('mongodb+srv://cluster.example.net/cms')).toBe('mongodb')
  })

  it('should refuse any other scheme and list the accepted ones', () => {
    expect(() => loadEnv({ DATABASE_URI: 'mysql://localhost/cms', DATA_DIR: temp.dir })).toThrow(
      'DATABASE_URI has an unsupported scheme "mysql:"; accepted: file:, mongodb://, mongodb+srv://, postgres://, postgresql://',
    )
  })

  it('should select Postgres for postgres:// and postgresql://, with its pool and replicas', () => {
    const env = loadEnv({
      DATABASE_URI: 'postgresql://cms@db.internal/cms',
      DATABASE_POOL_MAX: '20',
      DATABASE_REPLICA_URIS: 'postgres://cms@replica-1/cms, postgres://cms@replica-2/cms',
      DATA_DIR: temp.dir,
    })
    expect(env.databaseKind).toBe('postgres')
    expect(env.databasePoolMax).toBe(20)
    expect(env.databaseReplicaUris).toEqual([
      'postgres://cms@replica-1/cms',
      'postgres://cms@replica-2/cms',
    ])
    expect(loadEnv({ DATABASE_URI: 'postgres://x/y', DATA_DIR: temp.dir }).databasePoolMax).toBe(10)
    expect(() =>
      loadEnv({ DATABASE_REPLICA_URIS: 'postgres://r/cms', DATA_DIR: temp.dir }),
    ).toThrow('DATABASE_REPLICA_URIS is only for a postgres:// DATABASE_URI')
  })

  it('should trust no proxy unless TRUST_PROXY names hops or addresses', () => {
    const trust = (value?: string) => loadEnv({ TRUST_PROXY: value, DATA_DIR: temp.dir }).trustProxy
    expect(trust()).toBe(false)
    expect(trust('false')).toBe(false)
    expect(trust('2')).toBe(2)
    expect(trust('loopback, 10.0.0.0/8')).toEqual(['loopback', '10.0.0.0/8'])
    expect(() => trust('true')).toThrow(/TRUST_PROXY=true would let any client choose/)
    expect(() => trust('the proxy')).toThrow(/TRUST_PROXY must be a hop count/)
  })

  it('should take REDIS_URL only as a redis:// or rediss:// URL', () => {
    const redis = (value?: string) => loadEnv({ REDIS_URL: value, DATA_DIR: temp.dir }).redisUrl
    expect(redis()).toBeUndefined()
    expect(redis('')).toBeUndefined()
    expect(redis('redis://127.0.0.1:6379')).toBe('redis://127.0.0.1:6379')
    expect(redis('rediss://user:pw@cache.example:6380/2')).toBe(
      'rediss://user:pw@cache.example:6380/2',
    )
    expect(() => redis('127.0.0.1:6379')).toThrow(/REDIS_URL must be a redis:\/\/ or rediss:\/\//)
    expect(() => redis('http://cache.example')).toThrow(/REDIS_URL must be a redis:\/\//)
    expect(() => redis('redis://cache.example/cms')).toThrow(
      /REDIS_URL's path must be a database number/,
    )
  })

  it('should refuse to start in production without PAYLOAD_SECRET', () => {
    expect(() => loadEnv({ NODE_ENV: 'production' })).toThrow(ConfigError)
    expect(() => loadEnv({ NODE_ENV: 'production' })).toThrow(/PAYLOAD_SECRET is required/)
  })

  it('should refuse a short secret in production', () => {
    expect(() => loadEnv({ NODE_ENV: 'production', PAYLOAD_SECRET: 'short' })).toThrow(
      /at least 32 characters/,
    )
  })

  it('should let `next build` evaluate the config without a secret', () => {
    const env = loadEnv({ NODE_ENV: 'production', NEXT_PHASE: 'phase-production-build' })
    expect(env.payloadSecret).not.toBe('')
  })

  it('should generate a development secret once and keep it under the data folder', () => {
    const first = loadEnv({ NODE_ENV: 'development', DATA_DIR: temp.dir }).payloadSecret
    const second = loadEnv({ NODE_ENV: 'development', DATA_DIR: temp.dir }).payloadSecret
    expect(first).toHaveLength(64)
    expect(second).toBe(first)
    expect(fs.readFileSync(path.join(temp.dir, '.payload-secret'), 'utf8').trim()).toBe(first)
  })

  it('should name the variable when a value is malformed', () => {
    expect(() => loadEnv({ PORT: 'eighty', DATA_DIR: temp.dir })).toThrow(/^PORT must be/)
    expect(() => loadEnv({ SERVER_URL: 'localhost:3000', DATA_DIR: temp.dir })).toThrow(
      /^SERVER_URL must be/,
    )
    expect(() => loadEnv({ CORS_ORIGINS: 'https://ok.example, nope', DATA_DIR: temp.dir })).toThrow(
      /^CORS_ORIGINS must be/,
    )
    expect(() => loadEnv({ SEED_DEMO: 'maybe', DATA_DIR: temp.dir })).toThrow(/^SEED_DEMO must be/)
  })

  it('should keep media on disk unless S3_BUCKET is set, then in that bucket', () => {
    const disk = loadEnv({ MEDIA_DIR: path.join(temp.dir, 'uploads'), DATA_DIR: temp.dir })
    expect(disk.mediaStorage).toEqual({ kind: 'disk', dir: path.join(temp.dir, 'uploads') })
    const s3 = loadEnv({
      S3_BUCKET: 'cms-media',
      S3_ENDPOINT: 'https://account.r2.cloudflarestorage.com/',
      S3_REGION: 'auto',
      S3_ACCESS_KEY_ID: 'key',
      S3_SECRET_ACCESS_KEY: 'secret',
      S3_FORCE_PATH_STYLE: 'true',
      DATA_DIR: temp.dir,
    })
    expect(s3.mediaStorage).toEqual({
      kind: 's3',
      dir: path.join(temp.dir, 'media'),
      s3: {
        bucket: 'cms-media',
        endpoint: 'https://account.r2.cloudflarestorage.com',
        region: 'auto',
        credentials: { accessKeyId: 'key', secretAccessKey: 'secret' },
        forcePathStyle: true,
      },
    })
    // AWS itself: its own endpoint, the SDK's credentials (an instance role), us-east-1.
    expect(loadEnv({ S3_BUCKET: 'cms-media', DATA_DIR: temp.dir }).mediaStorage).toMatchObject({
      s3: {
        endpoint: undefined,
        region: 'us-east-1',
        credentials: undefined,
        forcePathStyle: false,
      },
    })
  })

  it('should refuse an S3 setting it cannot use, in one line naming the variable', () => {
    const refusal = (vars: Record<string, string>) => {
      try {
        loadEnv({ ...vars, DATA_DIR: temp.dir })
      } catch (error) {
        expect(error).toBeInstanceOf(ConfigError)
        return (error as Error).message
      }
      throw new Error('accepted')
    }
    expect(refusal({ S3_ENDPOINT: 'http://minio:9000' })).toBe(
      'S3_ENDPOINT is set but S3_BUCKET is not; set S3_BUCKET to keep media in a bucket, or unset S3_ENDPOINT',
    )
    expect(refusal({ S3_BUCKET: 'Media_Files' })).toMatch(
      /^S3_BUCKET must be a bucket name .*"Media_Files"$/,
    )
    expect(refusal({ S3_BUCKET: 'media', S3_ENDPOINT: 'minio:9000' })).toBe(
      'S3_ENDPOINT must be an http(s) URL, got "minio:9000"',
    )
    expect(refusal({ S3_BUCKET: 'media', S3_REGION: 'EU West' })).toMatch(/^S3_REGION must be/)
    expect(refusal({ S3_BUCKET: 'media', S3_ACCESS_KEY_ID: 'key' })).toMatch(
      /^S3_ACCESS_KEY_ID is set without S3_SECRET_ACCESS_KEY; set both/,
    )
    expect(refusal({ S3_BUCKET: 'media', S3_FORCE_PATH_STYLE: 'sometimes' })).toBe(
      'S3_FORCE_PATH_STYLE must be true or false, got "sometimes"',
    )
    expect(refusal({ S3_BUCKET: 'media', S3_SECRET_ACCESS_KEY: 's' })).toMatch(
      /^S3_SECRET_ACCESS_KEY is set without S3_ACCESS_KEY_ID;/,
    )
  })

  it('should always allow the server URL as an origin, plus CORS_ORIGINS', () => {
    const env = loadEnv({
      SERVER_URL: 'https://cms.example.org/',
      CORS_ORIGINS: 'https://www.example.org, https://preview.example.org',
      DATA_DIR: temp.dir,
    })
    expect(env.corsOrigins).toEqual([
      'https://cms.example.org',
      'https://www.example.org',
      'https://preview.example.org',
    ])
  })
})
