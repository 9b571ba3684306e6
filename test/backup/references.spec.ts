/**
 * The pieces of an ID remap that need no database: finding references by the schema in every
 * kind of container, finding IDs in text, and choosing and making IDs for the target.
 */
import type { Block, Field, Payload } from 'payload'

import { chooseIdMode, IdMap, newId } from '../../src/lib/backup/ids'
import { BackupRefusal } from '../../src/lib/backup/messages'
import { rewriteFields, type Reference } from '../../src/lib/backup/references'
import { rewriteIdsInText } from '../../src/lib/backup/textIds'

const shared: Block = {
  slug: 'shared',
  fields: [{ name: 'target', type: 'relationship', relationTo: 'posts' }],
}
const card: Block = {
  slug: 'card',
  fields: [{ name: 'link', type: 'relationship', relationTo: ['posts'] }],
}
const payload = {
  collections: { posts: {}, media: {}, users: {} },
  config: { blocks: [shared] },
} as unknown as Payload

const relation = (name: string, relationTo: string | string[], hasMany = false) =>
  ({ name, type: 'relationship', relationTo, hasMany }) as Field

/**
 * A stand-in for Lexical's sanitized editor config: link nodes expose their `doc` field, block
 * nodes the card block's fields, as the link and blocks features do.
 */
const nodeFields = ({ node }: { node: { fields: unknown } }) => node.fields
const editor = {
  editorConfig: {
    features: {
      getSubFields: new Map([
        ['link', () => [relation('doc', ['posts'])]],
        ['block', () => card.fields],
      ]),
      getSubFieldsData: new Map([
        ['link', nodeFields],
        ['block', nodeFields],
      ]),
    },
  },
}

const FIELDS: Field[] = [
  relation('author', 'users'),
  relation('related', 'posts', true),
  relation('either', ['posts', 'media']),
  relation('eitherMany', ['posts', 'media'], true),
  { name: 'image', type: 'upload', relationTo: 'media' },
  { name: 'title', type: 'text' },
  { type: 'row', fields: [relation('inRow', 'posts')] },
  { type: 'collapsible', label: 'More', fields: [relation('inCollapsible', 'posts')] },
  {
    type: 'tabs',
    tabs: [
      { label: 'Unnamed', fields: [relation('inTab', 'posts')] },
      {
        name: 'seo',
        label: 'SEO',
        fields: [{ name: 'image', type: 'upload', relationTo: 'media' }],
      },
    ],
  },
  {
    name: 'group',
    type: 'group',
    fields: [
      relation('inGroup', 'posts'),
      { name: 'rows', type: 'array', fields: [relation('inArray', 'posts')] },
    ],
  },
  { name: 'layout', type: 'blocks', blocks: [card] },
  // Blocks defined once in the config and referenced by slug.
  { name: 'referenced', type: 'blocks', blocks: [], blockReferences: ['shared' as never] },
  { name: 'data', type: 'json' },
  { name: 'body', type: 'richText', editor: editor as never },
]

function doc() {
  return {
    author: 'u1',
    related: ['p1', 'p2'],
    either: { relationTo: 'media', value: 'm1' },
    eitherMany: [
      { relationTo: 'posts', value: 'p1' },
      { relationTo: 'media', value: 'm2' },
    ],
    image: 'm1',
    title: 'p1 stays a title',
    inRow: 'p1',
    inCollapsible: 'p2',
    inTab: 'p1',
    seo: { image: 'm2' },
    group: {
      inGroup: 'p2',
      rows: [
        { id: 'row-1', inArray: 'p1' },
        { id: 'row-2', inArray: 'p2' },
      ],
    },
    layout: [{ id: 'b1', blockType: 'card', link: { relationTo: 'posts', value: 'p2' } }],
    referenced: [{ id: 'b2', blockType: 'shared', target: 'p1' }],
    data: {
      doc: { relationTo: 'posts', value: 'p1' },
      note: 'p1',
      list: [{ relationTo: 'users', value: 'u1' }],
    },
    body: {
      root: {
        type: 'root',
        children: [
          { type: 'upload', relationTo: 'media', value: 'm1', fields: null },
          { type: 'relationship', relationTo: 'posts', value: 'p2' },
          {
            type: 'paragraph',
            children: [
              {
                type: 'link',
                fields: { linkType: 'internal', doc: { relationTo: 'posts', value: 'p1' } },
                children: [],
              },
            ],
          },
          {
            type: 'block',
            fields: { blockType: 'card', link: { relationTo: 'posts', value: 'p1' } },
          },
        ],
      },
    },
  }
}

