/**
 * Any path no other route answers: the site's 404 in the site's layout. (With two root layouts
 * in route groups, Next's app-level not-found has no layout to render in; this route puts
 * unknown paths under the site's.)
 */
import { notFound } from 'next/navigation'

export const dynamic = 'force-dynamic'

export default function Missing() {
  notFound()
}
