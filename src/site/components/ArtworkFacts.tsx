import { formatDimensions } from '../format'
import type { ArtworkDetails } from '../data'

const PRINTS: Record<string, string> = {
  unavailable: 'Not available as a print',
  on_request: 'Prints on request',
  available: 'Prints available',
}

/** Subject, tradition, medium, dimensions, year and prints, as a definition list. */
export function ArtworkFacts({ artwork }: { artwork: ArtworkDetails }) {
  const rows: [string, string][] = [
    ['Subject', artwork.subject ?? ''],
    ['Tradition', artwork.tradition ?? ''],
    ['Medium', artwork.medium ?? ''],
    ['Dimensions', formatDimensions(artwork.dimensions)],
    ['Year', artwork.year ? String(artwork.year) : ''],
    [
      'Prints',
      artwork.prints?.availability
        ? [PRINTS[artwork.prints.availability] ?? '', artwork.prints.note]
            .filter(Boolean)
            .join('. ')
        : '',
    ],
  ]
  const shown = rows.filter(([, value]) => value)
  if (!shown.length) return null
  return (
    <dl className="facts">
      {shown.map(([term, value]) => (
        <div key={term}>
          <dt>{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  )
}
