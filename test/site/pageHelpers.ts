/** Reading the reader site's pages in tests: status, headers and the visible text. */
import { JSDOM } from 'jsdom'

export type SitePage = {
  status: number
  headers: Headers
  html: string
  document: Document
  /** The text of <main>, whitespace collapsed (what a reader sees, not the markup). */
  text: string
  /** The whole page's text (header and footer too). */
  pageText: string
}

const collapse = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim()

const BLOCKS =
  'p, h1, h2, h3, h4, h5, h6, li, dt, dd, div, section, header, footer, aside, article, figure, figcaption, blockquote, nav, ul, ol, dl, main'

/** Text as a reader sees it: blocks apart, scripts and styles left out. */
function visibleText(root: Element | null | undefined): string {
  if (!root) return ''
  const copy = root.cloneNode(true) as Element
  copy.querySelectorAll('script, style, template').forEach((node) => node.remove())
  copy.querySelectorAll(BLOCKS).forEach((node) => node.append(' '))
  return collapse(copy.textContent)
}

export async function getPage(
  baseUrl: string,
  path: string,
  headers: Record<string, string> = {},
): Promise<SitePage> {
  const response = await fetch(`${baseUrl}${path}`, { redirect: 'manual', headers })
  const html = await response.text()
  const { document } = new JSDOM(html).window
  return {
    status: response.status,
    headers: response.headers,
    html,
    document,
    text: visibleText(document.querySelector('main')),
    pageText: visibleText(document.body),
  }
}

/** The parsed JSON-LD blocks of a page (a parse error fails the test). */
export function jsonLd(page: SitePage): Record<string, unknown>[] {
  return [...page.document.querySelectorAll('script[type="application/ld+json"]')].map(
    (script) => JSON.parse(script.textContent ?? '') as Record<string, unknown>,
  )
}

export const meta = (page: SitePage, selector: string) =>
  page.document.querySelector(selector)?.getAttribute('content') ??
  page.document.querySelector(selector)?.getAttribute('href') ??
  null

/** Hrefs of the links inside <main> whose text matches. */
export function linksTo(page: SitePage, text: RegExp): string[] {
  return [...page.document.querySelectorAll('main a')]
    .filter((a) => text.test(collapse(a.textContent)))
    .map((a) => a.getAttribute('href') ?? '')
}
