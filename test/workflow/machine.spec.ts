/**
 * The workflow machine as a table of cases: what a save means (`interpretSave`), how it is made
 * (`chooseSaveMode`), what follows (`effectsOf`) and which buttons a user gets
 * (`availableActions`). Every row of the REST/GraphQL matrix (matrix.spec.ts) is a row here too.
 */
import {
  availableActions,
  chooseSaveMode,
  effectsOf,
  interpretSave,
  machineActor,
  STAGES,
  type Actor,
  type ModeRequest,
  type SaveMode,
  type SaveRequest,
  type Stage,
  type Transition,
} from '../../src/lib/workflow'

const ROLES = ['contributor', 'author', 'editor', 'admin', 'moderator'] as const
const now = new Date('2026-11-21T10:00:00Z')
const future = '2026-11-22T09:00:00.000Z'
const actor = (role: string, isOwner = true): Actor => machineActor({ roles: [role], isOwner })

/** A PATCH of a document at `current`, as the hooks translate it: mode first, then the meaning. */
function patch(
  who: Actor | null,
  current: Stage,
  requested: SaveRequest['requested'] & { status?: 'published' | 'draft' },
  options: Partial<ModeRequest> & { storedPublishAt?: string | null } = {},
) {
  const editsLive = who?.capabilities.includes('editLive') ?? false
  const mode = chooseSaveMode({
    kind: 'update',
    draftAsked: false,
    wasLive: current === 'published',
    requested: { stage: requested.stage, status: requested.status },
    signedIn: who !== null,
    editsLive,
    ...options,
  })
  if (!mode.ok) return mode
  return interpretSave({
    operation: 'update',
    current,
    mode,
    requested,
    storedPublishAt: options.storedPublishAt ?? null,
    actor: who,
    editsLive,
    now,
  })
}

describe('interpretSave: the REST/GraphQL matrix, row by row', () => {
  const rows = ROLES.flatMap((role) =>
    STAGES.flatMap((from) => STAGES.filter((to) => to !== from).map((to) => ({ role, from, to }))),
  )
  /** Who may make which move on their own document, as the README's workflow table says. */
  const MAY: Record<(typeof ROLES)[number], string[]> = {
    contributor: ['draft>in_review', 'changes_requested>in_review', 'in_review>draft'],
    author: [
      'draft>in_review',
      'changes_requested>in_review',
      'in_review>draft',
      'approved>published',
      'approved>scheduled',
      'scheduled>approved',
      'scheduled>published',
      'published>unpublished',
      'unpublished>published',
    ],
    editor: rows.map(({ from, to }) => `${from}>${to}`),
    admin: rows.map(({ from, to }) => `${from}>${to}`),
    moderator: [],
  }

  it('should have one row per matrix case (per transport)', () => {
    expect(rows).toHaveLength(210)
  })

  it.each(rows.map((row) => [`${row.role} ${row.from} -> ${row.to}`, row] as const))(
    '%s',
    (_name, { role, from, to }) => {
      const result = patch(actor(role), from, {
        stage: to,
        note: 'Please tighten the second section.',
        publishAt: future,
      })
      if (MAY[role].includes(`${from}>${to}`)) {
        expect(result).toMatchObject({
          ok: true,
          to,
          stage: to,
          from: from === 'published' && to !== 'unpublished' ? 'published' : from,
        })
        const { status } = result as Transition
        // The live document's status agrees with its stage; a live document's revision is a draft.
        if (to === 'published') expect(status).toBe('published')
        if (to === 'unpublished') expect(status).toBe('draft')
        if (from === 'published' && to !== 'unpublished') expect(status).toBeUndefined()
      } else {
        expect(result).toMatchObject({ ok: false, status: 403 })
        expect(result.ok || result.message).toContain('may not move this from')
      }
    },
  )
})

