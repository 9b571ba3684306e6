/**
 * The permission table, cell by cell: every actor (and the public) through every collection and
 * operation, over REST and GraphQL, expecting exactly what access/permissions.ts says. Each write
 * is checked against what the database holds afterwards, re-read as an admin.
 */
import {
  ACTORS,
  PERMISSIONS,
  type Actor,
  type Governed,
  type Scope,
} from '../../access/permissions'
import { allowedTargets } from '../../src/lib/workflow'
import { apiClient, type ApiClient } from '../helpers/client'
import { DEMO_PASSWORD, startSeededServer, type SeededServer } from '../helpers/seededServer'
import sharp from 'sharp'

import { uploadFile } from '../helpers/upload'
import { CHANGE, makeFixture, newData, type Refs } from './fixtures'
import { WORKFLOW_SLUGS } from '../../src/plugins/workflow/collections'

type Collection = Exclude<
  Governed,
  | 'site-settings'
  | 'webhook-deliveries'
  | 'comments'
  | 'comment-policies'
  | 'reader-questions'
  | 'search'
>
type Target = { own: boolean; published: boolean }
type Operation = 'read' | 'update' | 'delete' | 'publish' | 'create' | 'create published'
type Transport = 'REST' | 'GraphQL'
type Case = {
  actor: Actor
  collection: Collection
  operation: Operation
  target?: Target
  transport: Transport
}

const COLLECTIONS: Collection[] = [
  'posts',
  'authors',
  'categories',
  'tags',
  'media',
  'artworks',
  'galleries',
  'users',
]
const DRAFTS = new Set<Collection>(WORKFLOW_SLUGS)
const OWNED = new Set<Collection>(['posts', 'artworks', 'galleries', 'media', 'authors', 'users'])
const TYPE: Record<Collection, string> = {
  posts: 'Post',
  authors: 'Author',
  categories: 'Category',
  tags: 'Tag',
  media: 'Media',
  artworks: 'Artwork',
  galleries: 'Gallery',
  users: 'User',
}
const TITLE_FIELD: Record<Collection, string> = {
  posts: 'title',
  authors: 'name',
  categories: 'title',
  tags: 'title',
  media: 'alt',
  artworks: 'title',
  galleries: 'title',
  users: 'email',
}

function allows(scopes: readonly Scope[] | undefined, target: Target): boolean {
  return (scopes ?? []).some(
    (scope) =>
      scope === 'all' ||
      (scope === 'published' && target.published) ||
      (scope === 'own' && target.own) ||
      (scope === 'ownUnpublished' && target.own && !target.published),
  )
}

/** What the table says about one case. */
function expected({ actor, collection, operation, target }: Case): boolean {
  const cell = PERMISSIONS[collection][actor]
  const some = (scopes?: readonly Scope[]) => (scopes ?? []).length > 0
  switch (operation) {
    case 'read':
    case 'update':
    case 'delete':
      return allows(cell[operation], target!)
    case 'publish':
      return allows(cell.update, target!) && allows(cell.publish, target!)
    case 'create':
      return some(cell.create)
    case 'create published':
      // The workflow adds its own rule: only those who may skip review publish a new document.
      return some(cell.create) && some(cell.publish) && mayPublishUnreviewed(actor)
  }
}

/** Whether the workflow lets this role take its own new draft straight to published. */
const mayPublishUnreviewed = (actor: Actor) =>
  actor !== 'public' &&
  allowedTargets({ roles: [actor], isOwner: true }, 'draft').includes('published')

/** Writers edit a live document through a draft of the change (the editorial workflow). */
const editsThroughDraft = (c: Case) =>
  DRAFTS.has(c.collection) && Boolean(c.target?.published) && !['editor', 'admin'].includes(c.actor)

