/**
 * What a reader typed into the search box, made safe to search for: a bounded list of words
 * (letters and digits only, lower case, no duplicates). Pure: no Payload, no database.
 *
 * Hostile input costs nothing: a query longer than `maxQueryChars` is refused before any word is
 * read, punctuation never reaches a `like` pattern (so no wildcard or injection), and at most
 * `maxWords` words are searched.
 */
export const SEARCH_LIMITS = {
  maxQueryChars: 200,
  maxWords: 8,
  minWordChars: 2,
  maxWordChars: 40,
} as const

export type SearchQuery = {
  /** The words to find, in the order typed. */
  words: string[]
  /** The words as one phrase (two or more words): a result holding it ranks higher. */
  phrase?: string
  /** Words left out because there were more than `maxWords`. */
  dropped: number
}

export type QueryProblem = 'empty' | 'tooLong' | 'noWords'

export const QUERY_MESSAGES: Record<QueryProblem, string> = {
  empty: 'Type a word or two to search the posts and artworks.',
  tooLong: `That search is too long: use at most ${SEARCH_LIMITS.maxQueryChars} characters.`,
  noWords: `Search for words of at least ${SEARCH_LIMITS.minWordChars} letters or digits.`,
}

const WORD = /[\p{L}\p{N}]+/gu

/** The query string's `q` as words, or why it cannot be searched for. */
export function parseQuery(raw: unknown): { query: SearchQuery } | { problem: QueryProblem } {
  const text = Array.isArray(raw) ? raw[0] : raw
  if (typeof text !== 'string' || !text.trim()) return { problem: 'empty' }
  if (text.length > SEARCH_LIMITS.maxQueryChars) return { problem: 'tooLong' }
  const tokens = (text.normalize('NFKC').toLowerCase().match(WORD) ?? []).filter(
    (word) =>
      word.length >= SEARCH_LIMITS.minWordChars && word.length <= SEARCH_LIMITS.maxWordChars,
  )
  const unique = [...new Set(tokens)]
  if (unique.length === 0) return { problem: 'noWords' }
  const words = unique.slice(0, SEARCH_LIMITS.maxWords)
  return {
    query: {
      words,
      phrase: words.length > 1 ? words.join(' ') : undefined,
      dropped: unique.length - words.length,
    },
  }
}

type LikeWhere = { title: { like: string } } | { text: { like: string } }

/**
 * The `where` of the candidates, for any adapter (`like` is a case-insensitive substring match
 * on SQLite, Postgres and MongoDB): entries holding every word, and entries holding any of them.
 */
export function candidateWheres(words: string[]) {
  const either = (word: string): { OR: LikeWhere[] } => ({
    OR: [{ title: { like: word } }, { text: { like: word } }],
  })
  return {
    all: { AND: words.map(either) },
    any: { OR: words.flatMap((word) => either(word).OR) },
  }
}