describe('interpretSave: the rules around a move', () => {
  const editor = actor('editor', false)
  const author = actor('author')
  const contributor = actor('contributor')

  it.each([
    [
      'a change request without a note',
      editor,
      'in_review',
      { stage: 'changes_requested' },
      400,
      'workflowNote',
    ],
    [
      'a blank note',
      editor,
      'in_review',
      { stage: 'changes_requested', note: '  ' },
      400,
      'workflowNote',
    ],
    ['scheduling without a time', author, 'approved', { stage: 'scheduled' }, 400, 'publishAt'],
    [
      'scheduling in the past',
      author,
      'approved',
      { stage: 'scheduled', publishAt: '2026-11-21T09:00:00Z' },
      400,
      'publishAt',
    ],
    [
      'scheduling at no time',
      author,
      'approved',
      { stage: 'scheduled', publishAt: 'soon' },
      400,
      'publishAt',
    ],
    ['a contributor approving', contributor, 'in_review', { stage: 'approved' }, 403, 'stage'],
    [
      'someone else’s submission',
      actor('contributor', false),
      'draft',
      { stage: 'in_review' },
      403,
      'stage',
    ],
    [
      'a non-live stage with publish',
      editor,
      'draft',
      { stage: 'approved', status: 'published' },
      400,
      'stage',
    ],
  ] as const)('should refuse %s', (_name, who, current, requested, status, path) => {
    expect(patch(who, current, requested)).toMatchObject({ ok: false, status, path })
  })

  it('should name the moves allowed when refusing one', () => {
    const refused = patch(contributor, 'draft', { stage: 'published' })
    expect(refused.ok || refused.message).toBe(
      'Your role (contributor) may not move this from "Draft" to "Published". ' +
        'Allowed from "Draft": in_review (In review).',
    )
  })

  it('should publish and unpublish through the status alone', () => {
    expect(patch(author, 'approved', { status: 'published' })).toMatchObject({
      from: 'approved',
      to: 'published',
      status: 'published',
    })
    expect(patch(author, 'published', { status: 'draft' })).toMatchObject({
      from: 'published',
      to: 'unpublished',
      status: 'draft',
    })
  })

  it('should turn a writer’s edit of live or approved work into a draft, and an editor’s not', () => {
    const revision = patch(author, 'published', { note: undefined })
    expect(revision).toMatchObject({ from: 'published', to: 'draft', implicit: true })
    // A draft save leaves the live document's status alone.
    expect(revision).not.toHaveProperty('status')
    expect(patch(author, 'approved', {}, { draftAsked: true })).toMatchObject({
      to: 'draft',
      implicit: true,
    })
    expect(patch(editor, 'published', {})).toMatchObject({
      from: 'published',
      to: 'published',
      status: 'published',
    })
  })

  it('should refuse a draft save that changes what readers see', () => {
    expect(patch(editor, 'approved', { stage: 'published' }, { draftAsked: true })).toMatchObject({
      ok: false,
      status: 400,
      path: 'stage',
    })
  })

  it('should make no move on autosave, and give no error for an unfinished one', () => {
    const autosave = { draftAsked: true, autosave: true }
    expect(patch(editor, 'draft', { stage: 'scheduled' }, autosave)).toMatchObject({
      ok: true,
      from: 'draft',
      to: 'draft',
      deferred: 'scheduled',
    })
    expect(patch(contributor, 'draft', { stage: 'in_review' }, autosave)).toMatchObject({
      to: 'draft',
      deferred: 'in_review',
    })
    // The explicit save of the same move is still refused, naming the field.
    expect(patch(editor, 'draft', { stage: 'scheduled' }, { draftAsked: true })).toMatchObject({
      ok: false,
      status: 400,
      path: 'publishAt',
    })
  })

  it('should follow a new time while scheduled', () => {
    const stored = '2026-11-23T09:00:00.000Z'
    expect(
      patch(editor, 'scheduled', { publishAt: future }, { storedPublishAt: stored }),
    ).toMatchObject({ from: 'scheduled', to: 'scheduled', rescheduled: true })
    expect(
      patch(editor, 'scheduled', { publishAt: stored }, { storedPublishAt: stored }),
    ).toMatchObject({ rescheduled: false })
  })

  const mode: SaveMode = { draft: false, wasLive: false, askedStatus: 'published' }

  it('should publish as the scheduled job states, and only what is still scheduled', () => {
    const scheduled = { byName: 'Demo editor', publishAt: future }
    const request: SaveRequest = {
      operation: 'update',
      current: 'scheduled',
      mode,
      requested: {},
      scheduled,
      actor: editor,
      editsLive: true,
    }
    expect(interpretSave(request)).toMatchObject({
      from: 'scheduled',
      to: 'published',
      status: 'published',
      note: `Published as scheduled by Demo editor for ${future}.`,
    })
    expect(interpretSave({ ...request, current: 'approved' })).toMatchObject({
      ok: false,
      status: 409,
    })
    // The scheduler's rights apply when it runs: a contributor never could publish.
    expect(interpretSave({ ...request, actor: contributor })).toMatchObject({ status: 403 })
  })

  it('should restore a version as a draft without review, and say so', () => {
    expect(
      interpretSave({
        operation: 'update',
        current: 'approved',
        mode: { draft: true, wasLive: false },
        requested: { stage: 'published' },
        restore: { draft: true, restoredStatus: 'published' },
        actor: contributor,
        editsLive: false,
      }),
    ).toMatchObject({ to: 'draft', implicit: true, note: 'Restored an earlier version.' })
  })

  it('should let the server save without checking moves', () => {
    expect(
      interpretSave({
        operation: 'create',
        mode: { draft: false, wasLive: false },
        requested: { stage: 'published' },
        actor: null,
        editsLive: false,
      }),
    ).toMatchObject({ ok: true, from: 'draft', to: 'published', status: 'published' })
  })
})

