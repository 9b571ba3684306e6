/**
 * `readCachePlugin`: every collection and global that can change a public answer tells the read
 * cache when it changes (src/lib/readCache). Installed once, for the whole config, so a collection
 * added later is covered without anyone remembering it.
 *
 * A change bumps the cache of this process at once and writes a new generation token in the same
 * transaction, which the other processes read within a second.
 */
import crypto from 'node:crypto'

import {
  createLocalReq,
  type CollectionAfterChangeHook,
  type CollectionAfterDeleteHook,
  type Config,
  type GlobalAfterChangeHook,
  type Payload,
  type PayloadRequest,
} from 'payload'

import { READ_CACHE_STATE, ReadCacheState } from '../../collections/ReadCacheState'
import { announceLocalChange } from '../lib/readCache/local'
import { whereMatches, type SimpleWhere } from '../lib/whereMatches'

export interface ReadCachePluginOptions {
  /** Collections whose changes never alter a public answer (internal bookkeeping). */
  ignore: string[]
  /**
   * Collections the public sees only part of: a change matters only when the document was or
   * becomes public (a held comment changes no public answer; its approval does).
   */
  publicWhen?: Record<string, SimpleWhere>
}

/** Tells this process's caches and, through the database, every other process that content changed. */
export async function invalidateReadCache(req: PayloadRequest): Promise<void> {
  if (req.context.deferReadCacheInvalidation) return
  announceLocalChange()
  if (req.context.readCacheBumped) return
  // One new token per request is enough: a bulk edit of fifty posts writes it once.
  req.context.readCacheBumped = true
  await req.payload.updateGlobal({
    slug: READ_CACHE_STATE,
    data: { generation: crypto.randomUUID() },
    req,
    overrideAccess: true,
    depth: 0,
  })
}

/** The same, for a bulk writer that deferred it (outside any request of its own). */
export async function invalidateReadCacheAfterBulkWrite(payload: Payload): Promise<void> {
  await invalidateReadCache(await createLocalReq({ context: {} }, payload))
}

const isPublic = (where: SimpleWhere | undefined, doc: unknown) =>
  !where || (doc !== null && typeof doc === 'object' && whereMatches(where, doc as never))

/** Reads the current generation token (for src/lib/readCache's Generation). */
export async function readCacheGeneration(payload: Payload): Promise<string | undefined> {
  const state = await payload.findGlobal({
    slug: READ_CACHE_STATE,
    overrideAccess: true,
    depth: 0,
  })
  return (state as { generation?: string | null }).generation ?? undefined
}

export const readCachePlugin =
  ({ ignore, publicWhen = {} }: ReadCachePluginOptions) =>
  (config: Config): Config => {
    const collections = (config.collections ?? []).map((collection) => {
      if (ignore.includes(collection.slug)) return collection
      const where = publicWhen[collection.slug]
      const afterChange: CollectionAfterChangeHook = async ({ doc, previousDoc, req }) => {
        if (isPublic(where, doc) || isPublic(where, previousDoc)) await invalidateReadCache(req)
        return doc
      }
      const afterDelete: CollectionAfterDeleteHook = async ({ doc, req }) => {
        if (isPublic(where, doc)) await invalidateReadCache(req)
        return doc
      }
      const hooks = collection.hooks ?? {}
      return {
        ...collection,
        hooks: {
          ...hooks,
          afterChange: [...(hooks.afterChange ?? []), afterChange],
          afterDelete: [...(hooks.afterDelete ?? []), afterDelete],
        },
      }
    })
    const afterGlobalChange: GlobalAfterChangeHook = async ({ doc, req }) => {
      await invalidateReadCache(req)
      return doc
    }
    const globals = (config.globals ?? []).map((global) =>
      ignore.includes(global.slug)
        ? global
        : {
            ...global,
            hooks: {
              ...global.hooks,
              afterChange: [...(global.hooks?.afterChange ?? []), afterGlobalChange],
            },
          },
    )
    return { ...config, collections, globals: [...globals, ReadCacheState] }
  }
