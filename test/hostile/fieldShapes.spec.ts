import type { Field } from 'payload'

import { fieldShapeProblems, shapeMessages } from '../../src/lib/fieldShapes'

/** One field of every kind the project uses, and the container kinds around them. */
const fields: Field[] = [
  { name: 'title', type: 'text' },
  { name: 'tags', type: 'text', hasMany: true },
  { name: 'excerpt', type: 'textarea' },
  { name: 'email', type: 'email' },
  { name: 'count', type: 'number' },
  { name: 'sizes', type: 'number', hasMany: true },
  { name: 'featured', type: 'checkbox' },
  { name: 'publishAt', type: 'date' },
  { name: 'stage', type: 'select', options: ['draft', { label: 'Live', value: 'live' }] },
  { name: 'topics', type: 'select', hasMany: true, options: ['a', 'b'] },
  { name: 'owner', type: 'relationship', relationTo: 'users' },
  { name: 'authors', type: 'relationship', relationTo: 'authors', hasMany: true },
  { name: 'featuredImage', type: 'upload', relationTo: 'media' },
  { name: 'user', type: 'relationship', relationTo: ['users', 'authors'] },
  { name: 'content', type: 'richText' },
  { name: 'outcome', type: 'json' },
  { name: 'where', type: 'point' },
  {
    name: 'meta',
    type: 'group',
    fields: [
      { name: 'title', type: 'text' },
      { name: 'image', type: 'upload', relationTo: 'media' },
    ],
  },
  {
    name: 'items',
    type: 'array',
    fields: [
      { name: 'artwork', type: 'relationship', relationTo: 'artworks' },
      { name: 'caption', type: 'text' },
    ],
  },
  {
    name: 'layout',
    type: 'blocks',
    blocks: [{ slug: 'quote', fields: [{ name: 'quote', type: 'text' }] }],
  },
  { type: 'row', fields: [{ name: 'year', type: 'number' }] },
  {
    type: 'tabs',
    tabs: [
      { label: 'Plain', fields: [{ name: 'medium', type: 'text' }] },
      { name: 'seo', label: 'SEO', fields: [{ name: 'keywords', type: 'text' }] },
    ],
  },
  { name: 'joined', type: 'join', collection: 'posts', on: 'authors' },
]

const problemsOf = (data: unknown, auth = false) => fieldShapeProblems(data, fields, { auth })

