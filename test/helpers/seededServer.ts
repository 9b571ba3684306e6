import { apiClient, type ApiClient } from './client'
import { testDatabase } from './database'
import { startServer, type RunningServer, type ServerEnv } from './server'

export const DEMO_PASSWORD = 'demo-password-1'

export type SeededServer = {
  server: RunningServer
  /** Signed in as admin@example.com. */
  admin: ApiClient
  /** No credentials: what any frontend or visitor gets. */
  anonymous: ApiClient
  stop: () => Promise<void>
}

/** The production server on a fresh database holding the demo site. */
export async function startSeededServer(name: string, env: ServerEnv = {}): Promise<SeededServer> {
  const db = testDatabase(name)
  const server = await startServer({ ...db.env, SEED_DEMO: 'true', DEMO_PASSWORD, ...env })
  const admin = apiClient(server.url)
  await admin.login('admin@example.com', DEMO_PASSWORD)
  return {
    server,
    admin,
    anonymous: apiClient(server.url),
    stop: async () => {
      await server.stop()
      db.cleanup()
    },
  }
}
