/**
 * How people are named where others read about them (the workflow history, notifications): by
 * the name on their account, or by their role, never by their email address, which only those
 * allowed to see it may read (collections/Users).
 */
import { ROLES } from '../../access/roles'

type Person = { name?: string | null; roles?: readonly string[] | null } | null | undefined

const ROLE_NAMES: Record<string, string> = {
  admin: 'an administrator',
  editor: 'an editor',
  author: 'an author',
  contributor: 'a contributor',
  moderator: 'a moderator',
}

/** Said of an account with neither a name nor a known role. */
export const NAMELESS = 'a team member'

/** "Judi Webb", or "an editor" when the account has no name (the highest role held names it). */
export function displayNameOf(person: Person): string {
  const name = typeof person?.name === 'string' ? person.name.trim() : ''
  if (name && !looksLikeEmail(name)) return name
  const role = ROLES.find((candidate) => person?.roles?.includes(candidate))
  return role ? ROLE_NAMES[role]! : NAMELESS
}

/** Anything with an `@` between two non-blank parts: an address, or close enough to one. */
export function looksLikeEmail(value: unknown): boolean {
  return typeof value === 'string' && /\S@\S/.test(value)
}

/** The same, to begin a sentence with ("An editor requested changes…"). */
export const displayNameAtStart = (person: Person): string => {
  const name = displayNameOf(person)
  return name.charAt(0).toUpperCase() + name.slice(1)
}
