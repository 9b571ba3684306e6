/** The whole site's Atom feed: the newest published posts. */
import { feedResponse } from '../../../site/feeds/respond'

export const dynamic = 'force-dynamic'

export function GET(): Promise<Response> {
  return feedResponse({ kind: 'site' }, 'atom')
}
