/**
 * Every kind of page of the reader site, checked with axe-core in Chromium: the crawl starts at
 * `/` and follows same-origin links (one page per path pattern, so a new page type is covered
 * without editing this file), plus a search, the question page and a page that does not exist.
 * axe-core's own source (the npm devDependency) is put into each page; nothing is downloaded.
 * No serious or critical violation is allowed; a table of pages × violations by impact is printed,
 * and the search page is saved as `site-search.png`.
 */
import fs from 'node:fs'
import path from 'node:path'
import { createRequire } from 'node:module'

import type { Browser, BrowserContext, Page } from 'playwright-core'

import { launchBrowser, newSession } from '../helpers/browser'
import { startSeededServer, type SeededServer } from '../helpers/seededServer'

const MAX_PAGES = 40
const IMPACTS = ['critical', 'serious', 'moderate', 'minor'] as const
type Impact = (typeof IMPACTS)[number]
const FORBIDDEN: Impact[] = ['critical', 'serious']
/** Pages the crawl must see even if no link leads there yet. */
const ALSO_VISIT = ['/search?q=icon', '/ask', '/no-such-page-for-axe']
/** Not reader pages: the admin, the API, Next's assets, feeds and other non-HTML answers. */
const SKIP = /^\/(admin|api|_next|preview)(\/|$)|\.(xml|txt|json|png|jpe?g|webp|svg|ico)$/

type Violation = { id: string; impact: Impact | null; help: string; nodes: { target: string[] }[] }
type Checked = { url: string; status: number; violations: Violation[] }

const axeSource = fs.readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
)

/** `/posts/a-title` and `/posts/another` are one kind of page; so are two searches. */
function patternOf(url: URL): string {
  const segments = url.pathname.split('/').filter(Boolean)
  const shape = segments.map((segment, i) => (i === 0 ? segment : i === 1 ? ':slug' : segment))
  const params = [...new Set(url.searchParams.keys())].sort()
  return `/${shape.join('/')}${params.length ? `?${params.join('&')}` : ''}`
}

describe('the reader site with axe-core', () => {
  let ctx: SeededServer
  let browser: Browser
  let context: BrowserContext
  let page: Page
  const checked: Checked[] = []

  beforeAll(async () => {
    ctx = await startSeededServer('e2e-site-axe')
    browser = await launchBrowser()
    ;({ context, page } = await newSession(browser, ctx.server.url))
    // The site must not need anything from elsewhere; refuse it so the check is the same offline.
    await context.route('**/*', (route) =>
      new URL(route.request().url()).hostname === '127.0.0.1' ? route.continue() : route.abort(),
    )
  })

  afterAll(async () => {
    await browser?.close()
    await ctx?.stop()
    if (checked.length > 0) process.stdout.write(`${table(checked)}\n`)
  })

  async function check(url: string): Promise<string[]> {
    const response = await page.goto(url)
    await page.addScriptTag({ content: axeSource })
    const violations = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run: (...args: unknown[]) => Promise<unknown> } })
        .axe
      const results = (await axe.run(document, { resultTypes: ['violations'] })) as {
        violations: Violation[]
      }
      return results.violations.map(({ id, impact, help, nodes }) => ({
        id,
        impact,
        help,
        nodes: nodes.map((node) => ({ target: node.target })),
      }))
    })
    checked.push({ url, status: response?.status() ?? 0, violations })
    // The search page as a reader sees it, for the README.
    if (url.startsWith('/search?'))
      await page.screenshot({ path: path.resolve('docs', 'screenshots', 'site-search.png') })
    return page.$$eval('a[href]', (links) => links.map((link) => (link as HTMLAnchorElement).href))
  }

  it('should find no serious or critical violation on any page', async () => {
    const origin = new URL(ctx.server.url).origin
    const queue = ['/', ...ALSO_VISIT]
    const seen = new Set<string>()
    while (queue.length > 0 && checked.length < MAX_PAGES) {
      const next = new URL(queue.shift()!, origin)
      const pattern = patternOf(next)
      if (seen.has(pattern)) continue
      seen.add(pattern)
      const links = await check(`${next.pathname}${next.search}`)
      for (const href of links) {
        const url = new URL(href)
        url.hash = ''
        if (url.origin === origin && !SKIP.test(url.pathname) && !seen.has(patternOf(url)))
          queue.push(`${url.pathname}${url.search}`)
      }
    }
    expect(checked.map(({ url }) => url)).toEqual(expect.arrayContaining(['/', ...ALSO_VISIT]))
    expect(checked.find(({ url }) => url === '/no-such-page-for-axe')?.status).toBe(404)
    const forbidden = checked.flatMap(({ url, violations }) =>
      violations
        .filter(({ impact }) => impact && FORBIDDEN.includes(impact))
        .map(
          ({ id, impact, help, nodes }) =>
            `${url}: ${impact} ${id} (${help}) at ${nodes.map((n) => n.target.join(' ')).join(', ')}`,
        ),
    )
    expect(forbidden).toEqual([])
  })
})

function table(rows: Checked[]): string {
  const count = (violations: Violation[], impact: Impact) =>
    violations.filter((violation) => violation.impact === impact).length
  const lines = [
    `axe-core on the reader site (${rows.length} pages):`,
    `| page | status | ${IMPACTS.join(' | ')} | rules |`,
    `| --- | --- | ${IMPACTS.map(() => '---').join(' | ')} | --- |`,
    ...rows.map(
      ({ url, status, violations }) =>
        `| ${url} | ${status} | ${IMPACTS.map((impact) => count(violations, impact)).join(' | ')} | ${violations.map(({ id }) => id).join(', ') || '–'} |`,
    ),
  ]
  return lines.join('\n')
}
