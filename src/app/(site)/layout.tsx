/**
 * The reader site's root layout: plain HTML and CSS, no client JavaScript of its own. Everything
 * it shows comes from the public GraphQL API (src/site/api.ts).
 */
import type { Metadata } from 'next'
import type { ReactNode } from 'react'

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
  const { SiteSetting, Categories } = await siteFrame()
  return (
    <html lang="en">
      <body>
        <a className="skip" href="#content">
          Skip to content
        </a>
        <header className="site-header">
          <div className="wrap">
            <p className="site-title">
              <a href="/">{SiteSetting.siteTitle}</a>
            </p>
            {SiteSetting.tagline ? <p className="tagline">{SiteSetting.tagline}</p> : null}
            <nav aria-label="Categories">
              <ul>
                {Categories.docs.map((category) => (
                  <li key={category.slug}>
                    <a href={`/categories/${category.slug}`}>{category.title}</a>
                  </li>
                ))}
              </ul>
            </nav>
          </div>
        </header>
        <main id="content" className="wrap">
          {children}
        </main>
        <footer className="site-footer">
          <div className="wrap">
            <p>{SiteSetting.siteTitle}</p>
          </div>
        </footer>
      </body>
    </html>
  )
}
