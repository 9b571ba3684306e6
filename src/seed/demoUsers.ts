import { randomBytes } from 'node:crypto'

import type { Payload, PayloadRequest } from 'payload'

import { ROLES, type Role } from '../../access/roles'

export type DemoLogin = { email: string; role: Role; password: string }

export const demoEmail = (role: Role) => `${role}@example.com`

/** A password that is easy to type from a terminal: 18 characters of letters and digits. */
export function randomDemoPassword(): string {
  return randomBytes(24).toString('base64url').replace(/[-_]/g, '').slice(0, 18)
}

/**
 * One login per role, `<role>@example.com`. Existing accounts are left alone (their password is
 * not reset), so running the seed twice changes nothing.
 */
export async function seedDemoUsers(
  payload: Payload,
  req: Partial<PayloadRequest>,
  password: string,
): Promise<DemoLogin[]> {
  const created: DemoLogin[] = []
  // Admin first: the first account ever created is made an admin anyway.
  for (const role of ROLES) {
    const email = demoEmail(role)
    const existing = await payload.find({
      collection: 'users',
      where: { email: { equals: email } },
      limit: 1,
      depth: 0,
      req,
    })
    if (existing.docs.length > 0) continue
    await payload.create({
      collection: 'users',
      data: { email, password, roles: [role], name: `Demo ${role}` },
      req,
    })
    created.push({ email, role, password })
  }
  return created
}
