import { ROLES } from '../../access/roles'
import { apiClient } from '../helpers/client'
import { testDatabase } from '../helpers/database'
import { startServer } from '../helpers/server'

describe('SEED_DEMO=true at start-up', () => {
  const db = testDatabase('startup-seed')
  afterAll(db.cleanup)

  it('should seed an empty database once, printing the random password once', async () => {
    const first = await startServer({ ...db.env, SEED_DEMO: 'true' })
    let password: string
    try {
      const printed = /^ {2}admin@example\.com +(\S+)$/m.exec(first.output())
      expect(printed).not.toBeNull()
      password = printed![1]!
      expect(password).toMatch(/^[A-Za-z0-9]{18}$/)
      for (const role of ROLES) {
        const client = apiClient(first.url)
        await client.login(`${role}@example.com`, password)
        const { body } = await client.graphql('{ meUser { user { roles } } }')
        expect(body.data.meUser.user.roles).toEqual([role])
      }
    } finally {
      expect(await first.stop()).toBe(0)
    }

    // A restart on the now non-empty database seeds nothing and prints no password.
    const second = await startServer({ ...db.env, SEED_DEMO: 'true' })
    try {
      expect(second.output()).not.toMatch(/Demo logins/)
      const admin = apiClient(second.url)
      await admin.login('admin@example.com', password)
      const { body } = await admin.rest('GET', '/api/users?limit=0')
      expect(body.totalDocs).toBe(ROLES.length)
    } finally {
      expect(await second.stop()).toBe(0)
    }
  })
})
