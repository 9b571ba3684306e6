/**
 * Redirects: Payload's `plugin-redirects` collection (editors add rows by hand in the admin), kept
 * to addresses on this site, and filled by the server when a published post's, author's or
 * category's slug changes (the old address then leads to the document itself, whatever its slug
 * becomes later). src/lib/redirects/middleware.ts serves the table before Next.
 */
import { redirectsPlugin as payloadRedirectsPlugin } from '@payloadcms/plugin-redirects'
import type {
  CollectionAfterChangeHook,
  CollectionBeforeChangeHook,
  CollectionBeforeValidateHook,
  Config,
  Payload,
  PayloadRequest,
} from 'payload'

import { hasCapability } from '../../access/derive'
import { fieldError } from '../../collections/hooks/fieldError'
import {
  normalizeFrom,
  normalizeTo,
  pagePath,
  REDIRECTED_COLLECTIONS,
  type RedirectedCollection,
} from '../lib/redirects/paths'
import type { RedirectRow } from '../lib/redirects/middleware'
import { slugMoves, type StoredRedirect } from '../lib/redirects/slugMoves'

export const REDIRECTS = 'redirects'

type Reference = { relationTo: string; value: unknown } | null | undefined
type RedirectDoc = StoredRedirect & { to: StoredRedirect['to'] & { reference?: Reference } }

const manage = ({ req }: { req: PayloadRequest }) => hasCapability(req.user, 'manageRedirects')

/** `from` as a path on this site, `to` as a path or an http(s) address; otherwise a 400 naming it. */
const normalize =
  (origin: string): CollectionBeforeValidateHook =>
  ({ data }) => {
    if (!data) return data
    if (typeof data.from === 'string') {
      const from = normalizeFrom(data.from, origin)
      if (!from)
        throw fieldError(
          REDIRECTS,
          'from: give a path on this site, such as /posts/old-slug (not the home page, /admin, /api or /preview)',
        )
      data.from = from
    }
    const to = data.to as { type?: string; url?: unknown } | undefined
    if (to?.type === 'custom' && typeof to.url === 'string') {
      const url = normalizeTo(to.url)
      if (!url)
        throw fieldError(REDIRECTS, 'to.url: give a path on this site or an http(s) address')
      to.url = url
    }
    return data
  }

const isLive = (
  collection: RedirectedCollection,
  doc: Record<string, unknown> | null | undefined,
) => Boolean(doc) && (collection !== 'posts' || doc!._status === 'published')

/** Where the hooks below leave each document's former live address (a bulk edit saves many). */
const FORMER = 'redirectsFormerPaths'
const formerPaths = (context: Record<string, unknown>): Record<string, string | null> =>
  (context[FORMER] ??= {}) as Record<string, string | null>

/** Before a save: the document's live address, read from what the public sees now. */
const rememberLivePath =
  (collection: RedirectedCollection): CollectionBeforeChangeHook =>
  async ({ operation, originalDoc, req }) => {
    if (operation !== 'update' || !originalDoc?.id) return
    const live = await req.payload
      .findByID({
        collection,
        id: originalDoc.id as string,
        draft: false,
        depth: 0,
        overrideAccess: true,
        req,
      })
      .catch(() => null)
    const former =
      live && isLive(collection, live as never) ? (live as { slug?: string }).slug : undefined
    formerPaths(req.context)[`${collection}:${String(originalDoc.id)}`] = former
      ? pagePath(collection, former)
      : null
  }

