import type { CollectionConfig } from 'payload'

import { adminOrSelf, isAdmin } from '../../access'
import { hasRole, ROLES, STAFF_ROLES } from '../../access/roles'
import { ensureFirstUserIsAdmin } from './hooks/ensureFirstUserIsAdmin'

/** Logins. Public author profiles are a separate collection; a user may be linked to one. */
export const Users: CollectionConfig = {
  slug: 'users',
  admin: {
    useAsTitle: 'email',
    defaultColumns: ['email', 'name', 'roles'],
    group: 'Settings',
  },
  auth: true,
  access: {
    // The admin panel is for people who write, edit or moderate.
    admin: ({ req: { user } }) => hasRole(user, ...STAFF_ROLES),
    read: adminOrSelf,
    create: isAdmin,
    update: adminOrSelf,
    delete: isAdmin,
  },
  hooks: {
    beforeChange: [ensureFirstUserIsAdmin],
  },
  fields: [
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
      options: ROLES.map((role) => ({ label: role[0]!.toUpperCase() + role.slice(1), value: role })),
      saveToJWT: true,
      access: {
        // Only administrators grant roles, and never to themselves: a second admin has to agree.
        create: ({ req: { user } }) => hasRole(user, 'admin'),
        update: ({ req: { user }, id }) => hasRole(user, 'admin') && user?.id !== id,
      },
      admin: { description: 'What this person may do. Only another administrator can change it.' },
    },
  ],
}
