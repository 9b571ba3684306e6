import { pageHref } from '../paging'

/** "Newer posts" / "Older posts" links and where the reader is. */
export function Pagination({
  base,
  page,
  hasNext,
  totalPages,
  style = 'query',
}: {
  base: string
  page: number
  hasNext: boolean
  totalPages?: number
  style?: 'path' | 'query'
}) {
  if (page <= 1 && !hasNext) return null
  return (
    <nav className="pagination" aria-label="Pages">
      {page > 1 ? (
        <a rel="prev" href={pageHref(base, page - 1, style)}>
          ← Newer posts
        </a>
      ) : (
        <span />
      )}
      <span>
        Page {page}
        {totalPages ? ` of ${totalPages}` : ''}
      </span>
      {hasNext ? (
        <a rel="next" href={pageHref(base, page + 1, style)}>
          Older posts →
        </a>
      ) : (
        <span />
      )}
    </nav>
  )
}
