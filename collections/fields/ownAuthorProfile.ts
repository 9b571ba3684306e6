import type { DefaultValue, FieldHook, PayloadRequest, TypedUser } from 'payload'

import { hasCapability } from '../../access/derive'
import { displayNameOf } from '../../src/lib/people'
import { slugify } from './slug'

/** The author profile linked to the user's login, if there is one. */
async function linkedProfile(
  req: PayloadRequest,
  user: TypedUser,
): Promise<string | number | undefined> {
  const found = await req.payload.find({
    collection: 'authors',
    where: { user: { equals: user.id } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
    req,
  })
  return found.docs[0]?.id
}

/**
 * The author profile linked to the user's login; for a writer who may credit themselves
 * (capability `creditSelf`) and has none yet, a new one, named as the account is, made on this
 * first need. Null for anyone else without a profile.
 */
export async function ownAuthorProfile(
  req: PayloadRequest,
  user: TypedUser,
): Promise<string | number | null> {
  const found = await linkedProfile(req, user)
  if (found !== undefined) return found
  if (!hasCapability(user, 'creditSelf')) return null
  const name = displayNameOf(user)
  // Another profile may already use the name's slug; the account's id keeps this one apart.
  const taken = await req.payload.count({
    collection: 'authors',
    where: { slug: { equals: slugify(name) ?? '' } },
    overrideAccess: true,
    req,
  })
  const created = await req.payload.create({
    collection: 'authors',
    data: {
      name,
      slug: taken.totalDocs > 0 ? `${slugify(name) ?? 'writer'}-${user.id}` : slugify(name),
      user: user.id,
    },
    overrideAccess: true,
    depth: 0,
    req,
  })
  return created.id
}

/**
 * The admin's new post form offers the signed-in writer's profile. Only a lookup: Payload also
 * asks for defaults while reading, where nothing may be written.
 */
export const signedInWritersProfile: DefaultValue = async ({ req, user }) => {
  if (!user) return undefined
  const id = await linkedProfile(req, user)
  return id === undefined ? undefined : [id]
}

/** A new post saved without authors credits the writer, with a profile made on first need. */
export const creditWriterOnFirstNeed: FieldHook = async ({ value, operation, req }) => {
  const empty = value === undefined || value === null || (Array.isArray(value) && !value.length)
  if (operation !== 'create' || !empty || !req.user) return value
  const id = await ownAuthorProfile(req, req.user)
  return id === null ? value : [id]
}
