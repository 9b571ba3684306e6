import type { FieldHook, RelationshipField } from 'payload'

import { capabilityField, capabilityOrSelfField } from '../../access/derive'

/** The creator owns a new document unless an editor assigns it to someone else. */
const defaultToCreator: FieldHook = ({ value, operation, req }) =>
  operation === 'create' && !value && req.user ? req.user.id : value

/**
 * Who owns the document: what "own" means in the permission table (access/permissions.ts).
 * Set to the creator; reassigned only with `reassignOwner`; read by the team (`readOwners`) and by
 * the owner themselves, never by the public.
 */
export function ownerField(): RelationshipField {
  return {
    name: 'owner',
    type: 'relationship',
    relationTo: 'users',
    index: true,
    access: {
      read: capabilityOrSelfField('readOwners', 'owner'),
      create: capabilityField('reassignOwner'),
      update: capabilityField('reassignOwner'),
    },
    hooks: { beforeChange: [defaultToCreator] },
    admin: {
      position: 'sidebar',
      description: 'The account that owns this; writers may edit only what they own.',
    },
  }
}
