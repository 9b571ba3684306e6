/** /sitemap.xml: every published page (src/site/sitemap.ts), on the public origin (SERVER_URL). */
import type { MetadataRoute } from 'next'

import { loadEnv } from '../../lib/env'
import { sitemapEntries } from '../../site/sitemap'

export const dynamic = 'force-dynamic'

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const origin = loadEnv().serverUrl
  return (await sitemapEntries()).map(({ path, lastModified }) => ({
    url: new URL(path, `${origin}/`).toString(),
    lastModified,
  }))
}
