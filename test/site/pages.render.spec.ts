/**
 * The reader site's pages against the demo site on a production server: each page type shows
 * what it promises (checked as visible text), unknown slugs are 404s in the site's look, drafts
 * never appear, and the structured data parses.
 */
import { openedFormToken } from '../helpers/formToken'
import { startSeededServer, type SeededServer } from '../helpers/seededServer'
import { getPage, jsonLd, linksTo, meta } from './pageHelpers'

const ANALYSIS = 'why-the-ceasefire-talks-keep-failing'
const QUESTION = 'why-a-ceasefire-resolution-may-have-cut-short-the-hostage-talks'
const REVIVAL = 'the-revival-in-the-hebrides'

describe('the reader site’s pages', () => {
  let ctx: SeededServer
  const page = (path: string) => getPage(ctx.server.url, path)
  const postId = async (slug: string): Promise<string> =>
    (await ctx.admin.rest('GET', `/api/posts?where[slug][equals]=${slug}&depth=0`)).body.docs[0].id

  beforeAll(async () => {
    ctx = await startSeededServer('site-pages')
  })
  afterAll(() => ctx?.stop())

  it('should show the latest posts on the home page with the sidebar', async () => {
    const home = await page('/')
    expect(home.status).toBe(200)
    expect(home.pageText).toContain('Notes from the Narrow Road')
    const titles = [...home.document.querySelectorAll('.post-card h2')].map((h) => h.textContent)
    expect(titles).toEqual([
      'Why the ceasefire talks keep failing',
      'Why might a ceasefire resolution have cut short the hostage talks?',
      'The Revival in the Hebrides',
    ])
    expect(home.text).toContain('24 October 2024')
    expect(home.text).toMatch(/\d+ min read/)
    expect(home.text).toContain('A year of proposals, votes and shuttle diplomacy')
    expect(home.document.querySelector('.post-card img')?.getAttribute('alt')).toBeTruthy()
    expect(home.text).toContain('From Judi’s icons: Madonna and Child')
    expect(home.text).toContain('About the author')
    expect(linksTo(home, /^Learn more about Douglas/)).toEqual(['/authors/douglas-m-webb'])
    expect(meta(home, 'link[rel="canonical"]')).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/?$/)
  })

  it('should render a post with its headings, lists, links, pull quotes and author box', async () => {
    const post = await page(`/posts/${ANALYSIS}`)
    expect(post.status).toBe(200)
    expect(post.document.querySelector('main h1')?.textContent).toBe(
      'Why the ceasefire talks keep failing',
    )
    expect(post.text).toContain('24 October 2024')
    expect(post.text).toMatch(/\d+ min read/)
    expect(post.text).toContain('By Douglas M Webb')
    const headings = [...post.document.querySelectorAll('.post-content h2, .post-content h3')]
    expect(headings.map((h) => h.textContent)).toEqual(
      expect.arrayContaining(['Three parties, three different wars', 'Israel’s aims']),
    )
    expect(post.document.querySelectorAll('.post-content ul li')).toHaveLength(3)
    expect(post.text).toContain('It is easier to say what the Israeli government will not accept')
    expect(post.text).toContain(
      'Jon B. Alterman, Director of the Middle East Program, Center for Strategic and International Studies',
    )
    expect(post.text).toContain('Tahani Mustafa, Palestine analyst, International Crisis Group')
    expect(linksTo(post, /Crisis Group’s regional coverage/)).toEqual([
      'https://www.crisisgroup.org/middle-east-north-africa',
    ])
    expect(linksTo(post, /cut short the hostage talks/)).toContain(`/posts/${QUESTION}`)
    expect(post.text).toContain('Learn more about Douglas')
    expect(linksTo(post, /^Learn more about Douglas/)).toContain('/authors/douglas-m-webb')
    expect(post.document.querySelector('#related')?.textContent).toBe('Related posts')
    expect(linksTo(post, /^The Revival in the Hebrides$/)).toContain(`/posts/${REVIVAL}`)
    // The comment section sits under the post.
    expect(post.document.querySelector('#comments')).not.toBeNull()
  })

  it('should give a post its metadata and BlogPosting JSON-LD', async () => {
    const post = await page(`/posts/${ANALYSIS}`)
    const url = `${ctx.server.url}/posts/${ANALYSIS}`
    expect(post.document.title).toBe(
      'Why the ceasefire talks keep failing · Notes from the Narrow Road',
    )
    expect(meta(post, 'link[rel="canonical"]')).toBe(url)
    expect(meta(post, 'meta[name="description"]')).toMatch(/^A year of proposals/)
    expect(meta(post, 'meta[property="og:image"]')).toBe(
      `${ctx.server.url}/api/media/file/madonna-and-child-1200x630.png`,
    )
    expect(meta(post, 'meta[name="twitter:card"]')).toBe('summary_large_image')
    const [posting] = jsonLd(post)
    expect(posting).toMatchObject({
      '@type': 'BlogPosting',
      headline: 'Why the ceasefire talks keep failing',
      url,
      datePublished: '2024-10-24T13:00:00.000Z',
      author: [{ '@type': 'Person', name: 'Douglas M Webb' }],
    })
  })

  it('should frame the reader question, link to other posts and caption images', async () => {
    const image = (
      await ctx.admin.rest('GET', '/api/media?where[filename][equals]=madonna-and-child.png')
    ).body.docs[0]
    await ctx.admin.rest('PATCH', `/api/media/${image.id}`, { caption: 'Madonna and Child, 2019' })
    const post = await page(`/posts/${QUESTION}`)
    expect(post.status).toBe(200)
    expect(post.text).toContain('A reader asks')
    expect(post.text).toContain('When the Security Council passed a ceasefire resolution')
    expect(post.text).toContain('— Margaret, Oklahoma')
    expect(linksTo(post, /^The Revival in the Hebrides$/)).toContain(`/posts/${REVIVAL}`)
    const caption = post.document.querySelector('.post-content figure figcaption')
    expect(caption?.textContent).toBe('Madonna and Child, 2019 · Icon: Judi Webb')
  })

  it('should quote a linked submission anonymously when the asker chose it', async () => {
    const asked = await ctx.anonymous.rest('POST', '/api/reader-questions', {
      name: 'Zebedee Quill',
      email: 'zebedee@example.com',
      question: 'Which colours go first on an icon board?',
      consentToPublish: true,
      attribution: 'anonymous',
      formToken: openedFormToken(),
    })
    expect(asked.status).toBe(201)
    const id = await postId(REVIVAL)
    await ctx.admin.rest('PATCH', `/api/reader-questions/${asked.body.doc.id}`, {
      status: 'answered',
      answeredIn: id,
    })
    const current = (await ctx.admin.rest('GET', `/api/posts/${id}?depth=0`)).body
    const block = {
      type: 'block',
      version: 2,
      format: '',
      fields: {
        id: 'a1b2c3d4e5f6a1b2c3d4e5f6',
        blockName: '',
        blockType: 'readerQuestion',
        submission: asked.body.doc.id,
      },
    }
    const content = {
      root: { ...current.content.root, children: [block, ...current.content.root.children] },
    }
    const saved = await ctx.admin.rest('PATCH', `/api/posts/${id}`, {
      content,
      _status: 'published',
    })
    expect(saved.status).toBe(200)
    const post = await page(`/posts/${REVIVAL}`)
    expect(post.text).toContain('Which colours go first on an icon board?')
    expect(post.text).toContain('— A reader')
    expect(post.html).not.toContain('Zebedee')
    expect(post.html).not.toContain('zebedee@example.com')
  })

  it('should show dated correction notes', async () => {
    const id = await postId(ANALYSIS)
    const saved = await ctx.admin.rest('PATCH', `/api/posts/${id}`, {
      corrections: [
        { date: '2024-11-02T00:00:00.000Z', note: 'Sanam Vakil works at Chatham House.' },
      ],
      _status: 'published',
    })
    expect(saved.status).toBe(200)
    const post = await page(`/posts/${ANALYSIS}`)
    expect(post.text).toContain('Correction 2 November 2024: Sanam Vakil works at Chatham House.')
  })

  it('should show an author with bio, posts and Person JSON-LD', async () => {
    const doug = await page('/authors/douglas-m-webb')
    expect(doug.status).toBe(200)
    expect(doug.document.querySelector('main h1')?.textContent).toBe('Douglas M Webb')
    expect(doug.text).toContain('Doug worked in oil and gas for forty years')
    expect(doug.text).toContain('Posts by Douglas M Webb')
    expect(doug.text).toContain('The Revival in the Hebrides')
    expect(jsonLd(doug)[0]).toMatchObject({
      '@type': 'Person',
      name: 'Douglas M Webb',
      url: `${ctx.server.url}/authors/douglas-m-webb`,
      sameAs: ['https://example.org/about-doug'],
    })
    const judi = await page('/authors/judi-webb')
    expect(judi.text).toContain('Artworks')
    expect(linksTo(judi, /Saint Nicholas/)).toEqual(['/artworks/saint-nicholas'])
  })

  it('should list a category’s and a tag’s posts', async () => {
    const category = await page('/categories/middle-east')
    expect(category.status).toBe(200)
    expect(category.document.querySelector('main h1')?.textContent).toBe('Middle East')
    expect(category.text).toContain('Category in World Affairs')
    expect(category.text).toContain('Why the ceasefire talks keep failing')
    expect(category.text).not.toContain('The Revival in the Hebrides')
    const tag = await page('/tags/prayer')
    expect(tag.document.querySelector('main h1')?.textContent).toBe('Prayer')
    expect(tag.text).toContain('The Revival in the Hebrides')
    expect(tag.text).not.toContain('Why the ceasefire talks keep failing')
  })

  it('should show a gallery in order with captions, and an artwork with its details', async () => {
    const gallery = await page('/galleries/judis-icons')
    expect(gallery.status).toBe(200)
    expect(gallery.document.querySelector('main h1')?.textContent).toBe('Judi’s Icons')
    expect(gallery.text).toContain('Curated by Judi Webb')
    const titles = [...gallery.document.querySelectorAll('.gallery-items h2')].map(
      (h) => h.textContent,
    )
    expect(titles).toEqual(['Madonna and Child', 'Christ Pantocrator', 'Saint Nicholas'])
    expect(gallery.text).toContain('Madonna and Child, her first icon for the blog')

    const artwork = await page('/artworks/madonna-and-child')
    expect(artwork.status).toBe(200)
    expect(artwork.text).toContain('By Judi Webb')
    expect(artwork.text).toContain('Subject Madonna and Child')
    expect(artwork.text).toContain('Tradition Byzantine icon (Hodegetria type)')
    expect(artwork.text).toMatch(/Medium [^ ]*.*egg tempera/i)
    expect(artwork.text).toContain('Dimensions 30 × 40 × 2 cm')
    expect(artwork.text).toMatch(/Year \d{4}/)
    expect(artwork.text).toContain('Shown in Judi’s Icons')
  })

  it('should answer 404 for unknown slugs, pages and paths', async () => {
    // Next 16 answers a page's notFound() with status 404 and an HTML shell that the browser
    // fills with the site's 404 (checked in Chromium, test/e2e/sitePreview.spec.ts); the
    // site's words travel in the page's data.
    for (const path of [
      '/posts/no-such-post',
      '/authors/nobody',
      '/categories/nothing',
      '/tags/nothing',
      '/galleries/none',
      '/artworks/none',
      '/page/2',
      '/page/two',
      '/categories/middle-east?page=9',
      '/authors/douglas-m-webb?page=0',
    ]) {
      const missing = await page(path)
      expect({ path, status: missing.status }).toEqual({ path, status: 404 })
      expect(missing.html).toContain('Page not found')
    }
    // A path no route knows gets the site's 404 rendered on the server (global-not-found).
    const unknown = await page('/no/such/page')
    expect(unknown.status).toBe(404)
    expect(unknown.text).toContain('Page not found')
    expect(unknown.pageText).toContain('Notes from the Narrow Road')
    expect(unknown.document.querySelector('nav[aria-label="Categories"]')).not.toBeNull()
    expect((await page('/page/1')).headers.get('location')).toBe('/')
  })

  it('should keep drafts off every public page and page through older posts', async () => {
    const authors = (await ctx.admin.rest('GET', '/api/authors?where[slug][equals]=douglas-m-webb'))
      .body.docs
    const categories = (
      await ctx.admin.rest('GET', '/api/categories?where[slug][equals]=middle-east')
    ).body.docs
    const draft = await ctx.admin.rest('POST', '/api/posts', {
      title: 'An unpublished draft about borders',
      excerpt: 'Secret draft excerpt',
      authors: [authors[0].id],
      categories: [categories[0].id],
    })
    expect(draft.status).toBe(201)
    for (let n = 1; n <= 10; n += 1) {
      const created = await ctx.admin.rest('POST', '/api/posts', {
        title: `Filler post number ${n}`,
        authors: [authors[0].id],
        publishedAt: new Date(Date.UTC(2025, 0, n)).toISOString(),
        _status: 'published',
      })
      expect(created.status).toBe(201)
    }
    for (const path of ['/', '/page/2', '/categories/middle-east', '/authors/douglas-m-webb']) {
      const shown = await page(path)
      expect({ path, status: shown.status }).toEqual({ path, status: 200 })
      expect(shown.html).not.toContain('unpublished draft')
      expect(shown.html).not.toContain('Secret draft')
    }
    expect((await page(`/posts/${draft.body.doc.slug}`)).status).toBe(404)

    const home = await page('/')
    expect(home.document.querySelectorAll('.post-card')).toHaveLength(10)
    expect(linksTo(home, /Older posts/)).toEqual(['/page/2'])
    const second = await page('/page/2')
    expect(second.text).toContain('Page 2 of 2')
    expect(second.text).toContain('The Revival in the Hebrides')
    expect(linksTo(second, /Newer posts/)).toEqual(['/'])
    expect((await page('/page/3')).status).toBe(404)
    const author = await page('/authors/douglas-m-webb?page=2')
    expect(author.status).toBe(200)
    expect(author.text).toContain('The Revival in the Hebrides')
  })
})
