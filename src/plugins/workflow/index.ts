/**
 * `workflowPlugin`: the editorial workflow, installed whole onto the collections it names. Each
 * gets the workflow's fields (before `owner`), drafts with autosave and scheduling, a long
 * version history, the preview endpoint and links, versions access from the permission table,
 * and the hooks in a fixed order around the collection's own:
 *
 * - beforeOperation: `chooseSaveMode` first (draft or live save, before Payload decides);
 * - beforeChange: `enforceWorkflow` first (the others read the `_status` it settles);
 * - afterChange: `carryOutEffects` first (jobs, emails and webhooks, in the transaction);
 * - afterDelete: `announceDelete`; afterRead: `hideHistoryFromReaders`.
 *
 * The decisions are the machine's (src/lib/workflow/machine.ts); the hooks only translate.
 */
import type { CollectionConfig, Config, Field } from 'payload'

import { canReadVersions } from '../../../access/derive'
import type { Governed } from '../../../access/permissions'
import { workflowFields } from '../../../collections/fields/workflow'
import type { WorkflowSlug } from './collections'
import { announceDelete } from './hooks/announceDelete'
import { carryOutEffects } from './hooks/carryOutEffects'
import { chooseSaveMode } from './hooks/chooseSaveMode'
import { enforceWorkflow } from './hooks/enforceWorkflow'
import { hideHistoryFromReaders } from './hooks/hideHistoryFromReaders'
import { workflowOptions } from './options'
import { publishAsScheduledTask } from './publishAsScheduled'

export { WORKFLOW_COLLECTIONS, WORKFLOW_SLUGS, type WorkflowSlug } from './collections'

export interface WorkflowPluginOptions {
  /** The collections under the workflow; pass `WORKFLOW_SLUGS`, the list everyone else reads. */
  collections: readonly WorkflowSlug[]
}

/** The workflow's fields go before the owner field, where the sidebar has always shown them. */
function withWorkflowFields(fields: Field[]): Field[] {
  const owner = fields.findIndex((field) => 'name' in field && field.name === 'owner')
  const at = owner === -1 ? fields.length : owner
  return [...fields.slice(0, at), ...workflowFields(), ...fields.slice(at)]
}

function installOn(collection: CollectionConfig): CollectionConfig {
  const options = workflowOptions(collection.slug)
  const hooks = collection.hooks ?? {}
  return {
    ...collection,
    lockDocuments: options.lockDocuments,
    versions: options.versions,
    endpoints: [
      ...options.endpoints,
      ...(collection.endpoints === false ? [] : (collection.endpoints ?? [])),
    ],
    admin: {
      ...options.admin,
      ...collection.admin,
      components: {
        ...collection.admin?.components,
        edit: { ...options.editComponents, ...collection.admin?.components?.edit },
      },
    },
    access: {
      ...collection.access,
      readVersions: canReadVersions(collection.slug as Governed),
    },
    hooks: {
      ...hooks,
      beforeOperation: [chooseSaveMode, ...(hooks.beforeOperation ?? [])],
      beforeChange: [enforceWorkflow, ...(hooks.beforeChange ?? [])],
      afterChange: [carryOutEffects, ...(hooks.afterChange ?? [])],
      afterDelete: [announceDelete, ...(hooks.afterDelete ?? [])],
      afterRead: [hideHistoryFromReaders, ...(hooks.afterRead ?? [])],
    },
    fields: withWorkflowFields(collection.fields),
  }
}

export const workflowPlugin =
  ({ collections }: WorkflowPluginOptions) =>
  (config: Config): Config => {
    const missing = collections.filter(
      (slug) => !config.collections?.some((collection) => collection.slug === slug),
    )
    if (missing.length > 0) throw new Error(`workflowPlugin: no collection ${missing.join(', ')}`)
    return {
      ...config,
      collections: config.collections?.map((collection) =>
        (collections as readonly string[]).includes(collection.slug)
          ? installOn(collection)
          : collection,
      ),
      jobs: {
        ...config.jobs,
        tasks: [...(config.jobs?.tasks ?? []), publishAsScheduledTask as never],
      },
    }
  }
