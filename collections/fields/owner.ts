import type { FieldAccess, FieldHook, RelationshipField } from 'payload'

import { isSignedInField } from '../../access/derive'
import { hasRole } from '../../access/roles'

const isEditorOrAboveField: FieldAccess = ({ req: { user } }) => hasRole(user, 'admin', 'editor')

/** The creator owns a new document unless an editor assigns it to someone else. */
const defaultToCreator: FieldHook = ({ value, operation, req }) =>
  operation === 'create' && !value && req.user ? req.user.id : value

/**
 * Who owns the document: what "own" means in the permission table (access/permissions.ts).
 * Set to the creator; only editors and admins reassign it; never shown to the public.
 */
export function ownerField(): RelationshipField {
  return {
    name: 'owner',
    type: 'relationship',
    relationTo: 'users',
    index: true,
    access: { read: isSignedInField, create: isEditorOrAboveField, update: isEditorOrAboveField },
    hooks: { beforeChange: [defaultToCreator] },
    admin: {
      position: 'sidebar',
      description: 'The account that owns this; writers may edit only what they own.',
    },
  }
}
