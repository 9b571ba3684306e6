import {
  allowedTargets,
  checkTransition,
  STAGES,
  statusOf,
  type Stage,
} from '../../src/lib/workflow'

const contributor = { roles: ['contributor'], isOwner: true }
const author = { roles: ['author'], isOwner: true }
const editor = { roles: ['editor'], isOwner: false }

describe('the workflow table', () => {
  it('should let contributors only hand their own work in for review, and take it back', () => {
    expect(allowedTargets(contributor, 'draft')).toEqual(['in_review'])
    expect(allowedTargets(contributor, 'changes_requested')).toEqual(['in_review'])
    expect(allowedTargets(contributor, 'in_review')).toEqual(['draft'])
    for (const from of ['approved', 'scheduled', 'published', 'unpublished'] as Stage[]) {
      expect(allowedTargets(contributor, from)).toEqual([])
    }
    expect(allowedTargets({ ...contributor, isOwner: false }, 'draft')).toEqual([])
  })

  it('should let authors publish, schedule and unpublish their own approved work, not approve it', () => {
    expect(allowedTargets(author, 'in_review')).toEqual(['draft'])
    expect(allowedTargets(author, 'approved')).toEqual(['scheduled', 'published'])
    expect(allowedTargets(author, 'scheduled')).toEqual(['approved', 'published'])
    expect(allowedTargets(author, 'published')).toEqual(['unpublished'])
    expect(allowedTargets({ ...author, isOwner: false }, 'approved')).toEqual([])
  })

  it('should let editors and admins make every transition on anyone’s document', () => {
    for (const from of STAGES) {
      expect(allowedTargets(editor, from)).toEqual(STAGES.filter((stage) => stage !== from))
      expect(allowedTargets({ roles: ['admin'], isOwner: false }, from)).toHaveLength(
        STAGES.length - 1,
      )
    }
    expect(allowedTargets({ roles: ['moderator'], isOwner: true }, 'draft')).toEqual([])
  })

  it('should name the allowed transitions when refusing one', () => {
    const refused = checkTransition(author, 'in_review', 'approved')
    expect(refused).toMatchObject({ ok: false, status: 403 })
    expect(refused.ok || refused.message).toMatch(
      /Your role \(author\) may not move this from "In review" to "Approved"/,
    )
    const fromDraft = checkTransition(contributor, 'draft', 'published')
    expect(fromDraft.ok || fromDraft.message).toMatch(
      /Allowed from "Draft": in_review \(In review\)/,
    )
  })

  it('should require a note to request changes and a future time to schedule', () => {
    expect(checkTransition(editor, 'in_review', 'changes_requested')).toMatchObject({
      ok: false,
      status: 400,
    })
    expect(checkTransition(editor, 'in_review', 'changes_requested', { note: '  ' })).toMatchObject(
      { status: 400 },
    )
    expect(
      checkTransition(editor, 'in_review', 'changes_requested', { note: 'Cite the letter.' }),
    ).toEqual({ ok: true })
    const now = new Date('2026-11-21T10:00:00Z')
    expect(checkTransition(author, 'approved', 'scheduled', { now })).toMatchObject({ status: 400 })
    expect(
      checkTransition(author, 'approved', 'scheduled', { now, publishAt: '2026-11-21T09:00:00Z' }),
    ).toMatchObject({ status: 400 })
    expect(
      checkTransition(author, 'approved', 'scheduled', { now, publishAt: 'soon' }),
    ).toMatchObject({ status: 400 })
    expect(
      checkTransition(author, 'approved', 'scheduled', { now, publishAt: '2026-11-22T09:00:00Z' }),
    ).toEqual({ ok: true })
  })

  it('should keep Payload’s status in step with the stage', () => {
    expect(STAGES.filter((stage) => statusOf(stage) === 'published')).toEqual(['published'])
  })
})
