/**
 * Draft preview as a frontend meets it: a signed, expiring token opens one draft over REST and
 * GraphQL, and nothing else.
 */
import { PREVIEW_TOKEN_HEADER } from '../../src/lib/previewToken'
import { apiClient, type ApiClient } from '../helpers/client'
import { DEMO_PASSWORD, startSeededServer, type SeededServer } from '../helpers/seededServer'

describe('draft preview tokens', () => {
  let ctx: SeededServer
  let editor: ApiClient
  let draftId: string
  let otherDraftId: string
  let token: string

  beforeAll(async () => {
    ctx = await startSeededServer('workflow-preview', { FRONTEND_URL: 'https://reader.example' })
    editor = apiClient(ctx.server.url)
    await editor.login('editor@example.com', DEMO_PASSWORD)
    const douglas = (await ctx.admin.rest('GET', '/api/authors?where[slug][equals]=douglas-m-webb'))
      .body.docs[0].id
    const make = async (title: string) =>
      (await editor.rest('POST', '/api/posts?draft=true', { title, authors: [douglas] })).body.doc
        .id as string
    draftId = await make('Unfinished Thoughts on Tempera')
    otherDraftId = await make('A Draft Nobody Should See')
    const minted = await editor.rest('POST', `/api/posts/${draftId}/preview`, { ttlSeconds: 600 })
    expect(minted.status).toBe(200)
    token = minted.body.token
    expect(minted.body.url).toBe(
      `https://reader.example/preview/posts/${draftId}?token=${encodeURIComponent(token)}`,
    )
    expect(new Date(minted.body.expiresAt).getTime()).toBeGreaterThan(Date.now() + 590_000)
  })
  afterAll(() => ctx?.stop())

  const withToken = (value: string) => ({ [PREVIEW_TOKEN_HEADER]: value })

  it('should hide the draft from a frontend without a token', async () => {
    expect((await ctx.anonymous.rest('GET', `/api/posts/${draftId}?draft=true`)).status).toBe(404)
  })

  it('should open that one draft over REST with the token (header or query)', async () => {
    const viaHeader = await ctx.anonymous.rest(
      'GET',
      `/api/posts/${draftId}?draft=true`,
      undefined,
      withToken(token),
    )
    expect(viaHeader.status).toBe(200)
    expect(viaHeader.body.title).toBe('Unfinished Thoughts on Tempera')
    const viaQuery = await ctx.anonymous.rest(
      'GET',
      `/api/posts/${draftId}?draft=true&preview=${encodeURIComponent(token)}`,
    )
    expect(viaQuery.body.title).toBe('Unfinished Thoughts on Tempera')
    // Staff-only fields stay hidden from a previewing frontend.
    expect(viaHeader.body.history).toBeUndefined()
    expect(viaHeader.body.owner).toBeUndefined()
  })

  it('should open that one draft over GraphQL with the token', async () => {
    const query = 'query($id: String!) { Post(id: $id, draft: true) { title stage } }'
    const open = await ctx.anonymous.graphql(query, { id: draftId }, withToken(token))
    expect(open.body.data.Post).toEqual({ title: 'Unfinished Thoughts on Tempera', stage: 'draft' })
    const closed = await ctx.anonymous.graphql(query, { id: draftId })
    expect(closed.body.data?.Post ?? null).toBeNull()
  })

  it('should not open any other draft, nor list drafts', async () => {
    expect(
      (
        await ctx.anonymous.rest(
          'GET',
          `/api/posts/${otherDraftId}?draft=true`,
          undefined,
          withToken(token),
        )
      ).status,
    ).toBe(404)
    const list = await ctx.anonymous.rest(
      'GET',
      '/api/posts?draft=true&limit=100&depth=0',
      undefined,
      withToken(token),
    )
    const ids = list.body.docs.map((doc: { id: string }) => doc.id)
    expect(ids).toContain(draftId)
    expect(ids).not.toContain(otherDraftId)
    expect(
      list.body.docs.filter((doc: { _status: string }) => doc._status !== 'published'),
    ).toHaveLength(1)
  })

  it('should refuse tampered, foreign and expired tokens', async () => {
    const tampered = `${token.slice(0, -2)}xx`
    expect(
      (
        await ctx.anonymous.rest(
          'GET',
          `/api/posts/${draftId}?draft=true`,
          undefined,
          withToken(tampered),
        )
      ).status,
    ).toBe(404)
    const other = (await editor.rest('POST', `/api/posts/${otherDraftId}/preview`, {})).body.token
    expect(
      (
        await ctx.anonymous.rest(
          'GET',
          `/api/posts/${draftId}?draft=true`,
          undefined,
          withToken(other),
        )
      ).status,
    ).toBe(404)
    // Whatever the machine's speed, a one-second token is dead two seconds later (the exact
    // boundary is unit-tested in previewToken.spec.ts).
    const short = (await editor.rest('POST', `/api/posts/${draftId}/preview`, { ttlSeconds: 1 }))
      .body.token
    await new Promise((resolve) => setTimeout(resolve, 2100))
    expect(
      (
        await ctx.anonymous.rest(
          'GET',
          `/api/posts/${draftId}?draft=true`,
          undefined,
          withToken(short),
        )
      ).status,
    ).toBe(404)
  })

  it('should mint tokens only for signed-in staff who may read the draft, with a sane lifetime', async () => {
    expect((await ctx.anonymous.rest('POST', `/api/posts/${draftId}/preview`, {})).status).toBe(401)
    const contributor = apiClient(ctx.server.url)
    await contributor.login('contributor@example.com', DEMO_PASSWORD)
    expect((await contributor.rest('POST', `/api/posts/${draftId}/preview`, {})).status).toBe(404)
    const tooLong = await editor.rest('POST', `/api/posts/${draftId}/preview`, {
      ttlSeconds: 10 ** 7,
    })
    expect(tooLong.status).toBe(400)
    expect(tooLong.body.errors[0].message).toMatch(/^ttlSeconds must be/)
  })
})