describe('finding references by the schema', () => {
  const rewrite = (seen: Reference[]) => (reference: Reference) => {
    seen.push(reference)
    return reference.id === 'gone' ? null : `new-${reference.id}`
  }

  it('should rewrite every relationship and upload in rows, tabs, groups, arrays, blocks, JSON and rich text', () => {
    const data = doc()
    rewriteFields(FIELDS, data, '', { payload, rewrite: rewrite([]) })
    expect(data).toEqual({
      author: 'new-u1',
      related: ['new-p1', 'new-p2'],
      either: { relationTo: 'media', value: 'new-m1' },
      eitherMany: [
        { relationTo: 'posts', value: 'new-p1' },
        { relationTo: 'media', value: 'new-m2' },
      ],
      image: 'new-m1',
      title: 'p1 stays a title',
      inRow: 'new-p1',
      inCollapsible: 'new-p2',
      inTab: 'new-p1',
      seo: { image: 'new-m2' },
      group: {
        inGroup: 'new-p2',
        rows: [
          { id: 'row-1', inArray: 'new-p1' },
          { id: 'row-2', inArray: 'new-p2' },
        ],
      },
      layout: [{ id: 'b1', blockType: 'card', link: { relationTo: 'posts', value: 'new-p2' } }],
      referenced: [{ id: 'b2', blockType: 'shared', target: 'new-p1' }],
      data: {
        doc: { relationTo: 'posts', value: 'new-p1' },
        note: 'p1',
        list: [{ relationTo: 'users', value: 'new-u1' }],
      },
      body: {
        root: {
          type: 'root',
          children: [
            { type: 'upload', relationTo: 'media', value: 'new-m1', fields: null },
            { type: 'relationship', relationTo: 'posts', value: 'new-p2' },
            {
              type: 'paragraph',
              children: [
                {
                  type: 'link',
                  fields: { linkType: 'internal', doc: { relationTo: 'posts', value: 'new-p1' } },
                  children: [],
                },
              ],
            },
            {
              type: 'block',
              fields: { blockType: 'card', link: { relationTo: 'posts', value: 'new-p1' } },
            },
          ],
        },
      },
    })
  })

  it('should say where each reference is and whether the database enforces it', () => {
    const seen: Reference[] = []
    rewriteFields(FIELDS, doc(), '', { payload, rewrite: rewrite(seen) })
    const where = Object.fromEntries(seen.map((ref) => [ref.path, ref.enforced]))
    expect(where).toMatchObject({
      'group.rows.inArray': true,
      'layout.card.link': true,
      'seo.image': true,
      'data.doc': false,
      'body>upload': false,
      // Inside rich text nothing is a foreign key, so nothing there is ever dropped.
      'body>link.doc': false,
      'body>block.link': false,
    })
    expect(seen).toHaveLength(22)
  })

  it('should drop references the rewrite refuses, from single and many-valued fields', () => {
    const data = {
      author: 'gone',
      related: ['p1', 'gone', 'p2'],
      eitherMany: [{ relationTo: 'posts', value: 'gone' }],
    }
    rewriteFields(FIELDS, data, '', { payload, rewrite: rewrite([]) })
    expect(data).toEqual({ author: null, related: ['new-p1', 'new-p2'], eitherMany: [] })
  })
})

