/** One author's RSS feed; an unknown author is a 404. */
import { feedResponse } from '../../../../../site/feeds/respond'

export const dynamic = 'force-dynamic'

export async function GET(
  _request: Request,
  { params }: { params: Promise<{ slug: string }> },
): Promise<Response> {
  const { slug } = await params
  return feedResponse({ kind: 'author', slug }, 'rss')
}
