import type { CollectionConfig, FieldAccess } from 'payload'

import { accessFrom, hasCapability } from '../../access/derive'
import { ROLES } from '../../access/roles'
import { ensureFirstUserIsAdmin } from './hooks/ensureFirstUserIsAdmin'
import { answerLockedAsWrong, equaliseLoginFailures } from './hooks/equaliseLoginFailures'
import { keepLastAdminAccount, keepLastAdminRole } from './hooks/protectLastAdmin'
import { refuseRoleChanges } from './hooks/refuseRoleChanges'

/** A working day: long enough not to interrupt writing, short enough that a lost token expires. */
export const TOKEN_EXPIRATION_SECONDS = 8 * 60 * 60

/**
 * Emails are private: each person sees their own, admins see all, editors see the team's but not
 * the admins' (who may keep a personal address). Who is who: CAPABILITIES in access/permissions.
 */
const canReadEmail: FieldAccess = ({ req: { user }, doc }) => {
  if (!user) return false
  if (hasCapability(user, 'readAnyEmail') || String(doc?.id) === String(user.id)) return true
  return (
    hasCapability(user, 'readTeamEmails') &&
    !(doc?.roles as string[] | undefined)?.includes('admin')
  )
}

/** Logins. Public author profiles are a separate collection; a user may be linked to one. */
export const Users: CollectionConfig = {
  slug: 'users',
  admin: {
    useAsTitle: 'email',
    defaultColumns: ['email', 'name', 'roles'],
    group: 'Settings',
    description: 'Logins to this admin. A public profile is an author, linked from here.',
  },
  auth: {
    // Five wrong passwords lock the account for ten minutes.
    maxLoginAttempts: 5,
    lockTime: 10 * 60 * 1000,
    tokenExpiration: TOKEN_EXPIRATION_SECONDS,
    // Secure cookies are switched on for production in payload.config.ts.
    cookies: { sameSite: 'Lax' },
  },
  access: {
    // The admin panel is for people who write, edit or moderate.
    admin: ({ req: { user } }) => hasCapability(user, 'enterAdmin'),
    ...accessFrom('users'),
  },
  hooks: {
    beforeOperation: [refuseRoleChanges, equaliseLoginFailures],
    beforeChange: [ensureFirstUserIsAdmin, keepLastAdminRole],
    beforeDelete: [keepLastAdminAccount],
    afterError: [answerLockedAsWrong],
  },
  fields: [
    {
      name: 'email',
      type: 'email',
      required: true,
      unique: true,
      access: { read: canReadEmail },
    },
    {
      name: 'name',
      type: 'text',
      admin: { description: 'How the person is addressed in the admin and in notifications.' },
    },
    {
      name: 'roles',
      type: 'select',
      hasMany: true,
      required: true,
      defaultValue: ['contributor'],
      options: ROLES.map((role) => ({
        label: role[0]!.toUpperCase() + role.slice(1),
        value: role,
      })),
      saveToJWT: true,
      access: {
        // Only administrators grant roles, and never to themselves: a second admin has to agree.
        create: ({ req: { user } }) => hasCapability(user, 'grantRoles'),
        update: ({ req: { user }, id }) =>
          hasCapability(user, 'grantRoles') && String(user?.id) !== String(id),
      },
      admin: { description: 'What this person may do. Only another administrator can change it.' },
    },
  ],
}
