import sharp from 'sharp'

import { startSeededServer, type SeededServer } from '../helpers/seededServer'
import { uploadFile } from '../helpers/upload'

/** The field paths a 400 names, from REST's `errors[0].data.errors`. */
const restPaths = (body: any): string[] =>
  body.errors?.[0]?.data?.errors?.map((e: { path: string }) => e.path) ?? []

const png = () =>
  sharp({ create: { width: 40, height: 30, channels: 3, background: '#c9a227' } })
    .png()
    .toBuffer()

describe('content rules: bad input is a 400 naming the field, and nothing is written', () => {
  let ctx: SeededServer
  const ids: Record<string, string> = {}

  beforeAll(async () => {
    ctx = await startSeededServer('rules')
    const find = async (collection: string, slug: string) =>
      (await ctx.admin.rest('GET', `/api/${collection}?where[slug][equals]=${slug}&depth=0`)).body
        .docs[0].id as string
    ids.post = await find('posts', 'the-revival-in-the-hebrides')
    ids.madonna = await find('artworks', 'madonna-and-child')
    ids.gallery = await find('galleries', 'judis-icons')
    ids.douglas = await find('authors', 'douglas-m-webb')
  })
  afterAll(() => ctx?.stop())

  const count = async (collection: string) =>
    (await ctx.admin.rest('GET', `/api/${collection}?limit=0&draft=true`)).body.totalDocs as number

  it('should refuse a duplicate category slug over REST and GraphQL', async () => {
    const before = await count('categories')
    const rest = await ctx.admin.rest('POST', '/api/categories', { title: 'Church History' })
    expect(rest.status).toBe(400)
    expect(restPaths(rest.body)).toEqual(['slug'])

    const gql = await ctx.admin.graphql(
      'mutation { createCategory(data: { title: "Copy", slug: "church-history" }) { id } }',
    )
    expect(gql.body.errors[0].message).toMatch(/slug/i)
    expect(gql.body.errors[0].extensions.statusCode).toBe(400)
    expect(await count('categories')).toBe(before)
  })

  it('should refuse a category that would be its own ancestor', async () => {
    const find = async (slug: string) =>
      (await ctx.admin.rest('GET', `/api/categories?where[slug][equals]=${slug}`)).body.docs[0]
        .id as string
    const worldAffairs = await find('world-affairs')
    const middleEast = await find('middle-east')
    const { status, body } = await ctx.admin.rest('PATCH', `/api/categories/${worldAffairs}`, {
      parent: middleEast,
    })
    expect(status).toBe(400)
    expect(restPaths(body)).toEqual(['parent'])
    const after = await ctx.admin.rest('GET', `/api/categories/${worldAffairs}?depth=0`)
    expect(after.body.parent).toBeNull()
  })

  it('should refuse an image without alt text', async () => {
    const before = await count('media')
    const { status, body } = await uploadFile(
      ctx.server.url,
      ctx.admin.token()!,
      { name: 'no-alt.png', type: 'image/png', data: await png() },
      { caption: 'forgot the alt' },
    )
    expect(status).toBe(400)
    expect(restPaths(body)).toEqual(['alt'])
    expect(await count('media')).toBe(before)
  })

  it('should accept a real image with alt text and make every size', async () => {
    const { status, body } = await uploadFile(
      ctx.server.url,
      ctx.admin.token()!,
      { name: 'gold-leaf.png', type: 'image/png', data: await png() },
      { alt: 'A square of gold leaf' },
    )
    expect(status).toBe(201)
    expect(Object.keys(body.doc.sizes).sort()).toEqual(['card', 'feature', 'og', 'thumbnail'])
  })

  it('should refuse a text file renamed .png', async () => {
    const before = await count('media')
    const { status, body } = await uploadFile(
      ctx.server.url,
      ctx.admin.token()!,
      {
        name: 'notes.png',
        type: 'image/png',
        data: Buffer.from('just some words, not an image\n'.repeat(20)),
      },
      { alt: 'not really an image' },
    )
    expect(status).toBe(400)
    expect(JSON.stringify(body)).toMatch(/file/i)
    expect(await count('media')).toBe(before)
  })

  it('should refuse a 30 MB upload', async () => {
    const before = await count('media')
    const big = Buffer.concat([await png(), Buffer.alloc(30 * 1024 * 1024)])
    const { status, body } = await uploadFile(
      ctx.server.url,
      ctx.admin.token()!,
      { name: 'huge.png', type: 'image/png', data: big },
      { alt: 'far too big' },
    )
    expect(status).toBe(400)
    expect(JSON.stringify(body)).toMatch(/file/i)
    expect(JSON.stringify(body)).toMatch(/20 MB|too large|size/i)
    expect(await count('media')).toBe(before)
  })

  it('should refuse an artwork placed in a gallery twice, over REST and GraphQL', async () => {
    const rest = await ctx.admin.rest('PATCH', `/api/galleries/${ids.gallery}`, {
      items: [{ artwork: ids.madonna }, { artwork: ids.madonna }],
    })
    expect(rest.status).toBe(400)
    expect(restPaths(rest.body)).toEqual(['items'])

    const gql = await ctx.admin.graphql(
      `mutation($art: String!) { createGallery(data: { title: "Twice", items: [{ artwork: $art }, { artwork: $art }] }) { id } }`,
      { art: ids.madonna },
    )
    expect(gql.body.errors[0].message).toMatch(/items|Artworks/i)
    const { body } = await ctx.admin.rest('GET', `/api/galleries/${ids.gallery}?depth=0`)
    expect(body.items).toHaveLength(3)
    expect(await count('galleries')).toBe(1)
  })

  it('should refuse a post related to itself, over REST and GraphQL', async () => {
    const rest = await ctx.admin.rest('PATCH', `/api/posts/${ids.post}`, {
      relatedPosts: [ids.post],
    })
    expect(rest.status).toBe(400)
    expect(restPaths(rest.body)).toEqual(['relatedPosts'])
    expect(rest.body.errors[0].data.errors[0].message).toBe('A post cannot be related to itself.')

    const gql = await ctx.admin.graphql(
      'mutation($id: String!) { updatePost(id: $id, data: { relatedPosts: [$id] }) { id } }',
      { id: ids.post },
    )
    expect(gql.body.errors[0].message).toMatch(/relatedPosts|Related Posts/i)
    const { body } = await ctx.admin.rest('GET', `/api/posts/${ids.post}?depth=0`)
    expect(body.relatedPosts).toEqual([])
  })

  it('should refuse an unknown category ID', async () => {
    const before = await count('posts')
    const { status, body } = await ctx.admin.rest('POST', '/api/posts', {
      title: 'Unknown category',
      authors: [ids.douglas],
      categories: ['00000000-0000-4000-8000-000000000000'],
    })
    expect(status).toBe(400)
    expect(restPaths(body)).toEqual(['categories'])
    expect(await count('posts')).toBe(before)
  })

  it('should let a draft be incomplete but refuse to publish a post without an author', async () => {
    const draft = await ctx.admin.rest('POST', '/api/posts', { title: 'Nobody wrote this' })
    expect(draft.status).toBe(201)
    const { status, body } = await ctx.admin.rest('PATCH', `/api/posts/${draft.body.doc.id}`, {
      _status: 'published',
    })
    expect(status).toBe(400)
    expect(restPaths(body)).toEqual(['authors'])
    expect((await ctx.anonymous.rest('GET', `/api/posts/${draft.body.doc.id}`)).status).toBe(404)
  })

  it('should keep a gallery reordering exactly, over REST and GraphQL', async () => {
    const { body: current } = await ctx.admin.rest('GET', `/api/galleries/${ids.gallery}?depth=0`)
    const reversed = [...current.items]
      .reverse()
      .map((item: any) => ({ artwork: item.artwork, caption: item.caption }))
    const { status } = await ctx.admin.rest('PATCH', `/api/galleries/${ids.gallery}`, {
      items: reversed,
    })
    expect(status).toBe(200)

    const expected = reversed.map((item) => item.artwork)
    const rest = await ctx.anonymous.rest('GET', `/api/galleries/${ids.gallery}?depth=0`)
    expect(rest.body.items.map((item: any) => item.artwork)).toEqual(expected)
    const gql = await ctx.anonymous.graphql(
      'query($id: String!) { Gallery(id: $id) { items { artwork { id } } } }',
      {
        id: ids.gallery,
      },
    )
    expect(gql.body.data.Gallery.items.map((item: any) => item.artwork.id)).toEqual(expected)
  })

  it('should compute word count and reading time on save', async () => {
    const words = Array.from({ length: 660 }, (_, i) => `word${i}`).join(' ')
    const content = {
      root: {
        type: 'root',
        version: 1,
        direction: 'ltr',
        format: '',
        indent: 0,
        children: [
          {
            type: 'paragraph',
            version: 1,
            direction: 'ltr',
            format: '',
            indent: 0,
            textFormat: 0,
            children: [
              {
                type: 'text',
                version: 1,
                text: words,
                format: 0,
                detail: 0,
                mode: 'normal',
                style: '',
              },
            ],
          },
        ],
      },
    }
    const { status, body } = await ctx.admin.rest('POST', '/api/posts', {
      title: 'Counting words',
      authors: [ids.douglas],
      content,
      wordCount: 1,
      readingTime: 99,
    })
    expect(status).toBe(201)
    expect(body.doc).toMatchObject({ wordCount: 660, readingTime: 3 })
  })
})
