import { ROLES } from '../../access/roles'
import { seed } from '../../src/seed'
import { bootPayload, type TestPayload } from '../helpers/payload'

describe('the demo seed (Local API)', () => {
  let ctx: TestPayload

  beforeAll(async () => {
    ctx = await bootPayload('seed')
  })
  afterAll(() => ctx?.teardown())

  it('should create one login per role, named <role>@example.com', async () => {
    const { logins } = await seed(ctx.payload, { demoPassword: 'demo-password-1', log: () => {} })
    expect(logins.map((login) => login.email)).toEqual(ROLES.map((role) => `${role}@example.com`))

    const users = await ctx.payload.find({ collection: 'users', sort: 'email', limit: 20 })
    expect(users.totalDocs).toBe(ROLES.length)
    for (const role of ROLES) {
      const user = users.docs.find((doc) => doc.email === `${role}@example.com`)
      expect(user?.roles).toEqual([role])
    }
  })

  it('should change nothing when run again', async () => {
    const before = await ctx.payload.find({ collection: 'users', sort: 'email', limit: 20 })
    const { logins } = await seed(ctx.payload, { demoPassword: 'another-password', log: () => {} })
    const after = await ctx.payload.find({ collection: 'users', sort: 'email', limit: 20 })
    expect(logins).toEqual([])
    expect(after.docs.map((d) => [d.id, d.updatedAt])).toEqual(before.docs.map((d) => [d.id, d.updatedAt]))
    // The first password still works: a re-run never resets it.
    const login = await ctx.payload.login({
      collection: 'users',
      data: { email: 'editor@example.com', password: 'demo-password-1' },
    })
    expect(login.user?.email).toBe('editor@example.com')
  })
})