describe('fieldShapeProblems', () => {
  it.each([
    ['null', null],
    ['an array', [{ title: 'x' }]],
    ['a string', 'title'],
    ['a number', 42],
    ['nothing', undefined],
  ])('should refuse data that is %s, as a whole', (_kind, data) => {
    expect(problemsOf(data)).toEqual([{ path: '', message: shapeMessages.data }])
  })

  // Everything Payload itself accepts, as the admin, REST clients, GraphQL and scripts send it.
  it.each<[string, Record<string, unknown>]>([
    ['an empty update', {}],
    ['nulls for every value field', { title: null, count: null, publishAt: null, owner: null }],
    ['text', { title: 'An essay', excerpt: '', email: 'a@example.com', tags: ['x', 'y'] }],
    ['numbers, also as form strings', { count: 3, sizes: [1, '2.5'], year: '1987' }],
    ['an emptied number', { count: '' }],
    ['checkboxes, also as form strings', { featured: true }],
    ['a checkbox from a form', { featured: 'false' }],
    ['dates as ISO strings and Date objects', { publishAt: '2026-01-31T09:00:00.000Z' }],
    ['a Date object', { publishAt: new Date('2026-01-31') }],
    ['an option and a list of options', { stage: 'live', topics: ['a', 'b'] }],
    ['IDs', { owner: 'a9d7c0de-0000-4000-8000-000000000000', featuredImage: 12 }],
    ['populated documents', { owner: { id: 'u1', email: 'x' }, authors: [{ id: 'a1' }, 'a2'] }],
    ['cleared references', { owner: '', featuredImage: 'null', authors: null }],
    ['a polymorphic reference', { user: { relationTo: 'users', value: 'u1' } }],
    ['a populated polymorphic reference', { user: { relationTo: 'authors', value: { id: 'a' } } }],
    ['rich text', { content: { root: { type: 'root', children: [] } } }],
    ['rich text as a JSON string', { content: '{"root":{"children":[]}}' }],
    ['anything in a json field', { outcome: [1, { a: null }, 'x'] }],
    ['a point', { where: [-6.2, '53.3'] }],
    ['a group', { meta: { title: 'SEO', image: 'm1' } }],
    ['array rows, and an empty row Payload drops', { items: [{ artwork: 'w1' }, null] }],
    ['an emptied array', { items: null }],
    ['blocks', { layout: [{ blockType: 'quote', quote: 'Words.' }] }],
    ['fields inside rows and tabs', { year: 1990, medium: 'egg tempera', seo: { keywords: 'x' } }],
    ['a join field the admin sends back', { joined: { docs: [], hasNextPage: false } }],
    ['a field the config does not know', { somethingElse: { any: 'thing' } }],
  ])('should accept %s', (_kind, data) => {
    expect(problemsOf(data)).toEqual([])
  })

  it.each<[string, Record<string, unknown>, string, string]>([
    ['a date as an object', { publishAt: {} }, 'publishAt', shapeMessages.date],
    ['a date that is no date', { publishAt: 'soon' }, 'publishAt', shapeMessages.date],
    ['a group as null', { meta: null }, 'meta', shapeMessages.group],
    ['a group as a string', { meta: 'x' }, 'meta', shapeMessages.group],
    ['a single reference as a list', { owner: [] }, 'owner', shapeMessages.reference('users')],
    [
      'an upload as a list',
      { featuredImage: [] },
      'featuredImage',
      shapeMessages.reference('media'),
    ],
    [
      'a reference as an object without id',
      { owner: { name: 'x' } },
      'owner',
      shapeMessages.reference('users'),
    ],
    [
      'a list of references as one ID',
      { authors: 'a1' },
      'authors',
      shapeMessages.references('authors'),
    ],
    [
      'a list with a bad item',
      { authors: ['a1', true] },
      'authors',
      shapeMessages.references('authors'),
    ],
    [
      'a polymorphic reference as an ID',
      { user: 'u1' },
      'user',
      shapeMessages.polymorphic(['users', 'authors']),
    ],
    [
      'a polymorphic reference to another collection',
      { user: { relationTo: 'posts', value: 'p' } },
      'user',
      shapeMessages.polymorphic(['users', 'authors']),
    ],
    ['an array as an object', { items: {} }, 'items', shapeMessages.list],
    ['an array row as a string', { items: ['x'] }, 'items.0', shapeMessages.row],
    [
      'a value inside an array row',
      { items: [{ caption: 'ok' }, { caption: 5 }] },
      'items.1.caption',
      shapeMessages.text,
    ],
    [
      'a value inside a group',
      { meta: { image: [] } },
      'meta.image',
      shapeMessages.reference('media'),
    ],
    [
      'an unknown block',
      { layout: [{ blockType: 'video' }] },
      'layout.0.blockType',
      shapeMessages.blockType(['quote']),
    ],
    [
      'a value inside a block',
      { layout: [{ blockType: 'quote', quote: {} }] },
      'layout.0.quote',
      shapeMessages.text,
    ],
    ['text as a number', { title: 5 }, 'title', shapeMessages.text],
    ['an email as an object', { email: { $ne: '' } }, 'email', shapeMessages.text],
    ['a list of strings with a number', { tags: ['x', 1] }, 'tags', shapeMessages.texts],
    ['a number as words', { count: 'many' }, 'count', shapeMessages.number],
    ['a number as an object', { count: {} }, 'count', shapeMessages.number],
    ['a checkbox as a number', { featured: 1 }, 'featured', shapeMessages.checkbox],
    ['an option not offered', { stage: 'gone' }, 'stage', shapeMessages.option(['draft', 'live'])],
    [
      'an option as an object',
      { stage: { value: 'live' } },
      'stage',
      shapeMessages.option(['draft', 'live']),
    ],
    ['options as one value', { topics: 'a' }, 'topics', shapeMessages.options(['a', 'b'])],
    ['rich text as plain words', { content: 'Hello' }, 'content', shapeMessages.richText],
    ['rich text as a list', { content: [] }, 'content', shapeMessages.richText],
    ['a point with one number', { where: [1] }, 'where', shapeMessages.point],
    ['a field inside a row', { year: [] }, 'year', shapeMessages.number],
    ['a named tab as a string', { seo: 'x' }, 'seo', shapeMessages.group],
    ['a field inside a named tab', { seo: { keywords: 1 } }, 'seo.keywords', shapeMessages.text],
  ])('should refuse %s, naming the field', (_kind, data, path, message) => {
    expect(problemsOf(data)).toEqual([{ path, message }])
  })

  it('should name every wrong field, up to the limit', () => {
    const data = { title: 1, count: 'x', meta: null, owner: [] }
    expect(problemsOf(data).map(({ path }) => path)).toEqual(['title', 'count', 'owner', 'meta'])
    expect(fieldShapeProblems(data, fields, { maxProblems: 2 })).toHaveLength(2)
  })

  it('should hold a password of an auth collection to text, and leave others alone', () => {
    expect(problemsOf({ password: 12345678 }, true)).toEqual([
      { path: 'password', message: shapeMessages.password },
    ])
    expect(problemsOf({ password: 'a long passphrase' }, true)).toEqual([])
    expect(problemsOf({ password: 12345678 }, false)).toEqual([])
  })

  it('should empty lists sent as null when asked, where they are, and nothing else', () => {
    const data = { items: null, meta: { title: null }, layout: 0, title: null }
    expect(fieldShapeProblems(data, fields, { emptyNullLists: true })).toEqual([])
    expect(data).toEqual({ items: [], meta: { title: null }, layout: [], title: null })
    const untouched = { items: null }
    fieldShapeProblems(untouched, fields)
    expect(untouched).toEqual({ items: null })
  })

  it('should find blocks declared once in the config by their slug', () => {
    // `blockReferences` name blocks of the config; the generated types know none here.
    const referenced = [
      { name: 'layout', type: 'blocks', blocks: [], blockReferences: ['cta'] },
    ] as unknown as Field[]
    const blocks = { cta: { slug: 'cta', fields: [{ name: 'label', type: 'text' as const }] } }
    expect(
      fieldShapeProblems({ layout: [{ blockType: 'cta', label: 'Go' }] }, referenced, { blocks }),
    ).toEqual([])
    expect(
      fieldShapeProblems({ layout: [{ blockType: 'cta', label: 1 }] }, referenced, { blocks }),
    ).toEqual([{ path: 'layout.0.label', message: shapeMessages.text }])
  })
})
