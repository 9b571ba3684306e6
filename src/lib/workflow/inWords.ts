/**
 * Where a document stands, said once in words for the admin's header: the stage, and what readers
 * see meanwhile ("Changes requested — live version unchanged"). Payload's own "Status: Draft"
 * says only the second half, and reads as a contradiction next to the stage.
 */
import { STAGE_LABELS, type Stage } from './stages'

export interface StandingFacts {
  /** A version of the document is live (or was, before an unpublish). */
  hasLiveVersion: boolean
  /** It was live once (its history reaches `published`), even if it is not now. */
  wasLive?: boolean
  /** When a scheduled document goes live. */
  publishAt?: string | null
  /** Formats the publish time for the reader; the admin passes the browser's locale and zone. */
  formatTime?: (at: Date) => string
}

const defaultTime = (at: Date) =>
  at.toLocaleString('en-GB', {
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
  })

export function stageInWords(stage: Stage, facts: StandingFacts): string {
  const { hasLiveVersion, wasLive, publishAt, formatTime = defaultTime } = facts
  const meanwhile = hasLiveVersion
    ? 'live version unchanged'
    : wasLive
      ? 'not live'
      : 'never published'
  switch (stage) {
    case 'published':
      return 'Published'
    case 'unpublished':
      return 'Unpublished — not live'
    case 'scheduled': {
      const at = publishAt ? new Date(publishAt) : null
      return at && !Number.isNaN(at.getTime())
        ? `Scheduled for ${formatTime(at)}`
        : 'Scheduled (no time set)'
    }
    case 'approved':
      return `Approved — ${hasLiveVersion ? 'live version unchanged' : 'ready to publish'}`
    default:
      return `${STAGE_LABELS[stage]} — ${meanwhile}`
  }
}
