/**
 * The cached public answers of one process: an LRU bounded by entry count and by bytes, each
 * entry tagged with the generation it was computed under and dropped once it is older than the TTL.
 */
import { LRUCache } from 'lru-cache'

export interface CachedAnswer {
  status: number
  /** Response headers worth replaying (content type and the like), lower-case names. */
  headers: [string, string][]
  body: Buffer
  etag: string
  generation: string
}

export interface StoreLimits {
  maxEntries: number
  maxBytes: number
  ttlMs: number
}

export interface StoreStats {
  hits: number
  misses: number
  stores: number
  entries: number
  bytes: number
}

export class AnswerStore {
  private readonly lru: LRUCache<string, CachedAnswer>
  private hits = 0
  private misses = 0
  private stores = 0

  constructor(limits: StoreLimits) {
    this.lru = new LRUCache<string, CachedAnswer>({
      max: limits.maxEntries,
      maxSize: limits.maxBytes,
      // The key is kept too, and a long GraphQL query can outweigh its answer.
      sizeCalculation: (answer, key) => answer.body.length + key.length + 200,
      ttl: limits.ttlMs,
    })
  }

  /** The answer stored under the key for this generation, if any. */
  get(key: string, generation: string): CachedAnswer | undefined {
    const found = this.lru.get(key)
    if (found && found.generation === generation) {
      this.hits++
      return found
    }
    if (found) this.lru.delete(key)
    this.misses++
    return undefined
  }

  set(key: string, answer: CachedAnswer): void {
    // An answer too large to fit is simply not kept (lru-cache refuses it).
    if (answer.body.length + key.length + 200 > this.lru.maxSize) return
    this.lru.set(key, answer)
    this.stores++
  }

  stats(): StoreStats {
    return {
      hits: this.hits,
      misses: this.misses,
      stores: this.stores,
      entries: this.lru.size,
      bytes: this.lru.calculatedSize,
    }
  }
}
