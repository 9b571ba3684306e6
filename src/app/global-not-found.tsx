/**
 * The 404 page Next renders for a first request that finds nothing: a missing slug (`notFound()`
 * in a page), a page past the last, an unknown path. The app has two root layouts (site and
 * admin) and no app-wide one, so without this page Next answers an empty shell and draws the 404
 * with JavaScript; this one is the site's look, server-rendered (`experimental.globalNotFound`).
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
