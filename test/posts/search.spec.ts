/**
 * The admin's search box over posts looks in the title, the excerpt and the body (through the
 * plain-text copy kept on save), and the API still lists posts newest publication first when a
 * request names no order. Checked over REST, with the query the admin's list sends for a search.
 */
import { apiClient, type ApiClient } from '../helpers/client'
import { DEMO_PASSWORD, startSeededServer, type SeededServer } from '../helpers/seededServer'

/** The `where` Payload's list view builds for a search (`listSearchableFields`), as a query string. */
const searchQuery = (term: string, fields = ['title', 'excerpt', 'searchText']) =>
  fields.map((field, i) => `where[or][${i}][${field}][like]=${encodeURIComponent(term)}`).join('&')

describe('searching posts', () => {
  let ctx: SeededServer
  let editor: ApiClient

  beforeAll(async () => {
    ctx = await startSeededServer('posts-search')
    editor = apiClient(ctx.server.url)
    await editor.login('editor@example.com', DEMO_PASSWORD)
  })
  afterAll(async () => {
    await ctx?.stop()
  })

  const titles = async (query: string) => {
    const { status, body } = await editor.rest('GET', `/api/posts?${query}&draft=true&depth=0`)
    expect([status, body.errors]).toEqual([200, undefined])
    return (body.docs as { title: string }[]).map((doc) => doc.title)
  }

  it('should find a seeded post by a word that appears only in its body', async () => {
    expect(await titles(searchQuery('Hezbollah', ['title', 'excerpt']))).toEqual([])
    expect(await titles(searchQuery('Hezbollah'))).toEqual(['Why the ceasefire talks keep failing'])
  })

  it('should find a new post by its body as soon as it is saved, and follow later edits', async () => {
    const paragraph = (text: string) => ({
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
              { type: 'text', version: 1, text, detail: 0, format: 0, mode: 'normal', style: '' },
            ],
          },
        ],
      },
    })
    const created = await editor.rest('POST', '/api/posts?draft=true', {
      title: 'Notes from the workshop',
      content: paragraph('We ground lapis lazuli for the Virgin’s robe.'),
    })
    expect(created.status).toBe(201)
    expect(await titles(searchQuery('lapis'))).toEqual(['Notes from the workshop'])

    const id = created.body.doc.id as string
    const edited = await editor.rest('PATCH', `/api/posts/${id}?draft=true`, {
      content: paragraph('We ground malachite for the mountains.'),
    })
    expect(edited.status).toBe(200)
    expect(await titles(searchQuery('lapis'))).toEqual([])
    expect(await titles(searchQuery('malachite'))).toEqual(['Notes from the workshop'])
  })

  it('should keep the plain-text copy out of every answer', async () => {
    const { body } = await editor.rest('GET', '/api/posts?draft=true&depth=0&limit=100')
    for (const doc of body.docs) expect(doc).not.toHaveProperty('searchText')
    const anonymous = await ctx.anonymous.rest('GET', `/api/posts?${searchQuery('Hezbollah')}`)
    for (const doc of anonymous.body.docs ?? []) expect(doc).not.toHaveProperty('searchText')
  })

  it('should list posts newest publication first over the API when no order is named', async () => {
    const { body } = await ctx.anonymous.rest('GET', '/api/posts?depth=0')
    const published = (body.docs as { publishedAt: string }[]).map((doc) => doc.publishedAt)
    expect(published.length).toBeGreaterThan(1)
    expect(published).toEqual([...published].sort().reverse())
  })
})