function buildCases(): Case[] {
  const cases: Case[] = []
  for (const collection of COLLECTIONS) {
    for (const actor of ACTORS) {
      const owns = [false, ...(OWNED.has(collection) && actor !== 'public' ? [true] : [])]
      const states = DRAFTS.has(collection) ? [true, false] : [true]
      const targets = owns.flatMap((own) => states.map((published) => ({ own, published })))
      const operations: [Operation, Target | undefined][] = [
        ...targets.flatMap((target) =>
          (['read', 'update', 'delete'] as const).map((op): [Operation, Target] => [op, target]),
        ),
        ...(DRAFTS.has(collection)
          ? targets.filter((t) => !t.published).map((t): [Operation, Target] => ['publish', t])
          : []),
        ['create', undefined],
        ...(DRAFTS.has(collection)
          ? [['create published', undefined] as [Operation, undefined]]
          : []),
      ]
      for (const [operation, target] of operations) {
        // Deleting your own login is not a table cell (the last-admin rule has its own test).
        if (collection === 'users' && operation === 'delete' && target?.own) continue
        for (const transport of ['REST', 'GraphQL'] as const) {
          // Files are uploaded over REST; GraphQL has no upload.
          if (collection === 'media' && operation === 'create' && transport === 'GraphQL') continue
          cases.push({ actor, collection, operation, target, transport })
        }
      }
    }
  }
  return cases
}

const CASES = buildCases()
const label = (c: Case) =>
  `${c.actor} ${expected(c) ? 'may' : 'may not'} ${c.operation} ${
    c.target
      ? `${c.target.own ? 'own' : "someone else's"}${DRAFTS.has(c.collection) ? (c.target.published ? ' published' : ' draft') : ''} `
      : ''
  }${c.collection} over ${c.transport}`

