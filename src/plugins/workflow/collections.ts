/**
 * The collections under the editorial workflow: the one list the plugin installs onto and that
 * the dashboard, the notifications, the README's permission table and the tests read. Plain
 * data, so anything may import it without loading Payload.
 */
export const WORKFLOW_COLLECTIONS = [
  // What a notification calls one ("the post") and a dashboard row shows ("Post").
  { slug: 'posts', noun: 'post', label: 'Post' },
  { slug: 'galleries', noun: 'gallery', label: 'Gallery' },
  { slug: 'artworks', noun: 'artwork', label: 'Artwork' },
] as const

export type WorkflowCollection = (typeof WORKFLOW_COLLECTIONS)[number]
export type WorkflowSlug = WorkflowCollection['slug']

export const WORKFLOW_SLUGS: readonly WorkflowSlug[] = WORKFLOW_COLLECTIONS.map(({ slug }) => slug)

export function isWorkflowCollection(slug: string): slug is WorkflowSlug {
  return (WORKFLOW_SLUGS as readonly string[]).includes(slug)
}

/** How emails and the admin name a document of the collection. */
export function workflowCollection(slug: string): WorkflowCollection | undefined {
  return WORKFLOW_COLLECTIONS.find((collection) => collection.slug === slug)
}
