/**
 * Documents for the access matrix, made by an admin over REST: one per cell, so a cell that
 * updates or deletes never disturbs another.
 */
import { randomUUID } from 'node:crypto'

import sharp from 'sharp'

import type { Governed } from '../../access/permissions'
import type { ApiClient } from '../helpers/client'
import { uploadFile } from '../helpers/upload'

export type Refs = {
  douglas: string
  judi: string
  image: string
  artwork: string
  baseUrl: string
}
export type Fixture = { id: string; title: string }

const unique = (label: string) => `${label} ${randomUUID().slice(0, 8)}`

/** A harmless change per collection, and the field that shows whether it happened. */
export const CHANGE: Record<
  Exclude<
    Governed,
    | 'site-settings'
    | 'webhook-deliveries'
    | 'comments'
    | 'comment-policies'
    | 'reader-questions'
    | 'search'
  >,
  { field: string; graphql: string }
> = {
  posts: { field: 'excerpt', graphql: 'excerpt' },
  authors: { field: 'shortBio', graphql: 'shortBio' },
  categories: { field: 'description', graphql: 'description' },
  tags: { field: 'title', graphql: 'title' },
  media: { field: 'caption', graphql: 'caption' },
  artworks: { field: 'subject', graphql: 'subject' },
  galleries: { field: 'title', graphql: 'title' },
  users: { field: 'name', graphql: 'name' },
}

/** The data for a new document of the collection (without owner or status). */
export function newData(collection: Governed, refs: Refs): Record<string, unknown> {
  const title = unique(collection)
  switch (collection) {
    case 'posts':
      return { title, authors: [refs.douglas] }
    case 'artworks':
      return { title, image: refs.image, artist: refs.judi }
    case 'galleries':
      return { title, items: [{ artwork: refs.artwork }] }
    case 'authors':
      return { name: title }
    case 'categories':
    case 'tags':
      return { title }
    case 'users':
      return {
        email: `${randomUUID().slice(0, 8)}@example.org`,
        password: 'fixture-password-1',
        name: title,
        roles: ['contributor'],
      }
    default:
      throw new Error(`no fixture data for ${collection}`)
  }
}

export async function makeFixture(
  admin: ApiClient,
  collection: Governed,
  refs: Refs,
  { ownerId, published, stage }: { ownerId?: string; published?: boolean; stage?: string },
): Promise<Fixture> {
  if (collection === 'media') {
    const png = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#888' } })
      .png()
      .toBuffer()
    const title = unique('media')
    const { status, body } = await uploadFile(
      refs.baseUrl,
      admin.token()!,
      { name: `${title.replace(' ', '-')}.png`, type: 'image/png', data: png },
      { alt: title, owner: ownerId },
    )
    if (status !== 201) throw new Error(`media fixture: ${status} ${JSON.stringify(body)}`)
    return { id: body.doc.id, title }
  }
  const data: Record<string, unknown> = newData(collection, refs)
  if (collection === 'authors' && ownerId) {
    // A login has at most one profile: free it from any earlier one first.
    const { body } = await admin.rest('GET', `/api/authors?where[user][equals]=${ownerId}&depth=0`)
    for (const doc of body.docs) await admin.rest('PATCH', `/api/authors/${doc.id}`, { user: null })
    data.user = ownerId
  } else if (ownerId) data.owner = ownerId
  if (published !== undefined) data._status = published ? 'published' : 'draft'
  if (stage) data.stage = stage
  const { status, body } = await admin.rest('POST', `/api/${collection}`, data)
  if (status !== 201) throw new Error(`${collection} fixture: ${status} ${JSON.stringify(body)}`)
  return { id: body.doc.id, title: (data.title ?? data.name ?? data.email) as string }
}
