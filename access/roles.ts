/**
 * The roles a login can hold. A user may hold several; every check asks "does the user hold any of
 * these", so adding a role to a user can only widen what they may do.
 */
export const ROLES = ['admin', 'editor', 'author', 'contributor', 'moderator'] as const

export type Role = (typeof ROLES)[number]

type MaybeUser = { roles?: readonly (Role | string)[] | null } | null | undefined

/** True when the user holds at least one of the given roles. */
export function hasRole(user: MaybeUser, ...roles: Role[]): boolean {
  return Boolean(user?.roles?.some((role) => (roles as string[]).includes(role)))
}
