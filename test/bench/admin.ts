/**
 * The admin's speed as a person meets it, in Debian's Chromium against the production build on the
 * demo site: how long until the login form shows, the posts list shows its rows, and the long
 * analysis post's editor can be typed in. Each figure is the median of five visits, each in a fresh
 * browser context (no cache, no session storage), after one visit that warms the server.
 */
import type { Browser, Page } from 'playwright-core'

import { launchBrowser, newSession } from '../helpers/browser'
import { DEMO_PASSWORD, startSeededServer } from '../helpers/seededServer'
import { ANALYSIS } from '../../src/seed/content/posts'
import { remember } from './processes'

const VISITS = 5

type Scenario = {
  name: string
  /** Seconds, at most. */
  target?: number
  signedIn: boolean
  path: (ids: { analysis: string }) => string
  /** Resolves when the page is ready for what a person came to do. */
  ready: (page: Page) => Promise<unknown>
}

const SCENARIOS: Scenario[] = [
  {
    name: 'login form visible',
    target: 1.0,
    signedIn: false,
    path: () => '/admin/login',
    ready: (page) => page.locator('input[name="email"]').waitFor({ state: 'visible' }),
  },
  {
    name: 'posts list visible',
    signedIn: true,
    path: () => '/admin/collections/posts',
    ready: (page) => page.locator('table tbody tr').first().waitFor({ state: 'visible' }),
  },
  {
    name: 'analysis post editor editable',
    target: 1.0,
    signedIn: true,
    path: ({ analysis }) => `/admin/collections/posts/${analysis}`,
    ready: (page) =>
      page
        .locator('[data-lexical-editor="true"][contenteditable="true"]')
        .first()
        .waitFor({ state: 'visible' }),
  },
]

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]!
}

async function visit(browser: Browser, url: string, token: string | undefined, s: Scenario) {
  const { context, page } = await newSession(browser, url)
  try {
    if (token) {
      const { hostname } = new URL(url)
      await context.addCookies([
        { name: 'payload-token', value: token, domain: hostname, path: '/' },
      ])
    }
    const started = performance.now()
    await page.goto(s.path(ids), { waitUntil: 'commit' })
    await s.ready(page)
    return (performance.now() - started) / 1000
  } finally {
    await context.close()
  }
}

let ids = { analysis: '' }

export async function runAdminBench(): Promise<void> {
  const ctx = await startSeededServer('bench-admin')
  remember(ctx.server)
  const browser = await launchBrowser()
  try {
    const found = await ctx.admin.rest(
      'GET',
      `/api/posts?where[slug][equals]=${ANALYSIS.slug}&depth=0&draft=true`,
    )
    ids = { analysis: found.body.docs[0].id as string }
    const token = await ctx.admin.login('admin@example.com', DEMO_PASSWORD)
    const rows: string[][] = []
    for (const scenario of SCENARIOS) {
      const signed = scenario.signedIn ? token : undefined
      await visit(browser, ctx.server.url, signed, scenario)
      const times: number[] = []
      for (let i = 0; i < VISITS; i++)
        times.push(await visit(browser, ctx.server.url, signed, scenario))
      const value = median(times)
      const verdict =
        scenario.target === undefined
          ? ''
          : `≤ ${scenario.target.toFixed(1)} s ${value <= scenario.target ? '✓' : '✗'}`
      rows.push([
        scenario.name,
        `${value.toFixed(2)} s`,
        times.map((t) => t.toFixed(2)).join(', '),
        verdict,
      ])
    }
    console.log(
      `Admin in Chromium (production build, demo site): median of ${VISITS} visits, each in a fresh context, after one warm-up visit.\n`,
    )
    const header = ['page', 'median', 'visits (s)', 'target']
    const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)))
    const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`
    console.log(line(header))
    console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`)
    for (const row of rows) console.log(line(row))
    console.log('')
  } finally {
    await browser.close()
    await ctx.stop()
  }
}