describe('the permission table, enforced over REST and GraphQL', () => {
  let ctx: SeededServer
  let refs: Refs
  const clients = {} as Record<Actor, ApiClient>
  const userIds = {} as Record<Actor, string>
  let someoneElse: string

  beforeAll(async () => {
    ctx = await startSeededServer('matrix')
    const { admin } = ctx
    const first = async (path: string) => (await admin.rest('GET', path)).body.docs[0].id as string
    refs = {
      douglas: await first('/api/authors?where[slug][equals]=douglas-m-webb'),
      judi: await first('/api/authors?where[slug][equals]=judi-webb'),
      image: await first('/api/media?limit=1'),
      artwork: await first('/api/artworks?where[slug][equals]=madonna-and-child'),
      baseUrl: ctx.server.url,
    }
    for (const actor of ACTORS) {
      clients[actor] = apiClient(ctx.server.url)
      if (actor === 'public') continue
      await clients[actor].login(`${actor}@example.com`, DEMO_PASSWORD)
      userIds[actor] = (await clients[actor].rest('GET', '/api/users/me')).body.user.id
    }
    someoneElse = (await makeFixture(admin, 'users', refs, {})).id
  })
  afterAll(() => ctx?.stop())

  it(`should cover ${CASES.length} cases`, () => {
    expect(CASES.length).toBeGreaterThan(500)
  })

  const readBack = async (collection: Collection, id: string) =>
    ctx.admin.rest('GET', `/api/${collection}/${id}?depth=0`)

  it.each(CASES.map((c) => [label(c), c] as const))('%s', async (_name, c) => {
    const client = clients[c.actor]
    const allowed = expected(c)
    const { collection, transport } = c
    const type = TYPE[collection]
    const noScope =
      (
        PERMISSIONS[collection][c.actor][
          c.operation === 'create published'
            ? 'create'
            : c.operation === 'publish'
              ? 'update'
              : c.operation
        ] ?? []
      ).length === 0
    const deniedStatus = c.actor === 'public' ? 401 : 403

    const checkDenied = (status: number, body: any) => {
      if (transport === 'REST') {
        const hidden = c.operation === 'read' && !noScope
        expect(status).toBe(hidden ? 404 : deniedStatus)
        if (!hidden)
          expect(body.errors[0].message).toMatch(c.actor === 'public' ? /^Sign in/ : /may not/)
      } else {
        const code = body.errors?.[0]?.extensions?.statusCode
        if (c.operation === 'read') expect(body.data?.[type] ?? null).toBeNull()
        else expect([deniedStatus, 404]).toContain(code)
      }
    }

    if (c.operation === 'create' || c.operation === 'create published') {
      const data =
        collection === 'media'
          ? { alt: `matrix upload ${Date.now()} ${Math.random()}` }
          : newData(collection, refs)
      if (c.operation === 'create published') data._status = 'published'
      const field = TITLE_FIELD[collection]
      let status: number
      let body: any
      if (collection === 'media') {
        const png = await sharp({
          create: { width: 8, height: 8, channels: 3, background: '#444' },
        })
          .png()
          .toBuffer()
        ;({ status, body } = await uploadFile(
          ctx.server.url,
          client.token(),
          { name: 'matrix.png', type: 'image/png', data: png },
          data,
        ))
      } else if (transport === 'REST')
        ({ status, body } = await client.rest('POST', `/api/${collection}`, data))
      else {
        ;({ status, body } = await client.graphql(
          `mutation($data: mutation${type}Input!) { create${type}(data: $data) { id } }`,
          { data },
        ))
      }
      const stored = await ctx.admin.rest(
        'GET',
        `/api/${collection}?where[${field}][equals]=${encodeURIComponent(String(data[field]))}&depth=0`,
      )
      if (allowed) {
        if (transport === 'REST') expect(status).toBe(201)
        else expect(body.errors).toBeUndefined()
        expect(stored.body.totalDocs).toBe(1)
        if (c.operation === 'create published')
          expect(stored.body.docs[0]._status).toBe('published')
      } else {
        checkDenied(status, body)
        expect(stored.body.totalDocs).toBe(0)
      }
      return
    }

    const target = c.target!
    const id =
      collection === 'users' && target.own
        ? userIds[c.actor]
        : (
            await makeFixture(ctx.admin, collection, refs, {
              ownerId: target.own
                ? userIds[c.actor]
                : collection === 'authors'
                  ? undefined
                  : someoneElse,
              published: DRAFTS.has(collection) ? target.published : undefined,
              // Publishing is the step after approval in the workflow.
              stage: c.operation === 'publish' ? 'approved' : undefined,
            })
          ).id
    const before = (await readBack(collection, id)).body

    if (c.operation === 'read') {
      if (transport === 'REST') {
        const { status, body } = await client.rest('GET', `/api/${collection}/${id}`)
        if (allowed) expect(status).toBe(200)
        else checkDenied(status, body)
      } else {
        const { body } = await client.graphql(`query($id: String!) { ${type}(id: $id) { id } }`, {
          id,
        })
        if (allowed) expect(body.data[type]).toEqual({ id })
        else checkDenied(200, body)
      }
      return
    }

    if (c.operation === 'update' || c.operation === 'publish') {
      const field = CHANGE[collection].field
      const data: Record<string, unknown> =
        c.operation === 'publish' ? { _status: 'published' } : { [field]: `changed ${Date.now()}` }
      let status: number
      let body: any
      if (transport === 'REST')
        ({ status, body } = await client.rest('PATCH', `/api/${collection}/${id}`, data))
      else {
        ;({ status, body } = await client.graphql(
          `mutation($id: String!, $data: mutation${type}UpdateInput!) { update${type}(id: $id, data: $data) { id } }`,
          { id, data },
        ))
      }
      const after = (await readBack(collection, id)).body
      if (allowed) {
        if (transport === 'REST') expect(status).toBe(200)
        else expect(body.errors).toBeUndefined()
        if (c.operation === 'publish') expect(after._status).toBe('published')
        else if (editsThroughDraft(c)) {
          // Readers still see the reviewed text; the change waits as a draft.
          expect(after[field]).toBe(before[field])
          const draft = (await ctx.admin.rest('GET', `/api/${collection}/${id}?depth=0&draft=true`))
            .body
          expect(draft[field]).toBe(data[field])
          expect(draft.stage).toBe('draft')
        } else expect(after[field]).toBe(data[field])
      } else {
        checkDenied(status, body)
        // Nothing changed: the stored document is what it was.
        expect(after).toEqual(before)
      }
      return
    }

    // delete
    let status: number
    let body: any
    if (transport === 'REST')
      ({ status, body } = await client.rest('DELETE', `/api/${collection}/${id}`))
    else
      ({ status, body } = await client.graphql(
        `mutation($id: String!) { delete${type}(id: $id) { id } }`,
        { id },
      ))
    const after = await readBack(collection, id)
    if (allowed) {
      if (transport === 'REST') expect(status).toBe(200)
      else expect(body.errors).toBeUndefined()
      expect(after.status).toBe(404)
    } else {
      checkDenied(status, body)
      expect(after.status).toBe(200)
    }
  })
})
