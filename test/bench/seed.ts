/**
 * Seeds one bench database through the Local API, in a process of its own:
 * `node --import tsx test/bench/seed.ts <ours|baseline> <total posts>`, with DATABASE_URI,
 * MEDIA_DIR and PAYLOAD_SECRET set. Ours runs with NODE_ENV=production, so Payload applies our
 * migrations exactly as the production server does at start; the baseline has no migrations and
 * runs in development, where Payload pushes its schema. Prints one `result: {...}` line.
 */
import { performance } from 'node:perf_hooks'

import { getPayload, type SanitizedConfig } from 'payload'

import { baselineConfig, baselineSettingsFromEnv } from './baseline/config'
import { Fixture, type Variant } from './fixture'

export type SeedResult = { created: number; seconds: number; queuedJobs: number }

async function configFor(variant: Variant): Promise<SanitizedConfig> {
  if (variant === 'baseline') return baselineConfig(baselineSettingsFromEnv())
  const { default: config } = await import('../../payload.config')
  return config
}

async function main() {
  const [variant, total] = process.argv.slice(2) as [Variant, string]
  const payload = await getPayload({ config: await configFor(variant), key: `bench-${variant}` })
  try {
    const fixture = new Fixture(payload, variant)
    const base = await fixture.base()
    const started = performance.now()
    const created = await fixture.posts(base, Number(total), (done) => {
      if (done % 1000 === 0) process.stdout.write(`  ${variant}: ${done} posts\n`)
    })
    const seconds = (performance.now() - started) / 1000
    // Nothing should be queued (the seed passes disableNotifications and disableWebhooks); if
    // anything is, it is drained here so no job runs while the server is measured.
    let queuedJobs = 0
    if (variant === 'ours') {
      const { invalidateReadCacheAfterBulkWrite } = await import('../../src/plugins/readCache')
      await invalidateReadCacheAfterBulkWrite(payload)
      queuedJobs = (await payload.count({ collection: 'payload-jobs', overrideAccess: true }))
        .totalDocs
      if (queuedJobs > 0)
        await payload.delete({ collection: 'payload-jobs', where: {}, overrideAccess: true })
    }
    const result: SeedResult = { created, seconds, queuedJobs }
    process.stdout.write(`result: ${JSON.stringify(result)}\n`)
  } finally {
    await payload.destroy()
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error)
    process.exit(1)
  },
)
