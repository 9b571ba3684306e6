/**
 * The reader site's root layout: plain HTML and CSS, no client JavaScript of its own. Everything
 * it shows comes from the public GraphQL API (src/site/api.ts).
 */
import type { ReactNode } from 'react'

import { siteQuery } from '../../site/api'
import './site.css'

export const dynamic = 'force-dynamic'

type SiteFrame = {
  SiteSetting: { siteTitle: string | null; tagline: string | null }
  Categories: { docs: { title: string; slug: string }[] }
}

export default async function SiteLayout({ children }: { children: ReactNode }) {
  const { SiteSetting, Categories } = await siteQuery<SiteFrame>('site')
  return (
    <html lang="en">
      <body>
        <a className="skip" href="#content">
          Skip to content
        </a>
        <header className="site-header">
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
        </header>
        <main id="content">{children}</main>
        <footer className="site-footer">
          <p>{SiteSetting.siteTitle}</p>
        </footer>
      </body>
    </html>
  )
}
