/**
 * The workflow's transition matrix, role x from-stage x to-stage, over REST and GraphQL: each
 * case starts from a fresh post in the from-stage (owned by the actor where ownership matters),
 * asks for the transition as a frontend would, and checks the answer and what was stored.
 */
import { allowedTargets, STAGES, type Stage } from '../../src/lib/workflow'
import { apiClient, type ApiClient } from '../helpers/client'
import { DEMO_PASSWORD, startSeededServer, type SeededServer } from '../helpers/seededServer'

const ROLES = ['contributor', 'author', 'editor', 'admin', 'moderator'] as const
type Role = (typeof ROLES)[number]
type Transport = 'REST' | 'GraphQL'
type Case = { role: Role; from: Stage; to: Stage; transport: Transport }

const CASES: Case[] = ROLES.flatMap((role) =>
  STAGES.flatMap((from) =>
    STAGES.filter((to) => to !== from).flatMap((to) =>
      (['REST', 'GraphQL'] as const).map((transport) => ({ role, from, to, transport })),
    ),
  ),
)

const expected = ({ role, from, to }: Case) =>
  allowedTargets({ roles: [role], isOwner: true }, from).includes(to)
const future = () => new Date(Date.now() + 24 * 3600_000).toISOString()

describe('workflow transitions, role x from-stage x to-stage, over REST and GraphQL', () => {
  let ctx: SeededServer
  let authorProfile: string
  const clients = {} as Record<Role, ApiClient>
  const userIds = {} as Record<Role, string>

  beforeAll(async () => {
    ctx = await startSeededServer('workflow-matrix')
    authorProfile = (await ctx.admin.rest('GET', '/api/authors?where[slug][equals]=douglas-m-webb'))
      .body.docs[0].id
    for (const role of ROLES) {
      clients[role] = apiClient(ctx.server.url)
      await clients[role].login(`${role}@example.com`, DEMO_PASSWORD)
      userIds[role] = (await clients[role].rest('GET', '/api/users/me')).body.user.id
    }
  })
  afterAll(() => ctx?.stop())

  /** A post in the given stage, owned by the actor, made by the admin. */
  async function postIn(stage: Stage, owner: string): Promise<string> {
    const data = {
      title: `Matrix ${stage} ${Math.random().toString(36).slice(2)}`,
      authors: [authorProfile],
      owner,
      stage,
      workflowNote: 'set up by the test',
      publishAt: stage === 'scheduled' ? future() : undefined,
    }
    const { status, body } = await ctx.admin.rest('POST', '/api/posts', data)
    if (status !== 201) throw new Error(`fixture in ${stage}: ${status} ${JSON.stringify(body)}`)
    return body.doc.id
  }

  const latest = async (id: string) =>
    (await ctx.admin.rest('GET', `/api/posts/${id}?draft=true&depth=0`)).body

  it(`should cover ${CASES.length} cases`, () => {
    expect(CASES.length).toBe(ROLES.length * STAGES.length * (STAGES.length - 1) * 2)
  })

  it.each(
    CASES.map(
      (c) =>
        [
          `${c.role} ${expected(c) ? 'may' : 'may not'} move own ${c.from} -> ${c.to} over ${c.transport}`,
          c,
        ] as const,
    ),
  )('%s', async (_name, c) => {
    const id = await postIn(c.from, userIds[c.role])
    const data = {
      stage: c.to,
      workflowNote: 'Please tighten the second section.',
      publishAt: future(),
    }
    let status: number
    let message: string | undefined
    if (c.transport === 'REST') {
      const res = await clients[c.role].rest('PATCH', `/api/posts/${id}`, data)
      status = res.status
      message = res.body.errors?.[0]?.message
    } else {
      const res = await clients[c.role].graphql(
        'mutation($id: String!, $data: mutationPostUpdateInput!) { updatePost(id: $id, data: $data) { id stage } }',
        { id, data },
      )
      status = res.body.errors ? res.body.errors[0].extensions?.statusCode : 200
      message = res.body.errors?.[0]?.message
    }
    const after = await latest(id)
    if (expected(c)) {
      expect({ status, message }).toEqual({ status: 200, message: undefined })
      expect(after.stage).toBe(c.to)
      expect(after.history.at(-1)).toMatchObject({
        from: c.from === 'published' && c.to !== 'unpublished' ? 'published' : c.from,
        to: c.to,
      })
      // The live document's status agrees with its stage.
      const live = (await ctx.admin.rest('GET', `/api/posts/${id}?depth=0`)).body
      if (c.to === 'published') expect(live._status).toBe('published')
      if (c.to === 'unpublished') expect(live._status).toBe('draft')
      if (c.from === 'published' && c.to !== 'unpublished') expect(live._status).toBe('published')
    } else {
      expect(status).toBe(403)
      if (c.role !== 'moderator') {
        const allowed = allowedTargets({ roles: [c.role], isOwner: true }, c.from)
        expect(message).toContain(`may not move this from`)
        for (const stage of allowed) expect(message).toContain(stage)
      }
      expect(after.stage).toBe(c.from)
    }
  })
})
