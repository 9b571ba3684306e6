/** /robots.txt: everything may be crawled but the admin, the API and previews; where the sitemap is. */
import type { MetadataRoute } from 'next'

import { loadEnv } from '../../lib/env'

export const dynamic = 'force-dynamic'

export default function robots(): MetadataRoute.Robots {
  const origin = loadEnv().serverUrl
  return {
    rules: { userAgent: '*', allow: '/', disallow: ['/admin', '/api', '/preview'] },
    sitemap: `${origin}/sitemap.xml`,
  }
}
