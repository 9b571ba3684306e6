/**
 * What a backup holds: every collection and global of the config, except the few internal ones
 * that describe this database or this process rather than the site.
 */
import type { CollectionSlug, GlobalSlug, Payload } from 'payload'

/**
 * Left out, and why. Everything else is backed up, internal collections included: `payload-jobs`
 * (scheduled publications and pending webhook deliveries must survive a move),
 * `payload-preferences` (editors' column and field settings) and `payload-kv`.
 */
export const EXCLUDED_COLLECTIONS: Record<string, string> = {
  // The target applies its own migrations (or pushes its schema) before a restore can run; copying
  // the source's list would claim migrations the target never ran.
  'payload-migrations': 'migrations belong to the target database, which runs its own',
  // Edit locks of the people working in the source admin at the moment of export; they would lock
  // documents in the target for sessions that do not exist there.
  'payload-locked-documents': 'transient edit locks of open admin sessions',
  // Which process runs the jobs queue (src/jobs/runnerLease.ts): a lease held by a source process.
  'runner-leases': 'transient lease of the process running the jobs queue',
}

/** Globals left out, and why. */
export const EXCLUDED_GLOBALS: Record<string, string> = {
  // The public read cache's generation token (src/plugins/readCache.ts): which cached answers the
  // source's processes may still trust, nothing about the site.
  'read-cache-state': "generation token of the source processes' read caches",
}

export type Scope = {
  /** Collection slugs in config order, each with whether it keeps versions. */
  collections: { slug: CollectionSlug; versions: boolean; upload: boolean }[]
  globals: { slug: GlobalSlug; versions: boolean }[]
}

export function backupScope(payload: Payload): Scope {
  return {
    collections: payload.config.collections
      .filter((collection) => !(collection.slug in EXCLUDED_COLLECTIONS))
      .map((collection) => ({
        slug: collection.slug as CollectionSlug,
        versions: Boolean(collection.versions),
        upload: Boolean(collection.upload),
      })),
    globals: payload.config.globals
      .filter((global) => !(global.slug in EXCLUDED_GLOBALS))
      .map((global) => ({
        slug: global.slug as GlobalSlug,
        versions: Boolean(global.versions),
      })),
  }
}
