/** Whose access an import writes with: the user named by `--as`, with webhooks and emails off. */
import type { Payload } from 'payload'

type User = { id: string; email: string; roles?: string[]; collection: 'users' }

/** What every Local API call of an import carries. */
export type ImportAccess = {
  overrideAccess: false
  user: User
  context: { disableWebhooks: true; disableNotifications: true }
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
    context: { disableWebhooks: true, disableNotifications: true },
  }
}
