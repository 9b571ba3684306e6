/**
 * What the workflow plugin puts in the admin's document view of each workflow collection: the
 * action buttons in the Publish button's place (so Payload's "Schedule Publish" drawer, which
 * lives in that button, is gone), the stage in words as the status, no Unpublish menu entry,
 * and no stage, publish-time or note fields to move the stage by hand.
 */
import type { CollectionConfig, Config, Field } from 'payload'

import { WORKFLOW_SLUGS, workflowPlugin } from '../../src/plugins/workflow'

const named = (fields: Field[], name: string) =>
  fields.find((field) => 'name' in field && field.name === name) as
    (Field & { admin?: { hidden?: boolean; components?: { Field?: unknown } } }) | undefined

describe('the workflow plugin in the admin', () => {
  const installed = workflowPlugin({ collections: WORKFLOW_SLUGS })({
    collections: WORKFLOW_SLUGS.map((slug): CollectionConfig => ({
      slug,
      fields: [{ name: 'title', type: 'text' }],
      // A collection's own edit components stay beside the workflow's.
      admin: { components: { edit: { PreviewButton: '/admin/Own#Preview' } } },
    })),
  } as Config)

  it.each(WORKFLOW_SLUGS)('should give %s the action buttons and the stage in words', (slug) => {
    const collection = installed.collections!.find((candidate) => candidate.slug === slug)!
    expect(collection.admin?.components?.edit).toEqual({
      PreviewButton: '/admin/Own#Preview',
      PublishButton: '/admin/workflow/WorkflowActions#WorkflowActions',
      Status: '/admin/workflow/WorkflowStatus#WorkflowStatus',
      UnpublishButton: '/admin/workflow/NotInTheAdmin#NotInTheAdmin',
    })
    for (const name of ['stage', 'publishAt']) {
      expect(named(collection.fields, name)?.admin?.components?.Field).toBe(
        '/admin/workflow/NotInTheAdmin#NotInTheAdmin',
      )
    }
    expect(named(collection.fields, 'workflowNote')?.admin?.hidden).toBe(true)
  })
})
