/**
 * The stage field as the admin builds its form state: a new document has no history, and the
 * form holds an array field as its row count, so the field must not assume the rows are there.
 */
import type { PayloadRequest, SelectField } from 'payload'

import { savedStage, workflowFields } from '../../collections/fields/workflow'

const stageField = workflowFields().find(
  (field) => 'name' in field && field.name === 'stage',
) as SelectField
const options = stageField.options.map((option) =>
  typeof option === 'string' ? option : option.value,
)
const editorReq = { user: { id: 'e', roles: ['editor'] } } as unknown as PayloadRequest

/** The options the stage menu offers for the form data given. */
const offered = (data: Record<string, unknown>) =>
  (
    stageField.filterOptions as unknown as (args: {
      data: unknown
      options: string[]
      req: PayloadRequest
    }) => (string | { value: string })[]
  )({ data, options, req: editorReq }).map((option) =>
    typeof option === 'string' ? option : option.value,
  )

describe('the stage field while the admin builds form state', () => {
  it.each([
    ['no history (a new document)', { stage: 'scheduled' }],
    ['history as a row count', { stage: 'scheduled', history: 2 }],
    ['history as an object', { stage: 'scheduled', history: {} }],
    ['history as null', { stage: 'scheduled', history: null }],
  ])('should offer the stages with %s', (_name, data) => {
    expect(() => offered(data)).not.toThrow()
    expect(offered(data)).toContain('scheduled')
    expect(savedStage(data)).toBe('scheduled')
  })

  it('should start from the last saved move when the rows are there', () => {
    expect(savedStage({ stage: 'scheduled', history: [{ to: 'approved' }] })).toBe('approved')
    expect(savedStage(undefined)).toBe('draft')
  })
})
