/**
 * The editorial workflow, attached to each collection that keeps drafts: fields from
 * ../../fields/workflow, and these hooks in this order.
 */
import { announceChange, announceDelete } from './announceChange'
import { chooseSaveMode } from './chooseSaveMode'
import { enforceWorkflow } from './enforceWorkflow'
import { followTransition } from './followTransition'
import { hideHistoryFromReaders } from './hideHistoryFromReaders'

export const workflowHooks = {
  beforeOperation: [chooseSaveMode],
  /** First among beforeChange hooks: the others read the `_status` it settles. */
  beforeChange: [enforceWorkflow],
  afterChange: [followTransition, announceChange],
  afterDelete: [announceDelete],
  afterRead: [hideHistoryFromReaders],
}
