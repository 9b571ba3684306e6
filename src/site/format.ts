/** How the site writes dates, reading times and sizes: plain functions, no Payload. */

const DATE = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
})

/** "24 October 2024"; an empty string for a missing or unreadable date. */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return ''
  const date = new Date(iso)
  return Number.isNaN(date.getTime()) ? '' : DATE.format(date)
}

/** "5 min read", never less than one minute. */
export function readingTimeLabel(minutes: number | null | undefined): string {
  if (!minutes || minutes < 1) return '1 min read'
  return `${Math.round(minutes)} min read`
}

export type Dimensions = {
  width?: number | null
  height?: number | null
  depth?: number | null
  unit?: string | null
}

/** "30 × 40 × 2 cm" (width × height × depth), or '' when nothing is known. */
export function formatDimensions(dimensions: Dimensions | null | undefined): string {
  if (!dimensions) return ''
  const parts = [dimensions.width, dimensions.height, dimensions.depth].filter(
    (value): value is number => typeof value === 'number' && value > 0,
  )
  if (parts.length === 0) return ''
  return `${parts.join(' × ')}${dimensions.unit ? ` ${dimensions.unit}` : ''}`
}

/** Names joined the way a byline reads: "A", "A and B", "A, B and C". */
export function joinNames(names: string[]): string {
  if (names.length <= 1) return names.join('')
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`
}

/** The first name, for "Learn more about Doug". */
export function firstName(name: string): string {
  return name.trim().split(/\s+/)[0] ?? name
}
