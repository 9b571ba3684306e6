/**
 * Whose access an import writes with: the user named by `--as`, with webhooks and emails off and
 * the read cache told once at the end.
 */
import type { Payload } from 'payload'

type User = { id: string; email: string; roles?: string[]; collection: 'users' }

/** What every Local API call of an import carries. */
export type ImportAccess = {
  overrideAccess: false
  user: User
  context: { disableWebhooks: true; disableNotifications: true; deferReadCacheInvalidation: true }
}

export async function importAccess(payload: Payload, email: string): Promise<ImportAccess> {
  const found = await payload.find({
    collection: 'users',
    where: { email: { equals: email } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  if (!found.docs[0]) throw new Error(`--as: no user with the email ${email}`)
  const user = { ...found.docs[0], collection: 'users' } as unknown as User
  return {
    overrideAccess: false,
    user,
    // The importer tells the read cache once, when it is done (run.ts), not once per post.
    context: {
      disableWebhooks: true,
      disableNotifications: true,
      deferReadCacheInvalidation: true,
    },
  }
}
