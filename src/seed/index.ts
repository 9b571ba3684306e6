import type { Payload } from 'payload'

import { seedCommentPolicy } from './commentPolicy'
import { seedComments } from './comments'
import { seedDemoContent, type SeedCounts } from './demoContent'
import { randomDemoPassword, seedDemoUsers, type DemoLogin } from './demoUsers'

export type SeedOptions = {
  /** Password for the demo logins; a random one is generated (and printed) when absent. */
  demoPassword?: string
  log?: (line: string) => void
}

export type SeedResult = { logins: DemoLogin[]; counts: SeedCounts }

/**
 * Loads the demo site. Idempotent: what exists (matched by email or slug) is left as it is.
 */
export async function seed(payload: Payload, options: SeedOptions = {}): Promise<SeedResult> {
  const log = options.log ?? ((line: string) => payload.logger.info(line))
  const password = options.demoPassword ?? randomDemoPassword()
  const req = { context: { disableWebhooks: true, disableNotifications: true } }

  log('seed: demo logins')
  const logins = await seedDemoUsers(payload, req, password)
  const counts = await seedDemoContent(payload, req, log)
  await seedCommentPolicy(payload, req, counts, log)
  await seedComments(payload, req, counts, log)
  return { logins, counts }
}

/** True when the database holds no account at all: the only state start-up seeds into. */
export async function isEmptyDatabase(payload: Payload): Promise<boolean> {
  const { totalDocs } = await payload.count({ collection: 'users', overrideAccess: true })
  return totalDocs === 0
}

export function formatLogins(logins: DemoLogin[], serverUrl: string): string {
  if (logins.length === 0) return 'demo logins already exist (passwords unchanged)'
  const width = Math.max(...logins.map((login) => login.email.length))
  return [
    `Demo logins for ${serverUrl}/admin (this password is shown only once):`,
    ...logins.map((login) => `  ${login.email.padEnd(width)}  ${login.password}`),
  ].join('\n')
}
