import type { CollectionSlug, TaskConfig } from 'payload'

import { displayNameOf } from '../../lib/people'
import { WORKFLOW_SLUGS } from './collections'

type Reference = { relationTo: string; value: string }

export type PublishAsScheduledInput = {
  /** The document to publish. */
  doc: Reference
  /** Who scheduled it: the publication is theirs, made with their rights when it runs. */
  scheduledBy?: Reference
  /** The time it was scheduled for (the job waits until then). */
  publishAt: string
}

/**
 * The scheduled publication, stated: "publish <doc> as scheduled by <user> for <time>". The save
 * tells the workflow so (context `workflow.scheduledPublish`), which records it in the history;
 * it runs with the scheduler's rights, so someone who has since lost them publishes nothing.
 */
export const publishAsScheduledTask: TaskConfig<{
  input: PublishAsScheduledInput
  output: object
}> = {
  slug: 'publishAsScheduled',
  label: 'Publish as scheduled',
  inputSchema: [
    { name: 'doc', type: 'json', required: true },
    { name: 'scheduledBy', type: 'json' },
    { name: 'publishAt', type: 'text', required: true },
  ],
  handler: async ({ input, req }) => {
    const { doc, scheduledBy, publishAt } = input
    if (!(WORKFLOW_SLUGS as readonly string[]).includes(doc.relationTo)) {
      throw new Error(`publishAsScheduled: ${doc.relationTo} is not under the workflow.`)
    }
    const user = scheduledBy
      ? await req.payload.findByID({
          collection: scheduledBy.relationTo as 'users',
          id: scheduledBy.value,
          depth: 0,
          overrideAccess: true,
        })
      : null
    const collection = doc.relationTo as CollectionSlug
    await req.payload.update({
      collection,
      id: doc.value,
      data: { _status: 'published' } as never,
      depth: 0,
      overrideAccess: !user,
      user: user ? ({ ...user, collection: scheduledBy!.relationTo } as never) : undefined,
      context: {
        workflow: {
          scheduledPublish: {
            collection,
            id: doc.value,
            byName: user ? displayNameOf(user) : 'the server',
            publishAt,
          },
        },
      },
    })
    return { output: {} }
  },
}
