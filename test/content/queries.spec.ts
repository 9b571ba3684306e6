import fs from 'node:fs'
import path from 'node:path'

import { startSeededServer, type SeededServer } from '../helpers/seededServer'

const query = (name: string) =>
  fs.readFileSync(path.join('docs', 'queries', `${name}.graphql`), 'utf8')

type LexicalNode = { type: string; children?: LexicalNode[]; [key: string]: unknown }
const nodes = (root: LexicalNode): LexicalNode[] => [root, ...(root.children ?? []).flatMap(nodes)]

describe('the example page queries in docs/queries, against the demo site', () => {
  let ctx: SeededServer

  beforeAll(async () => {
    ctx = await startSeededServer('queries')
  })
  afterAll(() => ctx?.stop())

  it('should render a whole post page from one GraphQL request', async () => {
    const { status, body } = await ctx.anonymous.graphql(query('post'), {
      slug: 'why-the-ceasefire-talks-keep-failing',
    })
    expect(status).toBe(200)
    expect(body.errors).toBeUndefined()
    const post = body.data.Posts.docs[0]
    expect(post.title).toBe('Why the ceasefire talks keep failing')
    expect(post.authors).toEqual([
      expect.objectContaining({ name: 'Douglas M Webb', slug: 'douglas-m-webb', kind: 'writer' }),
    ])
    expect(post.authors[0].portrait.sizes.thumbnail).toMatchObject({ width: 300, height: 300 })
    expect(post.categories.map((c: { slug: string }) => c.slug)).toEqual([
      'world-affairs',
      'middle-east',
    ])
    expect(post.categories[1].parent.slug).toBe('world-affairs')
    expect(post.relatedPosts.map((p: { slug: string }) => p.slug)).toEqual([
      'why-a-ceasefire-resolution-may-have-cut-short-the-hostage-talks',
      'the-revival-in-the-hebrides',
    ])
    expect(post.featuredImage.sizes.og).toMatchObject({ width: 1200, height: 630 })
    expect(post.featuredImage.sizes.og.url).toMatch(
      /\/api\/media\/file\/madonna-and-child-1200x630\.png$/,
    )
    expect(post.readingTime).toBeGreaterThanOrEqual(1)
    expect(post.wordCount).toBeGreaterThan(300)
    expect(post.meta.title).toBe(post.title)

    const all = nodes(post.content.root)
    const headings = all.filter((n) => n.type === 'heading').map((n) => n.tag)
    expect(headings).toEqual(expect.arrayContaining(['h2', 'h3']))
    const pullQuotes = all.filter(
      (n) => n.type === 'block' && (n.fields as any).blockType === 'pullQuote',
    )
    expect(pullQuotes.map((n) => (n.fields as any).speaker)).toEqual([
      'Jon B. Alterman',
      'Tahani Mustafa',
      'Sanam Vakil',
      'Annelle Sheline',
    ])
    expect((pullQuotes[1]!.fields as any).organisation).toBe('International Crisis Group')

    const site = body.data.SiteSetting
    expect(site.featuredArtwork.artwork).toMatchObject({
      title: 'Madonna and Child',
      subject: 'Madonna and Child',
    })
    expect(site.aboutAuthor.name).toBe('Douglas M Webb')
  })

  it('should frame a reader question and populate links and images inside the content', async () => {
    const { body } = await ctx.anonymous.graphql(query('post'), {
      slug: 'why-a-ceasefire-resolution-may-have-cut-short-the-hostage-talks',
    })
    const all = nodes(body.data.Posts.docs[0].content.root)
    const question = all.find((n) => n.type === 'block')!.fields as any
    expect(question).toMatchObject({
      blockType: 'readerQuestion',
      askedBy: 'Margaret',
      location: 'Oklahoma',
    })
    expect(question.question).toMatch(/Security Council/)

    const internal = all.find(
      (n) => n.type === 'link' && (n.fields as any).linkType === 'internal',
    )!
    expect((internal.fields as any).doc.value).toMatchObject({
      slug: 'the-revival-in-the-hebrides',
    })
    const image = all.find((n) => n.type === 'upload')!
    expect(image.value).toMatchObject({
      filename: 'madonna-and-child.png',
      alt: expect.stringMatching(/Virgin Mary/),
    })
  })

  it("should render an author's page with their posts and artworks (join fields)", async () => {
    const writer = await ctx.anonymous.graphql(query('author'), { slug: 'douglas-m-webb' })
    expect(writer.body.errors).toBeUndefined()
    const doug = writer.body.data.Authors.docs[0]
    expect(doug.posts.totalDocs).toBe(3)
    expect(doug.posts.docs[0].slug).toBe('why-the-ceasefire-talks-keep-failing')
    expect(doug.bio.root.children.length).toBeGreaterThan(1)

    const artist = await ctx.anonymous.graphql(query('author'), { slug: 'judi-webb' })
    const judi = artist.body.data.Authors.docs[0]
    expect(judi.kind).toBe('artist')
    expect(judi.artworks.docs.map((a: { slug: string }) => a.slug).sort()).toEqual([
      'christ-pantocrator',
      'madonna-and-child',
      'saint-nicholas',
    ])
  })

  it('should render the gallery in its order with captions and artwork details', async () => {
    const { body } = await ctx.anonymous.graphql(query('gallery'), { slug: 'judis-icons' })
    expect(body.errors).toBeUndefined()
    const gallery = body.data.Galleries.docs[0]
    expect(gallery.title).toBe('Judi’s Icons')
    expect(gallery.curator.slug).toBe('judi-webb')
    expect(gallery.items.map((item: any) => item.artwork.slug)).toEqual([
      'madonna-and-child',
      'christ-pantocrator',
      'saint-nicholas',
    ])
    expect(gallery.items[0].caption).toMatch(/Madonna and Child/)
    expect(gallery.items[0].artwork).toMatchObject({
      tradition: 'Byzantine icon (Hodegetria type)',
      medium: expect.stringMatching(/egg tempera/i),
      dimensions: { width: 30, height: 40, depth: 2, unit: 'cm' },
      prints: { availability: 'on_request' },
    })
  })

  it('should render the home page: latest posts, categories, sidebar artwork', async () => {
    const { body } = await ctx.anonymous.graphql(query('home'))
    expect(body.errors).toBeUndefined()
    expect(body.data.SiteSetting.siteTitle).toBe('Notes from the Narrow Road')
    expect(body.data.Posts.docs.map((p: { slug: string }) => p.slug)).toEqual([
      'why-the-ceasefire-talks-keep-failing',
      'why-a-ceasefire-resolution-may-have-cut-short-the-hostage-talks',
      'the-revival-in-the-hebrides',
    ])
    expect(body.data.Categories.docs.map((c: { slug: string }) => c.slug)).toContain('middle-east')
  })

  it('should render the admin pages an editor opens, for a signed-in editor', async () => {
    const editor = (await import('../helpers/client')).apiClient(ctx.server.url)
    const token = await editor.login('editor@example.com', 'demo-password-1')
    const { body } = await editor.rest(
      'GET',
      '/api/posts?where[slug][equals]=why-the-ceasefire-talks-keep-failing',
    )
    const { body: galleries } = await editor.rest('GET', '/api/galleries?limit=1')
    for (const page of [
      '/admin',
      '/admin/collections/posts',
      `/admin/collections/posts/${body.docs[0].id}`,
      `/admin/collections/galleries/${galleries.docs[0].id}`,
      '/admin/collections/media',
      '/admin/globals/site-settings',
    ]) {
      const response = await fetch(`${ctx.server.url}${page}`, {
        headers: { cookie: `payload-token=${token}` },
      })
      expect({ page, status: response.status }).toEqual({ page, status: 200 })
    }
  })

  // Last: it adds posts the home page test above would list.
  it("should list a post's authors and categories in the order stored, as REST does", async () => {
    const made = async (path: string, data: Record<string, unknown>) => {
      const { status, body } = await ctx.admin.rest('POST', path, data)
      expect(status).toBe(201)
      return body.doc.id as string
    }
    const [first, second] = [
      await made('/api/authors', { name: 'Order A' }),
      await made('/api/authors', { name: 'Order B' }),
    ]
    const [one, two] = [
      await made('/api/categories', { title: 'Order one' }),
      await made('/api/categories', { title: 'Order two' }),
    ]
    const later = await made('/api/posts', {
      title: 'Order probe, later',
      authors: [first, second],
      categories: [one, two],
      stage: 'published',
    })
    const earlier = await made('/api/posts', {
      title: 'Order probe, earlier',
      authors: [first],
      categories: [one],
      relatedPosts: [later],
      stage: 'published',
    })
    // The earlier post's authors and categories are loaded with its related post; when the
    // related post's own are loaded, `first` and `one` are at hand already, the others not.
    const { body } = await ctx.anonymous.graphql(
      `query ($id: String) { Posts(where: { id: { equals: $id } }) { docs {
        authors { name } categories { title }
        relatedPosts { authors { name } categories { title } } } } }`,
      { id: earlier },
    )
    expect(body.errors).toBeUndefined()
    const shown = (post: any) => ({
      authors: post.authors.map((a: { name: string }) => a.name),
      categories: post.categories.map((c: { title: string }) => c.title),
    })
    const [post] = body.data.Posts.docs
    expect(shown(post)).toEqual({ authors: ['Order A'], categories: ['Order one'] })
    const expected = { authors: ['Order A', 'Order B'], categories: ['Order one', 'Order two'] }
    expect(shown(post.relatedPosts[0])).toEqual(expected)
    const { body: rest } = await ctx.anonymous.rest('GET', `/api/posts/${later}?depth=1`)
    expect(shown(rest)).toEqual(expected)
  })

  it('should serve the generated image sizes as files', async () => {
    const response = await fetch(`${ctx.server.url}/api/media/file/madonna-and-child-1200x630.png`)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('image/png')
  })
})
