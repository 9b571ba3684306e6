import { AnswerStore, Generation, ifNoneMatchHits, strongEtag } from '../../src/lib/readCache'

const answer = (text: string, generation = 'g1') => {
  const body = Buffer.from(text)
  return { status: 200, headers: [], body, etag: strongEtag(body), generation }
}

describe('the answer store', () => {
  it('should give back an answer only for the generation it was stored under', () => {
    const store = new AnswerStore({ maxEntries: 10, maxBytes: 1_000_000, ttlMs: 60_000 })
    store.set('k', answer('hello', 'g1'))
    expect(store.get('k', 'g1')?.body.toString()).toBe('hello')
    expect(store.get('k', 'g2')).toBeUndefined()
    // A stale entry is dropped, not kept for a later generation change back.
    expect(store.get('k', 'g1')).toBeUndefined()
    expect(store.stats()).toMatchObject({ hits: 1, misses: 2, entries: 0 })
  })

  it('should hold no more than its entry bound, dropping the least recently used', () => {
    const store = new AnswerStore({ maxEntries: 2, maxBytes: 1_000_000, ttlMs: 60_000 })
    store.set('a', answer('a'))
    store.set('b', answer('b'))
    store.get('a', 'g1')
    store.set('c', answer('c'))
    expect(store.get('b', 'g1')).toBeUndefined()
    expect(store.get('a', 'g1')).toBeDefined()
    expect(store.get('c', 'g1')).toBeDefined()
  })

  it('should hold no more than its byte bound, and never an answer larger than it', () => {
    const store = new AnswerStore({ maxEntries: 100, maxBytes: 3_000, ttlMs: 60_000 })
    for (let index = 0; index < 10; index++) store.set(`k${index}`, answer('x'.repeat(500)))
    expect(store.stats().bytes).toBeLessThanOrEqual(3_000)
    expect(store.stats().entries).toBeLessThan(10)
    store.set('huge', answer('x'.repeat(5_000)))
    expect(store.get('huge', 'g1')).toBeUndefined()
  })
})

describe('the generation', () => {
  function clock() {
    let now = 1_000_000
    return { now: () => now, advance: (ms: number) => (now += ms) }
  }

  it('should read the shared token at most once per interval, however many readers ask', async () => {
    const time = clock()
    let reads = 0
    const generation = new Generation({
      readShared: async () => `t${++reads}`,
      checkIntervalMs: 1000,
      quietMs: 100,
      now: time.now,
    })
    await Promise.all([generation.refresh(), generation.refresh(), generation.refresh()])
    expect(reads).toBe(1)
    time.advance(999)
    await generation.refresh()
    expect(reads).toBe(1)
    time.advance(1)
    await generation.refresh()
    expect(reads).toBe(2)
  })

  it('should move when another process wrote a new token', async () => {
    const time = clock()
    let shared = 'a'
    const generation = new Generation({
      readShared: async () => shared,
      checkIntervalMs: 1000,
      quietMs: 100,
      now: time.now,
    })
    await generation.refresh()
    const before = generation.current()
    shared = 'b'
    await generation.refresh()
    expect(generation.current()).toBe(before)
    time.advance(1000)
    await generation.refresh()
    expect(generation.current()).not.toBe(before)
  })

  it('should move at once on a change in this process, store nothing while quiet, and re-read after', async () => {
    const time = clock()
    let reads = 0
    const generation = new Generation({
      readShared: async () => `t${++reads}`,
      checkIntervalMs: 1000,
      quietMs: 100,
      now: time.now,
    })
    await generation.refresh()
    const startedBefore = generation.current()
    generation.invalidate()
    expect(generation.current()).not.toBe(startedBefore)
    // An answer computed before the change must not be stored, nor one started during the quiet time.
    expect(generation.storable(startedBefore)).toBe(false)
    expect(generation.storable(generation.current())).toBe(false)
    time.advance(100)
    await generation.refresh()
    expect(reads).toBe(2)
    expect(generation.storable(generation.current())).toBe(true)
  })
})

describe('ETags', () => {
  it('should be strong, stable and different for different bytes', () => {
    expect(strongEtag(Buffer.from('a'))).toBe(strongEtag(Buffer.from('a')))
    expect(strongEtag(Buffer.from('a'))).not.toBe(strongEtag(Buffer.from('b')))
    expect(strongEtag(Buffer.from('a'))).toMatch(/^"[^"]+"$/)
  })

  it('should match If-None-Match lists, weak forms and *', () => {
    const tag = strongEtag(Buffer.from('a'))
    expect(ifNoneMatchHits(`"x", ${tag}`, tag)).toBe(true)
    expect(ifNoneMatchHits(`W/${tag}`, tag)).toBe(true)
    expect(ifNoneMatchHits('*', tag)).toBe(true)
    expect(ifNoneMatchHits('"x"', tag)).toBe(false)
    expect(ifNoneMatchHits(undefined, tag)).toBe(false)
  })
})
