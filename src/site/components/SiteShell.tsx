/**
 * The frame of every site page: skip link, header (title, tagline, category navigation), main
 * and footer. Used by the site's root layout and by the app-wide 404 (src/app/global-not-found.tsx).
 */
import type { ReactNode } from 'react'

import type { SiteFrame } from '../data'
import { paths } from '../links'

export function SiteShell({ frame, children }: { frame: SiteFrame; children: ReactNode }) {
  const { SiteSetting, Categories } = frame
  return (
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
                  <a href={paths.category(category.slug)}>{category.title}</a>
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
  )
}
