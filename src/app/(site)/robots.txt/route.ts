/**
 * /robots.txt: everything may be crawled but the admin, the API and previews; where the sitemap
 * is. A route handler: Next's `robots.ts` convention is read only at the app folder's root, not
 * inside the (site) route group.
 */
import { loadEnv } from '../../../lib/env'

export const dynamic = 'force-dynamic'

export function GET(): Response {
  const origin = loadEnv().serverUrl
  const body = [
    'User-Agent: *',
    'Allow: /',
    'Disallow: /admin',
    'Disallow: /api',
    'Disallow: /preview',
    '',
    `Sitemap: ${origin}/sitemap.xml`,
    '',
  ].join('\n')
  return new Response(body, {
    headers: {
      'content-type': 'text/plain; charset=utf-8',
      'cache-control': 'public, max-age=3600',
    },
  })
}
