/**
 * What a caller may tell the hooks through `req.context`, declared once. The switches are for
 * callers that write in bulk (seeds, imports, restores); `liveEdit` is set by server-side edits.
 */
import type { CollectionSlug } from 'payload'

import type { WorkflowContext } from '../../src/plugins/workflow/context'

/** IDs, by collection, of documents the caller has seen exist inside the request's transaction. */
export type VerifiedReferences = Partial<Record<CollectionSlug, ReadonlySet<string>>>

declare module 'payload' {
  interface RequestContext {
    /** Queue no webhook deliveries for this save. */
    disableWebhooks?: boolean
    /** Queue no workflow notification emails for this save. */
    disableNotifications?: boolean
    /** A server-side edit that may change a live document whoever triggered it. */
    liveEdit?: boolean
    /**
     * References already checked by the caller, in the same transaction, so that no other writer
     * can have removed them since: ensureRelationsExist looks up only the others. An import checks
     * each batch's references in one query per collection instead of three queries per post.
     */
    verifiedReferences?: VerifiedReferences
    /** This request already wrote a new read-cache generation (src/plugins/readCache.ts). */
    readCacheBumped?: boolean
    /**
     * A bulk writer (the importer) saves many documents, each in its own request, and calls
     * `invalidateReadCacheAfterBulkWrite` once when it is done instead of once per document.
     */
    deferReadCacheInvalidation?: boolean
    /**
     * A reply written in the admin by someone who moderates the thread (POST /api/comments/:id/reply):
     * approved as written, not judged by the policy, and shown as the post's author's.
     */
    staffReply?: boolean
    /** The demo seed writes its sample comments and question: no visitor's rate limit applies. */
    demoSeed?: boolean
    /** The delivery job reads a webhook delivery's real URL; everyone else sees it masked. */
    unmaskedWebhookUrls?: boolean
    /** What the workflow's hooks tell each other about a save (src/plugins/workflow/context.ts). */
    workflow?: WorkflowContext
  }
}
