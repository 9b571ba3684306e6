/**
 * The SQLite adapter's `deleteOne` with a filter over a relationship table (a preference by key
 * and user, as Payload deletes one) when nothing matches: nothing, never a failed query
 * (src/lib/database.ts).
 */
import type { Where } from 'payload'

import { bootPayload, type TestPayload } from '../helpers/payload'

describe('deleting a document that a relationship filter does not find', () => {
  let booted: TestPayload

  beforeAll(async () => {
    booted = await bootPayload('hostile-delete-one')
  })
  afterAll(async () => {
    await booted?.teardown()
  })

  it('should delete nothing when nothing matches, and the document when one does', async () => {
    const { payload } = booted
    const user = await payload.create({
      collection: 'users',
      data: {
        name: 'Pat',
        email: 'pat@example.com',
        password: 'a long passphrase',
        roles: ['contributor'],
      },
      overrideAccess: true,
    })
    const preference = (key: string): Where => ({
      and: [
        { key: { equals: key } },
        { 'user.value': { equals: user.id } },
        { 'user.relationTo': { equals: 'users' } },
      ],
    })
    await expect(
      payload.db.deleteOne({ collection: 'payload-preferences', where: preference('nav') }),
    ).resolves.toBeNull()

    await payload.create({
      collection: 'payload-preferences',
      data: { key: 'nav', user: { relationTo: 'users', value: user.id }, value: { open: true } },
      user: { ...user, collection: 'users' },
    })
    await expect(
      payload.db.deleteOne({ collection: 'payload-preferences', where: preference('nav') }),
    ).resolves.toMatchObject({ key: 'nav' })
    expect(
      await payload.count({ collection: 'payload-preferences', where: preference('nav') }),
    ).toEqual({ totalDocs: 0 })
  })
})