/** After a save that left the document live: the table follows its address. */
const followSlug =
  (collection: RedirectedCollection): CollectionAfterChangeHook =>
  async ({ doc, req }) => {
    if (!isLive(collection, doc) || typeof doc.slug !== 'string') return doc
    const formerPath = formerPaths(req.context)[`${collection}:${String(doc.id)}`] ?? undefined
    const livePath = pagePath(collection, doc.slug)
    const addresses = [livePath, ...(formerPath ? [formerPath] : [])]
    const { docs } = await req.payload.find({
      collection: REDIRECTS,
      where: {
        or: [
          { from: { in: addresses } },
          ...(formerPath ? [{ 'to.url': { equals: formerPath } }] : []),
        ],
      },
      limit: 100,
      depth: 0,
      overrideAccess: true,
      req,
    })
    const changes = slugMoves(formerPath, livePath, docs as unknown as StoredRedirect[])
    const toDocument = {
      type: 'reference' as const,
      reference: { relationTo: collection, value: doc.id as string },
    }
    const write = { depth: 0, overrideAccess: true, req } as const
    for (const id of changes.remove)
      await req.payload.delete({ collection: REDIRECTS, id, ...write })
    for (const id of changes.retarget)
      await req.payload.update({ collection: REDIRECTS, id, data: { to: toDocument }, ...write })
    if (changes.create)
      await req.payload.create({
        collection: REDIRECTS,
        data: { from: changes.create, to: toDocument },
        ...write,
      })
    return doc
  }

export const redirectsPlugin =
  ({ origin }: { origin: string }) =>
  (config: Config): Config => {
    const withTable = payloadRedirectsPlugin({
      collections: REDIRECTED_COLLECTIONS,
      overrides: {
        admin: {
          group: 'Settings',
          useAsTitle: 'from',
          defaultColumns: ['from', 'to.type', 'updatedAt'],
          description:
            'Old addresses that lead elsewhere with a 301. Renaming a published post, author or category adds one here.',
        },
        access: { read: manage, create: manage, update: manage, delete: manage },
        hooks: { beforeValidate: [normalize(origin)] },
      },
    })(config)
    return {
      ...withTable,
      collections: (withTable.collections ?? []).map((collection) => {
        const slug = collection.slug as RedirectedCollection
        if (!REDIRECTED_COLLECTIONS.includes(slug)) return collection
        const hooks = collection.hooks ?? {}
        return {
          ...collection,
          hooks: {
            ...hooks,
            beforeChange: [...(hooks.beforeChange ?? []), rememberLivePath(slug)],
            afterChange: [...(hooks.afterChange ?? []), followSlug(slug)],
          },
        }
      }),
    }
  }

/** Every redirect that leads somewhere now: by hand to an address, or to a live document's page. */
export async function loadRedirects(payload: Payload): Promise<RedirectRow[]> {
  const rows: RedirectDoc[] = []
  for (let page = 1; ; page++) {
    const result = await payload.find({
      collection: REDIRECTS,
      limit: 1000,
      page,
      depth: 0,
      overrideAccess: true,
    })
    rows.push(...(result.docs as unknown as RedirectDoc[]))
    if (!result.hasNextPage) break
  }
  const wanted = new Map<RedirectedCollection, Set<string>>()
  for (const row of rows) {
    const reference = row.to.reference
    if (row.to.type !== 'reference' || !reference) continue
    const collection = reference.relationTo as RedirectedCollection
    if (!REDIRECTED_COLLECTIONS.includes(collection)) continue
    const id =
      typeof reference.value === 'object' ? (reference.value as { id: string }).id : reference.value
    if (id !== undefined && id !== null) {
      if (!wanted.has(collection)) wanted.set(collection, new Set())
      wanted.get(collection)!.add(String(id))
    }
  }
  const livePaths = new Map<string, string>()
  for (const [collection, ids] of wanted) {
    const { docs } = await payload.find({
      collection,
      where: {
        and: [
          { id: { in: [...ids] } },
          ...(collection === 'posts' ? [{ _status: { equals: 'published' } }] : []),
        ],
      },
      pagination: false,
      depth: 0,
      draft: false,
      overrideAccess: true,
      select: { slug: true },
    })
    for (const doc of docs as { id: string | number; slug?: string }[])
      if (doc.slug) livePaths.set(`${collection}:${doc.id}`, pagePath(collection, doc.slug))
  }
  const table: RedirectRow[] = []
  for (const row of rows) {
    let to: string | undefined
    if (row.to.type === 'custom') to = row.to.url ?? undefined
    else if (row.to.reference) {
      const value = row.to.reference.value
      const id = typeof value === 'object' && value ? (value as { id: string }).id : value
      to = livePaths.get(`${row.to.reference.relationTo}:${String(id)}`)
    }
    if (to && to !== row.from) table.push({ from: row.from, to })
  }
  return table
}
