/**
 * The baseline: what Payload itself does with the same content, given a plain config (see
 * ./collections.ts) on the same SQLite adapter settings as ours. The schema is pushed in
 * development (the seeding process) and used as it is in production (the server).
 */
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { buildConfig, type SanitizedConfig } from 'payload'
import sharp from 'sharp'

import { sqliteFilePath } from '../../../src/lib/database'
import { baselineCollections, baselineGlobals } from './collections'

export type BaselineSettings = {
  databaseUri: string
  mediaDir: string
  secret: string
  /** As ours sets it, so file URLs come out absolute in both. */
  serverUrl?: string
}

export function baselineConfig(settings: BaselineSettings): Promise<SanitizedConfig> {
  return buildConfig({
    serverURL: settings.serverUrl,
    secret: settings.secret,
    db: sqliteAdapter({
      client: { url: `file:${sqliteFilePath(settings.databaseUri)}` },
      idType: 'uuid',
      wal: true,
      busyTimeout: 5000,
    }),
    editor: lexicalEditor(),
    sharp,
    collections: baselineCollections(settings.mediaDir),
    globals: baselineGlobals,
    graphQL: { disablePlaygroundInProduction: true },
    telemetry: false,
  })
}

/** The baseline's settings from the environment its processes are started with. */
export function baselineSettingsFromEnv(): BaselineSettings {
  const { DATABASE_URI, MEDIA_DIR, PAYLOAD_SECRET, SERVER_URL } = process.env
  if (!DATABASE_URI || !MEDIA_DIR || !PAYLOAD_SECRET)
    throw new Error('the baseline needs DATABASE_URI, MEDIA_DIR and PAYLOAD_SECRET')
  return {
    databaseUri: DATABASE_URI,
    mediaDir: MEDIA_DIR,
    secret: PAYLOAD_SECRET,
    serverUrl: SERVER_URL,
  }
}
