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

  it('should select MongoDB for mongodb:// and mongodb+srv:// URIs', () => {
    expect(databaseKindOf('mongodb://localhost/cms')).toBe('mongodb')
    expect(databaseKindOf('mongodb+srv://cluster.example.net/cms')).toBe('mongodb')
  })

  it('should refuse any other scheme and list the accepted ones', () => {
    expect(() => loadEnv({ DATABASE_URI: 'postgres://localhost/cms', DATA_DIR: temp.dir })).toThrow(
      'DATABASE_URI has an unsupported scheme "postgres:"; accepted: file:, mongodb://, mongodb+srv://',
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
