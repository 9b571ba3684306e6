import {
  isQueryInBody,
  keyPath,
  MAX_ANONYMOUS_LIMIT,
  queryBoundsProblem,
} from '../../src/lib/http/queryBounds'

const anonymous = (search: string) => queryBoundsProblem(search, { anonymous: true })
const signedIn = (search: string) => queryBoundsProblem(search, { anonymous: false })

describe('the bounds of a REST query string', () => {
  it.each([
    '',
    'limit=10&page=2&depth=1',
    'limit=100',
    'where[title][equals]=Hello&where[or][0][slug][like]=a',
    'where[slug][in][]=a&where[slug][in][]=b&where[id][not_in][0]=1&where[tags][all]=a,b',
    'where={"title":{"equals":"Hello"}}',
    'joins[posts][limit]=20&joins[posts][page]=2&joins[posts][sort]=-publishedAt',
    'joins[posts]=false&joins[artworks][count]=true',
    'pagination=true&sort=-publishedAt&select[title]=true&populate[authors][name]=true',
    'depth=9',
  ])('should let an anonymous reader ask for %p', (search) => {
    expect(anonymous(search)).toBeUndefined()
  })

  it.each([
    ['limit=0', /^limit: must be a whole number from 1 to 100 when not signed in \(got "0"\)/],
    ['limit=101', /^limit: must be a whole number from 1 to 100/],
    ['limit=abc', /^limit: must be a whole number from 1 to 100/],
    ['pagination=false', /^pagination: stays on when not signed in/],
    [
      'joins[posts][limit]=100000',
      /^joins\[posts\]\[limit\]: must be a whole number from 1 to 100/,
    ],
    ['joins[posts][limit]=0', /^joins\[posts\]\[limit\]: must be a whole number from 1 to 100/],
  ])('should refuse an anonymous %p, naming the parameter', (search, message) => {
    expect(anonymous(search)).toMatch(message)
  })

  it('should let a signed-in user ask for every row, as the admin does', () => {
    expect(signedIn('limit=0')).toBeUndefined()
    expect(signedIn('pagination=false&limit=1000')).toBeUndefined()
    expect(signedIn('joins[posts][limit]=0')).toBeUndefined()
    expect(signedIn('limit=-5')).toBe('limit: must be a whole number from 0 to 1000000 (got "-5").')
  })

  it.each([
    ['page=1e309', 'page: must be a whole number from 1 to 1000000 (got "1e309").'],
    ['page=0', 'page: must be a whole number from 1 to 1000000 (got "0").'],
    ['page=-1', 'page: must be a whole number from 1 to 1000000 (got "-1").'],
    ['page=1.5', 'page: must be a whole number from 1 to 1000000 (got "1.5").'],
    ['page=99999999999', 'page: must be a whole number from 1 to 1000000 (got "99999999999").'],
    ['depth=abc', 'depth: must be a whole number from 0 to 1000000 (got "abc").'],
    [
      'joins[posts][page]=0',
      'joins[posts][page]: must be a whole number from 1 to 1000000 (got "0").',
    ],
    [
      'where[id][near]=1,2,3,4',
      'where[id][near]: near, within and intersects compare points, and this site has no point fields.',
    ],
    [
      'where[or][0][slug][within]={"type":"x"}',
      'where[or][0][slug][within]: near, within and intersects compare points, and this site has no point fields.',
    ],
    [
      'where={"and":[{"id":{"intersects":1}}]}',
      'where[and][0][id][intersects]: near, within and intersects compare points, and this site has no point fields.',
    ],
    ['where=junk', 'where: must be an object, in brackets (where[title][equals]=…) or as JSON.'],
    ['where=[1,2]', 'where: must be an object, in brackets (where[title][equals]=…) or as JSON.'],
    ['where=', 'where: must be an object, in brackets (where[title][equals]=…) or as JSON.'],
    [
      'where={"a":1}&where[b][equals]=2',
      'where: must be an object, in brackets (where[title][equals]=…) or as JSON.',
    ],
    ['data=junk', 'data: must be an object, in brackets (data[title][equals]=…) or as JSON.'],
    ['pagination=maybe', 'pagination: must be true or false (got "maybe").'],
    [
      'joins=junk',
      'joins: name the join field, as in joins[posts][limit]=5 or joins[posts]=false.',
    ],
    [
      'joins[posts]=junk',
      'joins[posts]: must be true, false, or an object such as joins[posts][limit]=5 (got "junk").',
    ],
  ])('should refuse %p from anyone', (search, message) => {
    expect(signedIn(search)).toBe(message)
    expect(anonymous(search)).toBe(message)
  })

  it.each([
    'limit=10&limit=0',
    'limit[]=0',
    'limit[0]=0',
    '[limit]=10&limit=0',
    'limit%5B%5D=0',
    'joins[posts][limit][]=0',
  ])('should refuse %p: qs would make a number of it that was never checked', (search) => {
    expect(anonymous(search)).toMatch(/limit\]?: give it once, as a plain value/)
  })

  it('should read a bracketed name as qs does: [limit] is limit', () => {
    expect(anonymous('[limit]=0')).toMatch(/^limit: must be a whole number from 1 to 100/)
  })

  it('should read keys the way qs does', () => {
    expect(keyPath('limit')).toEqual(['limit'])
    expect(keyPath('joins[posts][limit]')).toEqual(['joins', 'posts', 'limit'])
    expect(keyPath('[limit]')).toEqual(['limit'])
    expect(keyPath('where[a]b')).toEqual(['where', 'a', 'b'])
  })

  it('should cap anonymous pages at the documented maximum', () => {
    expect(MAX_ANONYMOUS_LIMIT).toBe(100)
  })
})

describe('a query string sent as a body', () => {
  it('should be recognised as Payload recognises it', () => {
    const form = { 'content-type': 'application/x-www-form-urlencoded' }
    expect(isQueryInBody('POST', { ...form, 'x-http-method-override': 'GET' })).toBe(true)
    expect(isQueryInBody('POST', { ...form, 'x-payload-http-method-override': 'GET' })).toBe(true)
    expect(isQueryInBody('POST', form)).toBe(false)
    expect(isQueryInBody('GET', { ...form, 'x-http-method-override': 'GET' })).toBe(false)
  })
})