describe('chooseSaveMode', () => {
  const base: ModeRequest = {
    kind: 'update',
    draftAsked: false,
    wasLive: true,
    requested: {},
    signedIn: true,
    editsLive: false,
  }

  it.each([
    ['a writer’s edit of a live document', {}, true],
    ['an editor’s edit of a live document', { editsLive: true }, false],
    [
      'an editor moving a live document’s revision',
      { editsLive: true, requested: { stage: 'approved' } },
      true,
    ],
    ['publishing', { requested: { status: 'published' } }, false],
    ['unpublishing', { requested: { stage: 'unpublished' } }, false],
    ['an edit of a document that is not live', { wasLive: false }, false],
  ] as const)('should decide %s', (_name, change, draft) => {
    expect(chooseSaveMode({ ...base, ...change } as ModeRequest)).toMatchObject({ ok: true, draft })
  })

  it('should keep writers to restoring as a draft and to one document at a time', () => {
    expect(chooseSaveMode({ ...base, kind: 'restore' })).toMatchObject({ ok: false, status: 403 })
    expect(chooseSaveMode({ ...base, kind: 'restore', draftAsked: true })).toMatchObject({
      ok: true,
      draft: true,
    })
    expect(chooseSaveMode({ ...base, kind: 'bulkUpdate' })).toMatchObject({ status: 403 })
    expect(chooseSaveMode({ ...base, kind: 'bulkUpdate', editsLive: true }).ok).toBe(true)
  })
})

describe('effectsOf', () => {
  const move = (from: Stage, to: Stage, extra: Partial<Transition> = {}): Transition => ({
    ok: true,
    from,
    to,
    stage: to,
    rescheduled: false,
    implicit: false,
    ...extra,
  })
  const live: SaveMode = { draft: false, wasLive: false }

  it.each([
    [
      'a submission',
      move('draft', 'in_review'),
      { draft: true, wasLive: false },
      undefined,
      [{ kind: 'notify', notice: 'submitted', audience: 'editors' }],
    ],
    [
      'a change request',
      move('in_review', 'changes_requested', { note: 'Cite it.' }),
      { draft: true, wasLive: false },
      undefined,
      [
        {
          kind: 'notify',
          notice: 'changes_requested',
          audience: 'ownerAndCredited',
          note: 'Cite it.',
        },
      ],
    ],
    [
      'scheduling',
      move('approved', 'scheduled', { status: 'draft' }),
      live,
      future,
      [
        { kind: 'queuePublish', at: future },
        { kind: 'notify', notice: 'scheduled', audience: 'ownerAndCredited' },
      ],
    ],
    [
      'a new time',
      move('scheduled', 'scheduled', { status: 'draft', rescheduled: true }),
      live,
      future,
      [{ kind: 'cancelSchedule' }, { kind: 'queuePublish', at: future }],
    ],
    [
      'publication as scheduled',
      move('scheduled', 'published', { status: 'published' }),
      live,
      future,
      [
        { kind: 'cancelSchedule' },
        { kind: 'notify', notice: 'published', audience: 'ownerAndCredited' },
        { kind: 'webhook', event: 'publish' },
      ],
    ],
    [
      'an editor’s fix to a live post',
      move('published', 'published', { status: 'published' }),
      { draft: false, wasLive: true },
      undefined,
      [{ kind: 'webhook', event: 'update' }],
    ],
    [
      'unpublishing',
      move('published', 'unpublished', { status: 'draft' }),
      { draft: false, wasLive: true },
      undefined,
      [{ kind: 'webhook', event: 'unpublish' }],
    ],
    ['a draft saved again', move('draft', 'draft'), { draft: true, wasLive: false }, undefined, []],
  ] as const)('should follow %s', (_name, transition, mode, publishAt, effects) => {
    expect(effectsOf({ transition, mode, publishAt })).toEqual(effects)
  })

  it('should stay quiet when the caller asks', () => {
    const transition = move('approved', 'published', { status: 'published' })
    expect(
      effectsOf({ transition, mode: live, quiet: { webhooks: true, notifications: true } }),
    ).toEqual([])
  })
})

describe('availableActions', () => {
  it.each([
    ['contributor', 'draft', {}, ['submit']],
    ['contributor', 'in_review', {}, ['withdraw']],
    ['contributor', 'in_review', { pickedUp: true }, []],
    ['contributor', 'changes_requested', {}, ['submit']],
    ['contributor', 'approved', {}, []],
    ['author', 'approved', {}, ['schedule', 'publish']],
    ['author', 'scheduled', {}, ['publish']],
    ['author', 'published', {}, ['unpublish']],
    ['editor', 'in_review', {}, ['requestChanges', 'approve', 'schedule', 'publish']],
    ['editor', 'draft', { isNew: true }, ['submit', 'schedule', 'publish']],
    ['editor', 'published', {}, ['unpublish']],
    ['moderator', 'draft', {}, []],
  ] as const)('should offer a %s at %s %j: %j', (role, stage, state, actions) => {
    expect(availableActions(actor(role), stage, state)).toEqual(actions)
  })

  it('should offer nothing on someone else’s document to a writer', () => {
    expect(availableActions(actor('author', false), 'approved')).toEqual([])
  })
})