describe('IDs in text', () => {
  const uuid = '3f1c2a7e-9b4d-4c1e-8a2f-0d5e6b7c8a9b'
  const objectId = '65a1b2c3d4e5f60718293a4b'
  const map: Record<string, string> = { [uuid]: 'NEW-UUID', [objectId]: 'NEW-OID' }

  it('should replace known IDs inside any string and report where', () => {
    const hits: string[] = []
    const value = {
      key: `collection-posts-${uuid}`,
      event: { id: objectId, other: 'x' },
      list: [`${objectId}`],
      unknown: '0d5e6b7c-0000-4c1e-8a2f-0d5e6b7c8a9b',
    }
    rewriteIdsInText(
      value,
      (id) => map[id],
      (path) => hits.push(path),
    )
    expect(value).toEqual({
      key: 'collection-posts-NEW-UUID',
      event: { id: 'NEW-OID', other: 'x' },
      list: ['NEW-OID'],
      unknown: '0d5e6b7c-0000-4c1e-8a2f-0d5e6b7c8a9b',
    })
    expect(hits).toEqual(['key', 'event.id', 'list'])
  })

  it('should not see an ObjectId inside a longer hex string such as a password hash', () => {
    const hash = `aa${objectId}bb`
    expect(
      rewriteIdsInText(
        hash,
        (id) => map[id],
        () => undefined,
      ),
    ).toBe(hash)
  })
})

describe('choosing IDs for the target', () => {
  const uuids = ['3f1c2a7e-9b4d-4c1e-8a2f-0d5e6b7c8a9b']
  const objectIds = ['65a1b2c3d4e5f60718293a4b']

  it('should keep IDs the target can store and remap the rest', () => {
    expect(chooseIdMode({ adapter: 'sqlite', idType: 'text' }, uuids, false).mode).toBe('keep')
    expect(chooseIdMode({ adapter: 'sqlite', idType: 'text' }, objectIds, false).mode).toBe('keep')
    expect(chooseIdMode({ adapter: 'postgres', idType: 'text' }, uuids, false).mode).toBe('keep')
    expect(chooseIdMode({ adapter: 'postgres', idType: 'text' }, objectIds, false)).toEqual({
      mode: 'new',
      reason: "Postgres needs UUIDs and the backup's IDs are not",
    })
    expect(chooseIdMode({ adapter: 'mongoose', idType: 'text' }, objectIds, false).mode).toBe(
      'keep',
    )
    expect(chooseIdMode({ adapter: 'mongoose', idType: 'text' }, uuids, false)).toEqual({
      mode: 'new',
      reason: "MongoDB needs ObjectIds and the backup's IDs are not",
    })
    expect(chooseIdMode({ adapter: 'sqlite', idType: 'text' }, uuids, true).mode).toBe('new')
    expect(() => chooseIdMode({ adapter: 'sqlite', idType: 'number' }, uuids, false)).toThrow(
      BackupRefusal,
    )
  })

  it('should make ObjectIds that start with the creation time, and UUIDs elsewhere', () => {
    const id = newId({ adapter: 'mongoose', idType: 'text' }, '2024-03-01T12:00:00.000Z')
    expect(id).toMatch(/^[0-9a-f]{24}$/)
    expect(parseInt(id.slice(0, 8), 16)).toBe(Date.parse('2024-03-01T12:00:00.000Z') / 1000)
    expect(newId({ adapter: 'sqlite', idType: 'text' }, undefined)).toMatch(/^[0-9a-f-]{36}$/)
  })

  it('should map IDs per collection and in text only when unambiguous', () => {
    const ids = new IdMap()
    ids.set('posts', 'a', 'A')
    ids.set('tags', 'b', 'B')
    ids.set('users', 'b', 'B2')
    expect(ids.get('posts', 'a')).toBe('A')
    expect(ids.get('users', 'b')).toBe('B2')
    expect(ids.inText('a')).toBe('A')
    expect(ids.inText('b')).toBeUndefined()
  })
})
