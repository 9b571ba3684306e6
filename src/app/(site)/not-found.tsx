/** The site's 404 inside its layout: a missing slug, a page past the last (`notFound()`). */
import { NotFoundMessage } from '../../site/components/NotFoundMessage'

export default function NotFound() {
  return <NotFoundMessage />
}
