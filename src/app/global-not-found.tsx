/**
 * The site's 404, rendered on the server in the site's look: for a path no route knows, and for
 * every site page that calls `notFound()` (src/lib/http/siteNotFound.ts hands those here, naming
 * the missing address, because Next 16 leaves a page's own not-found boundary to the browser).
 * The app has two root layouts (site and admin) and no app-wide one, so Next needs this page
 * (`experimental.globalNotFound`) to draw such a 404 at all.
 */
import type { Metadata } from 'next'
import { headers } from 'next/headers'

import { MISSING_PATH_HEADER } from '../lib/http/siteNotFound'
import { NotFoundMessage, PreviewNotFoundMessage } from '../site/components/NotFoundMessage'
import { SiteShell } from '../site/components/SiteShell'
import { siteFrame } from '../site/data'
import './(site)/site.css'

// Rendered per request: the header comes from the API, which does not run at build time.
export const dynamic = 'force-dynamic'

export const metadata: Metadata = { title: 'Page not found', robots: { index: false } }

export default async function GlobalNotFound() {
  const missing = (await headers()).get(MISSING_PATH_HEADER) ?? ''
  const frame = await siteFrame()
  return (
    <html lang="en">
      <SiteShell frame={frame}>
        {missing.startsWith('/preview/') ? <PreviewNotFoundMessage /> : <NotFoundMessage />}
      </SiteShell>
    </html>
  )
}
