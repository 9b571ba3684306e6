/**
 * The preview route: a draft through a preview token (the link the admin's Preview opens), never
 * indexed, and nothing for a missing, wrong, expired or other document's token.
 */
import { signPreviewToken } from '../../src/lib/previewToken'
import { TEST_PAYLOAD_SECRET } from '../helpers/formToken'
import { startSeededServer, type SeededServer } from '../helpers/seededServer'
import { getPage, meta } from './pageHelpers'

const ANALYSIS = 'why-the-ceasefire-talks-keep-failing'

describe('the preview route', () => {
  let ctx: SeededServer
  let id: string
  let otherId: string
  const page = (path: string) => getPage(ctx.server.url, path)

  beforeAll(async () => {
    ctx = await startSeededServer('site-preview')
    const posts = (await ctx.admin.rest('GET', '/api/posts?depth=0&sort=-publishedAt')).body.docs
    id = posts[0].id
    otherId = posts[1].id
    // A change saved as a draft: the live post keeps its title.
    const saved = await ctx.admin.rest('PATCH', `/api/posts/${id}?draft=true`, {
      title: 'A retitled draft of the ceasefire post',
    })
    expect(saved.status).toBe(200)
  })
  afterAll(() => ctx?.stop())

  it('should show the draft with the token the preview endpoint hands out, unindexed', async () => {
    const { body, status } = await ctx.admin.rest('POST', `/api/posts/${id}/preview`, {})
    expect(status).toBe(200)
    expect(body.url).toBe(
      `${ctx.server.url}/preview/posts/${id}?token=${encodeURIComponent(body.token)}`,
    )
    const preview = await page(new URL(body.url).pathname + new URL(body.url).search)
    expect(preview.status).toBe(200)
    expect(preview.document.querySelector('main h1')?.textContent).toBe(
      'A retitled draft of the ceasefire post',
    )
    expect(preview.text).toContain('Preview of the latest draft')
    expect(preview.text).toContain('Jon B. Alterman')
    expect(meta(preview, 'meta[name="robots"]')).toMatch(/noindex/)

    const live = await page(`/posts/${ANALYSIS}`)
    expect(live.document.querySelector('main h1')?.textContent).toBe(
      'Why the ceasefire talks keep failing',
    )
    expect(live.html).not.toContain('retitled draft')
  })

  it('should show nothing for a missing, forged, expired or other document’s token', async () => {
    const good = signPreviewToken(TEST_PAYLOAD_SECRET, { collection: 'posts', id }).token
    const expired = signPreviewToken(
      TEST_PAYLOAD_SECRET,
      { collection: 'posts', id },
      { ttlSeconds: 60, now: new Date(Date.now() - 3_600_000) },
    ).token
    const other = signPreviewToken(TEST_PAYLOAD_SECRET, { collection: 'posts', id: otherId }).token
    const forged = `${good.split('.')[0]}.${'A'.repeat(good.split('.')[1]!.length)}`
    const fromAnotherSecret = signPreviewToken('not-the-secret', { collection: 'posts', id }).token
    for (const [label, query] of [
      ['no token', ''],
      ['garbage', '?token=garbage'],
      ['expired', `?token=${expired}`],
      ['another document', `?token=${other}`],
      ['forged signature', `?token=${forged}`],
      ['another secret', `?token=${fromAnotherSecret}`],
    ]) {
      const refused = await page(`/preview/posts/${id}${query}`)
      expect(refused.html).not.toContain('retitled draft')
      if (label === 'forged signature' || label === 'another secret') {
        // The API does not believe the token: at most the published post, never the draft.
        expect([200, 404]).toContain(refused.status)
      } else {
        expect({ label, status: refused.status }).toEqual({ label, status: 404 })
        expect(refused.html).toContain('This preview link does not work')
      }
    }
  })

  it('should 404 a token for a post that was never published when the signature is wrong', async () => {
    const authors = (await ctx.admin.rest('GET', '/api/authors?limit=1')).body.docs
    const draft = await ctx.admin.rest('POST', '/api/posts', {
      title: 'Never published preview target',
      authors: [authors[0].id],
    })
    const draftId = draft.body.doc.id
    const forged = signPreviewToken('not-the-secret', { collection: 'posts', id: draftId }).token
    const refused = await page(`/preview/posts/${draftId}?token=${forged}`)
    expect(refused.status).toBe(404)
    expect(refused.html).not.toContain('Never published preview target')
    const token = signPreviewToken(TEST_PAYLOAD_SECRET, { collection: 'posts', id: draftId }).token
    const shown = await page(`/preview/posts/${draftId}?token=${token}`)
    expect(shown.status).toBe(200)
    expect(shown.text).toContain('Never published preview target')
  })

  for (const { collection, slug, path } of [
    { collection: 'artworks', slug: 'madonna-and-child', path: '/artworks/' },
    { collection: 'galleries', slug: 'judis-icons', path: '/galleries/' },
  ]) {
    it(`should preview a draft of ${collection} through the admin's link, and nothing without it`, async () => {
      const found = await ctx.admin.rest('GET', `/api/${collection}?where[slug][equals]=${slug}`)
      const doc = found.body.docs[0]
      expect(doc).toBeDefined()
      const saved = await ctx.admin.rest('PATCH', `/api/${collection}/${doc.id}?draft=true`, {
        title: `${doc.title}, a retitled draft`,
      })
      expect(saved.status).toBe(200)

      const { body, status } = await ctx.admin.rest(
        'POST',
        `/api/${collection}/${doc.id}/preview`,
        {},
      )
      expect(status).toBe(200)
      const url = new URL(body.url)
      expect(url.pathname).toBe(`/preview/${collection}/${doc.id}`)
      const preview = await page(url.pathname + url.search)
      expect(preview.status).toBe(200)
      expect(preview.document.querySelector('main h1')?.textContent).toBe(
        `${doc.title}, a retitled draft`,
      )
      expect(preview.text).toContain('Preview of the latest draft')
      expect(meta(preview, 'meta[name="robots"]')).toMatch(/noindex/)
      // The published page still shows the published title.
      const live = await page(`${path}${slug}`)
      expect(live.status).toBe(200)
      expect(live.html).not.toContain('a retitled draft')

      const otherCollection = collection === 'artworks' ? 'galleries' : 'artworks'
      const wrongKind = signPreviewToken(TEST_PAYLOAD_SECRET, {
        collection: otherCollection,
        id: doc.id,
      }).token
      const expired = signPreviewToken(
        TEST_PAYLOAD_SECRET,
        { collection, id: doc.id },
        { ttlSeconds: 60, now: new Date(Date.now() - 3_600_000) },
      ).token
      for (const query of ['', '?token=garbage', `?token=${wrongKind}`, `?token=${expired}`]) {
        const refused = await page(`/preview/${collection}/${doc.id}${query}`)
        expect({ query, status: refused.status }).toEqual({ query, status: 404 })
        expect(refused.html).not.toContain('a retitled draft')
        expect(refused.html).toContain('This preview link does not work')
      }
    })
  }
})
