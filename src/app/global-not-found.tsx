/**
 * The 404 for a path no route knows, rendered on the server in the site's look. The app has two
 * root layouts (site and admin) and no app-wide one, so Next needs this page
 * (`experimental.globalNotFound`) to draw such a 404 at all; a page's own `notFound()` shows
 * `(site)/not-found.tsx` inside the site's layout instead.
 */
import type { Metadata } from 'next'
import { connection } from 'next/server'

import { NotFoundMessage } from '../site/components/NotFoundMessage'
import { SiteShell } from '../site/components/SiteShell'
import { siteFrame } from '../site/data'
import './(site)/site.css'

// Rendered per request: the header comes from the API, which does not run at build time.
export const dynamic = 'force-dynamic'

export const metadata: Metadata = { title: 'Page not found', robots: { index: false } }

export default async function GlobalNotFound() {
  await connection()
  const frame = await siteFrame()
  return (
    <html lang="en">
      <SiteShell frame={frame}>
        <NotFoundMessage />
      </SiteShell>
    </html>
  )
}
