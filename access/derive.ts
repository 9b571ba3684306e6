/**
 * Turns the permission table into Payload access functions. Row-level rules become query
 * filters, so they apply to lists, counts, joins and relationship population alike.
 */
import type { Access, FieldAccess, Where } from 'payload'

import {
  APPROVED_FILTERS,
  CAPABILITIES,
  OWNER_FIELDS,
  type Capability,
  PERMISSIONS,
  type Actor,
  type Governed,
  type Operation,
  type Scope,
} from './permissions'
import { ROLES } from './roles'

type MaybeUser = { id?: string | number; roles?: readonly string[] | null } | null | undefined

/** The table rows that apply to a user: one per role held, or `public` when signed out. */
export function actorsOf(user: MaybeUser): Actor[] {
  if (!user) return ['public']
  const roles = (user.roles ?? []).filter((role): role is Actor =>
    (ROLES as readonly string[]).includes(role),
  )
  return roles.length > 0 ? roles : ['public']
}

/** Every scope any of the user's roles grants for the operation. */
export function scopesFor(user: MaybeUser, target: Governed, operation: Operation): Scope[] {
  const scopes = actorsOf(user).flatMap((actor) => PERMISSIONS[target][actor][operation] ?? [])
  return [...new Set(scopes)]
}

/** A filter matching the documents the scopes cover; `true` for all, `false` for none. */
export function scopeFilter(
  scopes: Scope[],
  target: Governed,
  user: MaybeUser,
  prefix = '',
): boolean | Where {
  if (scopes.includes('all')) return true
  const ownerField = OWNER_FIELDS[target]
  const own: Where | undefined =
    ownerField && user?.id !== undefined
      ? { [`${prefix}${ownerField}`]: { equals: user.id } }
      : undefined
  const clauses: Where[] = []
  for (const scope of scopes) {
    if (scope === 'published') clauses.push({ [`${prefix}_status`]: { equals: 'published' } })
    if (scope === 'approved' && APPROVED_FILTERS[target]) clauses.push(APPROVED_FILTERS[target])
    if (scope === 'own' && own) clauses.push(own)
    if (scope === 'ownUnpublished' && own) {
      clauses.push({ and: [own, { [`${prefix}_status`]: { not_equals: 'published' } }] })
    }
  }
  if (clauses.length === 0) return false
  return clauses.length === 1 ? clauses[0]! : { or: clauses }
}

function both(a: boolean | Where, b: boolean | Where): boolean | Where {
  if (a === false || b === false) return false
  if (a === true) return b
  if (b === true) return a
  return { and: [a, b] }
}

/**
 * The access function for one operation on one collection. A create or update that would make
 * the document live must also be allowed to publish it.
 */
export function can(target: Governed, operation: Exclude<Operation, 'publish'>): Access {
  return ({ req: { user }, data }) => {
    let result = scopeFilter(scopesFor(user, target, operation), target, user)
    const publishing = (data as { _status?: unknown } | undefined)?._status === 'published'
    if ((operation === 'create' || operation === 'update') && publishing) {
      result = both(result, scopeFilter(scopesFor(user, target, 'publish'), target, user))
    }
    // A new document will be owned by its creator, so "own" scopes allow creating it.
    if (operation === 'create') return result !== false
    return result
  }
}

/**
 * Versions and drafts are staff material: the public never reads them, and writers read only
 * the history of their own documents.
 */
export function canReadVersions(target: Governed): Access {
  return ({ req: { user } }) => {
    if (!user) return false
    const scopes = scopesFor(user, target, 'update')
    return scopeFilter(scopes, target, user, 'version.')
  }
}

/**
 * A collection's access block straight from the table: read, create, update and delete, plus
 * versions access where the collection keeps drafts.
 */
export function accessFrom(target: Governed, { versions = false }: { versions?: boolean } = {}) {
  return {
    read: can(target, 'read'),
    create: can(target, 'create'),
    update: can(target, 'update'),
    delete: can(target, 'delete'),
    ...(versions ? { readVersions: canReadVersions(target) } : {}),
  }
}

/** Field-level read for signed-in users only (owners, internal notes). */
export const isSignedInField: FieldAccess = ({ req: { user } }) => Boolean(user)

/** True when one of the user's roles has the capability (CAPABILITIES in ./permissions). */
export function hasCapability(user: MaybeUser, capability: Capability): boolean {
  return actorsOf(user).some((actor) => CAPABILITIES[capability].includes(actor))
}

/** Field-level read for those with the capability. */
export const capabilityField =
  (capability: Capability): FieldAccess =>
  ({ req: { user } }) =>
    hasCapability(user, capability)

const idOf = (value: unknown): string | undefined => {
  if (typeof value === 'string' || typeof value === 'number') return String(value)
  if (value && typeof value === 'object' && 'id' in value)
    return idOf((value as { id: unknown }).id)
  return undefined
}

/**
 * Field-level read for those with the capability, and for the user the sibling field `userField`
 * names: one's own account is one's own to see (the owner of one's own post, one's own moves in
 * a workflow history).
 */
export const capabilityOrSelfField =
  (capability: Capability, userField: string): FieldAccess =>
  ({ req: { user }, siblingData }) =>
    hasCapability(user, capability) ||
    (user != null &&
      idOf((siblingData as Record<string, unknown> | undefined)?.[userField]) === String(user.id))
