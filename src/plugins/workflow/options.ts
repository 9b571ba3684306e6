import type { CollectionConfig, Endpoint } from 'payload'

import { previewEndpoint, previewUrl } from './previewEndpoint'
import { DEFAULT_PREVIEW_TTL_SECONDS, signPreviewToken } from '../../lib/previewToken'
import { runtimeSettings } from '../../lib/runtimeSettings'

/** Versions kept per document: enough for a long revision history, bounded for the database. */
export const VERSIONS_PER_DOC = 100
/** Autosave every few seconds while typing: frequent enough to lose nothing, light on the server. */
export const AUTOSAVE_INTERVAL_MS = 3000

/**
 * The admin's preview links stay the same for this long: the admin asks for the link again after
 * every save and autosave, and a new link would reload the Live Preview pane each time instead of
 * letting the page refresh itself. Each link still lives at least DEFAULT_PREVIEW_TTL_SECONDS.
 */
const PREVIEW_LINK_WINDOW_SECONDS = 10 * 60

function adminPreviewToken(secret: string, collection: string, id: string): string {
  const windowMs = PREVIEW_LINK_WINDOW_SECONDS * 1000
  const now = new Date(Math.floor(Date.now() / windowMs) * windowMs)
  return signPreviewToken(
    secret,
    { collection, id },
    { now, ttlSeconds: DEFAULT_PREVIEW_TTL_SECONDS + PREVIEW_LINK_WINDOW_SECONDS },
  ).token
}

/**
 * The shared parts of a collection under the workflow: drafts with autosave and scheduled
 * publishing, a long version history, the preview endpoint, and the admin's preview links.
 */
export function workflowOptions(collection: string): Pick<
  CollectionConfig,
  'versions' | 'lockDocuments'
> & {
  endpoints: Endpoint[]
  admin: Pick<NonNullable<CollectionConfig['admin']>, 'preview' | 'livePreview'>
  /** The document view's workflow controls (see src/admin/workflow). */
  editComponents: NonNullable<NonNullable<CollectionConfig['admin']>['components']>['edit']
} {
  return {
    // The stages already say who works on a document when, and hand it over with a note.
    // Payload's edit locks outlive a visit by minutes and would stop every hand-over with a
    // "take over?" prompt, so they are off here.
    lockDocuments: false,
    versions: {
      // The explicit Save draft button stays: submitting for review is a deliberate act, not a keystroke.
      drafts: {
        autosave: { interval: AUTOSAVE_INTERVAL_MS, showSaveDraftButton: true },
        schedulePublish: true,
      },
      maxPerDoc: VERSIONS_PER_DOC,
    },
    endpoints: [previewEndpoint],
    // The action buttons take the Publish button's place, and with it Payload's "Schedule
    // Publish" drawer, a second scheduler that never moved the stage: Schedule is one of the
    // actions. The stage in words replaces Payload's draft/published status, and Unpublish is an
    // action too, so the menu's own entry goes.
    editComponents: {
      PublishButton: '/admin/workflow/WorkflowActions#WorkflowActions',
      Status: '/admin/workflow/WorkflowStatus#WorkflowStatus',
      UnpublishButton: '/admin/workflow/NotInTheAdmin#NotInTheAdmin',
    },
    admin: {
      preview: (doc, { req }) => {
        const id = (doc as { id?: string | number }).id
        if (!id) return null
        return previewUrl(
          req,
          collection,
          id,
          adminPreviewToken(req.payload.secret, collection, String(id)),
        )
      },
      livePreview: {
        url: ({ data, req }) => {
          const id = (data as { id?: string | number }).id
          if (!id) return runtimeSettings(req.payload).frontendUrl
          return previewUrl(
            req,
            collection,
            id,
            adminPreviewToken(req.payload.secret, collection, String(id)),
          )
        },
      },
    },
  }
}
