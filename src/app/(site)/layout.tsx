/**
 * The reader site's root layout: plain HTML and CSS, no client JavaScript of its own. Everything
 * it shows comes from the public GraphQL API (src/site/api.ts).
 */
import type { Metadata } from 'next'
import type { ReactNode } from 'react'

import { SiteShell } from '../../site/components/SiteShell'
import { siteFrame } from '../../site/data'
import { publicOrigin } from '../../site/links'
import './site.css'

export const dynamic = 'force-dynamic'

export async function generateMetadata(): Promise<Metadata> {
  const { SiteSetting } = await siteFrame()
  const siteTitle = SiteSetting.siteTitle || 'Blog'
  return {
    metadataBase: new URL(publicOrigin()),
    title: { default: siteTitle, template: `%s · ${siteTitle}` },
    description: SiteSetting.tagline ?? undefined,
    openGraph: { siteName: siteTitle },
  }
}

export default async function SiteLayout({ children }: { children: ReactNode }) {
  const frame = await siteFrame()
  return (
    <html lang="en">
      <SiteShell frame={frame}>{children}</SiteShell>
    </html>
  )
}
