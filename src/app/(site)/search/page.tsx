/**
 * The search page (/search?q=…): published posts and artworks holding the words, best first, the
 * words marked in the title and in a snippet of the text. A plain GET form; no client script.
 */
import type { Metadata } from 'next'

import { parseQuery, QUERY_MESSAGES, snippet, highlight, type Segment } from '../../../lib/search'
import { entryPath, findEntries, RESULTS_PER_PAGE } from '../../../site/search/find'
import './search.css'

export const dynamic = 'force-dynamic'

export const metadata: Metadata = { title: 'Search', robots: { index: false } }

type Params = Record<string, string | string[] | undefined>

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)

function Marked({ segments }: { segments: Segment[] }) {
  return (
    <>
      {segments.map((segment, i) =>
        segment.mark ? <mark key={i}>{segment.text}</mark> : <span key={i}>{segment.text}</span>,
      )}
    </>
  )
}

function pageHref(q: string, page: number) {
  const params = new URLSearchParams({ q })
  if (page > 1) params.set('page', String(page))
  return `/search?${params.toString()}`
}

export default async function SearchPage({ searchParams }: { searchParams: Promise<Params> }) {
  const params = await searchParams
  const raw = first(params.q) ?? ''
  const parsed = parseQuery(raw)
  // A query too long to search is not echoed back into the box either.
  const shown = 'problem' in parsed && parsed.problem === 'tooLong' ? '' : raw
  const requestedPage = Number(first(params.page) ?? '1')
  const results =
    'query' in parsed
      ? await findEntries(parsed.query, Number.isSafeInteger(requestedPage) ? requestedPage : 1)
      : undefined
  const words = 'query' in parsed ? parsed.query.words : []

  return (
    <div className="search">
      <h1>Search</h1>
      <form method="get" action="/search" role="search" className="search-form">
        <label htmlFor="search-q">Search posts and artworks</label>
        <input id="search-q" type="search" name="q" defaultValue={shown} maxLength={200} />
        <button type="submit">Search</button>
      </form>
      {'problem' in parsed ? <p className="search-note">{QUERY_MESSAGES[parsed.problem]}</p> : null}
      {'query' in parsed && parsed.query.dropped > 0 ? (
        <p className="search-note">{`Only the first ${parsed.query.words.length} words were searched for.`}</p>
      ) : null}
      {results ? (
        <section aria-labelledby="search-results">
          <h2 id="search-results">
            {results.total === 0
              ? 'Nothing found'
              : `${results.total} result${results.total === 1 ? '' : 's'}`}
          </h2>
          {results.total === 0 ? (
            <p>No published post or artwork holds these words. Try fewer or other words.</p>
          ) : (
            <ol className="search-results" start={(results.page - 1) * RESULTS_PER_PAGE + 1}>
              {results.items.map((entry) => (
                <li key={entry.id}>
                  <p className="search-kind">{entry.kind === 'artworks' ? 'Artwork' : 'Post'}</p>
                  <h3>
                    <a href={entryPath(entry)}>
                      <Marked segments={highlight(entry.title, words)} />
                    </a>
                  </h3>
                  <p>
                    <Marked segments={snippet(entry.text || entry.excerpt || '', words)} />
                  </p>
                </li>
              ))}
            </ol>
          )}
          {results.pages > 1 ? (
            <nav aria-label="Result pages" className="search-pages">
              {results.page > 1 ? (
                <a href={pageHref(raw, results.page - 1)} rel="prev">
                  Previous
                </a>
              ) : null}
              <span>{`Page ${results.page} of ${results.pages}`}</span>
              {results.page < results.pages ? (
                <a href={pageHref(raw, results.page + 1)} rel="next">
                  Next
                </a>
              ) : null}
            </nav>
          ) : null}
        </section>
      ) : null}
    </div>
  )
}
