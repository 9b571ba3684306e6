/** Which requests for the reader site may share a cached page, and under which key. */
import { isSitePath, sitePageKey } from '../../src/lib/http/siteCache'

const request = (url: string, headers: Record<string, string> = {}, method = 'GET') => ({
  method,
  url,
  headers,
})

describe('the site page cache key', () => {
  it('should key anonymous page reads by path and the query in a canonical order', () => {
    expect(sitePageKey(request('/search?q=icon&page=2'))).toBe(
      sitePageKey(request('/search?page=2&q=icon')),
    )
    expect(sitePageKey(request('/'))).toBe('SITE GET /?')
    expect(sitePageKey(request('/posts/a', {}, 'HEAD'))).toBeDefined()
  })

  const personal: [string, ReturnType<typeof request>, string?][] = [
    ['a signed-in reader', request('/', { authorization: 'JWT x' })],
    ['a login cookie', request('/', { cookie: 'theme=dark; payload-token=abc' })],
    ['a login cookie under another prefix', request('/', { cookie: 'cms-token=abc' }), 'cms'],
    ['a preview token header', request('/', { 'x-preview-token': 't' })],
    ['a preview parameter', request('/?preview=1')],
    ['a draft parameter', request('/posts/a?draft=true')],
    ['a signed link', request('/comments/verdict?token=abc')],
    ['a form post', request('/posts/a', {}, 'POST')],
    ['a router payload request', request('/', { rsc: '1' })],
    ['an RSC parameter', request('/?_rsc=abc')],
    ['the preview route', request('/preview/posts/1?token=x')],
    ['the admin', request('/admin')],
    ['the API', request('/api/posts')],
    ['the assets of Next', request('/_next/static/chunks/app.js')],
  ]
  for (const [label, req, prefix] of personal)
    it(`should never share a page for ${label}`, () => {
      expect(sitePageKey(req, prefix)).toBeUndefined()
    })

  it('should tell site pages from the admin and the API', () => {
    expect(['/', '/posts/a', '/search?q=x', '/feed.xml'].every(isSitePath)).toBe(true)
    expect(['/admin', '/api/graphql', '/_next/x', '/preview/posts/1'].some(isSitePath)).toBe(false)
  })
})
