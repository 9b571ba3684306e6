/**
 * Access functions, named for what they allow. Collection configs import these; none of them
 * hold role names of their own: roles live in ./roles.
 */
import type { Access, FieldAccess } from 'payload'

import { hasRole } from './roles'

/** Anyone, signed in or not. */
export const anyone: Access = () => true

/** Only administrators. */
export const isAdmin: Access = ({ req: { user } }) => hasRole(user, 'admin')

/** Field-level twin of {@link isAdmin}. */
export const isAdminField: FieldAccess = ({ req: { user } }) => hasRole(user, 'admin')

/** Editors and administrators. */
export const isEditorOrAbove: Access = ({ req: { user } }) => hasRole(user, 'admin', 'editor')

/** Anyone who may write: contributors and up. */
export const isWriter: Access = ({ req: { user } }) =>
  hasRole(user, 'admin', 'editor', 'author', 'contributor')

/**
 * The public sees published documents only; signed-in staff see drafts too. Returned as a query
 * filter so it also applies to lists, counts and relationship population.
 */
export const publishedOrStaff: Access = ({ req: { user } }) =>
  user ? true : { _status: { equals: 'published' } }

/** Administrators see every account; everyone else only their own. */
export const adminOrSelf: Access = ({ req: { user } }) => {
  if (!user) return false
  if (hasRole(user, 'admin')) return true
  return { id: { equals: user.id } }
}
