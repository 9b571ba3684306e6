import type { PayloadRequest } from 'payload'

import { CAPABILITIES } from '../../../access/permissions'
import { relationshipId as idOf } from '../../../collections/fields/relationshipIds'

export type RecipientDoc = { owner?: unknown; authors?: unknown[] | null; artist?: unknown }

/** The addresses of everyone told of submissions (capability `hearOfSubmissions`). */
async function reviewers(req: PayloadRequest): Promise<string[]> {
  const users = await req.payload.find({
    collection: 'users',
    where: { roles: { in: [...CAPABILITIES.hearOfSubmissions] } },
    depth: 0,
    limit: 100,
    overrideAccess: true,
    req,
  })
  return users.docs.map((user) => user.email)
}

/** The owner and the people credited (authors, artist) who have a login. */
async function ownerAndCredited(req: PayloadRequest, doc: RecipientDoc): Promise<string[]> {
  const { payload } = req
  let userIds: string[] = []
  const profileIds = [...(doc.authors ?? []), doc.artist]
    .map(idOf)
    .filter((id): id is string => Boolean(id))
  if (profileIds.length > 0) {
    const profiles = await payload.find({
      collection: 'authors',
      where: { id: { in: profileIds } },
      depth: 0,
      limit: profileIds.length,
      overrideAccess: true,
      req,
    })
    userIds = profiles.docs
      .map((profile) => idOf((profile as { user?: unknown }).user))
      .filter((id): id is string => Boolean(id))
  }
  const owner = idOf(doc.owner)
  if (owner) userIds.push(owner)
  if (userIds.length === 0) return []
  const users = await payload.find({
    collection: 'users',
    where: { id: { in: [...new Set(userIds)] } },
    depth: 0,
    limit: userIds.length,
    overrideAccess: true,
    req,
  })
  return users.docs.map((user) => user.email)
}

/** Who hears of a move, never the person who made it. */
export async function recipients(
  req: PayloadRequest,
  doc: RecipientDoc,
  audience: 'editors' | 'ownerAndCredited',
): Promise<string[]> {
  const addresses = audience === 'editors' ? await reviewers(req) : await ownerAndCredited(req, doc)
  return addresses.filter((email) => email !== req.user?.email)
}
