/**
 * The editor's dashboard: what waits for review, oldest first, across every collection under the
 * workflow. A server component: it queries the latest versions, so a live post whose revision
 * is in review shows up too.
 */
import type { Payload, TypedUser } from 'payload'
import React from 'react'

import { hasRole } from '../../access/roles'

const COLLECTIONS = [
  { slug: 'posts', label: 'Post' },
  { slug: 'galleries', label: 'Gallery' },
  { slug: 'artworks', label: 'Artwork' },
] as const

type Waiting = { collection: string; label: string; id: string; title: string; since: string }

async function waitingFor(payload: Payload): Promise<Waiting[]> {
  const lists = await Promise.all(
    COLLECTIONS.map(async ({ slug, label }) => {
      const found = await payload.findVersions({
        collection: slug,
        where: { and: [{ latest: { equals: true } }, { 'version.stage': { equals: 'in_review' } }] },
        sort: 'updatedAt',
        limit: 20,
        depth: 0,
        overrideAccess: true,
      })
      return found.docs.map((row) => {
        const version = row.version as { title?: string }
        return { collection: slug, label, id: String(row.parent), title: version.title ?? '(untitled)', since: row.updatedAt }
      })
    }),
  )
  return lists.flat().sort((a, b) => a.since.localeCompare(b.since))
}

export async function ReviewQueue({ payload, user }: { payload: Payload; user?: TypedUser | null }) {
  if (!hasRole(user as { roles?: string[] } | null, 'admin', 'editor')) return null
  const waiting = await waitingFor(payload)
  return (
    <section style={{ marginBottom: 'calc(var(--base) * 2)' }}>
      <h2>Waiting for review ({waiting.length})</h2>
      {waiting.length === 0 ? (
        <p>Nothing waits for review.</p>
      ) : (
        <ul>
          {waiting.map((item) => (
            <li key={`${item.collection}:${item.id}`}>
              <a href={`/admin/collections/${item.collection}/${item.id}`}>{item.title}</a> ({item.label}, since{' '}
              {new Date(item.since).toLocaleString('en-GB', { timeZone: 'UTC' })} UTC)
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
