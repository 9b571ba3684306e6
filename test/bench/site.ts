/**
 * The reader site part of `npm run bench` (BENCH_ONLY=site): the bench content (BENCH_SITE_POSTS
 * posts, default 1,000) seeded into our database, then the home and a post page under load on our
 * production server uncached (READ_CACHE=off: every request renders and asks the API), with only
 * the API's cache (SITE_CACHE=off), and cached (the HTML cache, warm), against the ceiling (bare
 * Express returning the same HTML from memory); and the weight of each page type as a browser
 * loads it: HTML, the stylesheets and the scripts it links, in bytes.
 */
import { testDatabase } from '../helpers/database'
import type { RunningServer } from '../helpers/server'
import { makeTempDir } from '../helpers/tempDir'
import { FIXTURE_SLUGS, MIN_POSTS } from './fixture'
import { measure, CONNECTIONS, DURATION_SECONDS, WARM_UP_SECONDS, type Figures } from './measure'
import { remember, seed, startReference } from './processes'
import { startServer } from '../helpers/server'

type SitePage = { name: string; path: string }

/** The pages measured under load. */
const LOADED: SitePage[] = [
  { name: 'home', path: '/' },
  { name: 'post', path: `/posts/${FIXTURE_SLUGS.post}` },
]
/** One page of each type, weighed. */
const WEIGHED: SitePage[] = [
  ...LOADED,
  { name: 'archive (category)', path: '/categories/church-history' },
  { name: 'gallery', path: `/galleries/${FIXTURE_SLUGS.gallery}` },
  { name: 'search', path: '/search?q=ceasefire' },
]

type Run = 'uncached' | 'API cache only' | 'cached'
const RUNS: { run: Run; env: Record<string, string> }[] = [
  { run: 'uncached', env: { READ_CACHE: 'off' } },
  { run: 'API cache only', env: { READ_CACHE: 'on', SITE_CACHE: 'off' } },
  { run: 'cached', env: { READ_CACHE: 'on', SITE_CACHE: 'on' } },
]

const log = (line: string) => console.log(line)

async function fetchBytes(url: string) {
  const response = await fetch(url)
  return {
    status: response.status,
    bytes: Buffer.from(await response.arrayBuffer()),
    cache: response.headers.get('x-cache'),
  }
}

type Weight = { status: number; html: number; css: number; js: number }

/** The page's HTML and every stylesheet and script it links (each counted once), in bytes. */
async function weigh(base: string, path: string): Promise<Weight> {
  const page = await fetchBytes(`${base}${path}`)
  const html = page.bytes.toString('utf8')
  const attr = (pattern: RegExp) => [...new Set([...html.matchAll(pattern)].map(([, url]) => url!))]
  const css = attr(/<link[^>]+rel="stylesheet"[^>]*href="([^"]+)"/g)
  const js = attr(/<script[^>]+src="([^"]+)"/g)
  const total = async (urls: string[]) => {
    let sum = 0
    for (const url of urls) sum += (await fetchBytes(new URL(url, base).toString())).bytes.length
    return sum
  }
  return {
    status: page.status,
    html: page.bytes.length,
    css: await total(css),
    js: await total(js),
  }
}

function table(header: string[], rows: string[][]) {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)))
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`
  console.log(line(header))
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`)
  for (const row of rows) console.log(line(row))
  console.log('')
}

const count = (value: number) => Math.round(value).toLocaleString('en-US')
const kb = (bytes: number) => (bytes / 1024).toFixed(1)

export async function runSiteBench(): Promise<void> {
  const posts = Number(process.env.BENCH_SITE_POSTS ?? 1000)
  if (!Number.isInteger(posts) || posts < MIN_POSTS)
    throw new Error(`BENCH_SITE_POSTS: a whole number of at least ${MIN_POSTS}, got "${posts}"`)
  const db = testDatabase('bench-site')
  const temp = makeTempDir('bench-site-reference')
  const figures = new Map<string, Figures>()
  const statuses = new Map<string, number>()
  const bodies: Buffer[] = []
  let weights: [SitePage, Weight][] = []
  try {
    const seeded = await seed('ours', db, posts)
    log(
      `seeded the site: ${seeded.created.toLocaleString('en-US')} posts in ${seeded.seconds.toFixed(1)} s`,
    )
    for (const { run, env } of RUNS) {
      const server: RunningServer = remember(await startServer({ ...db.env, ...env }, 120_000))
      try {
        for (const page of LOADED) {
          const first = await fetchBytes(`${server.url}${page.path}`)
          statuses.set(page.name, first.status)
          if (run === 'uncached') bodies.push(first.bytes)
          log(`  ${run}: ${page.name} (${page.path}, ${first.status})`)
          figures.set(
            `${run} ${page.name}`,
            await measure({ url: `${server.url}${page.path}`, method: 'GET' }),
          )
          if (run === 'cached') {
            const warm = await fetchBytes(`${server.url}${page.path}`)
            if (warm.cache !== 'HIT')
              log(`  warning: ${page.name} answered X-Cache: ${warm.cache} when warm`)
          }
        }
        if (run === 'cached') {
          const health = (await (await fetch(`${server.url}/healthz`)).json()) as {
            siteCache?: unknown
          }
          log(`  /healthz site cache: ${JSON.stringify(health.siteCache)}`)
          weights = []
          for (const page of WEIGHED) weights.push([page, await weigh(server.url, page.path)])
        }
      } finally {
        await server.stop()
      }
    }
    const ceiling = remember(await startReference(temp.dir, bodies))
    try {
      for (const [index, page] of LOADED.entries()) {
        log(`  ceiling: ${page.name}`)
        figures.set(
          `ceiling ${page.name}`,
          await measure({ url: `${ceiling.url}/${index}`, method: 'GET' }),
        )
      }
    } finally {
      await ceiling.stop()
    }
  } finally {
    db.cleanup()
    temp.remove()
  }

  console.log('')
  console.log(
    `Reader site, ${count(posts)} posts: autocannon, ${CONNECTIONS} connections, ${WARM_UP_SECONDS} s warm-up then ${DURATION_SECONDS} s each; node ${process.version}. ` +
      'Ratio = req/s ÷ the ceiling (bare Express sending the same HTML from memory).',
  )
  const rows: string[][] = []
  for (const page of LOADED) {
    const top = figures.get(`ceiling ${page.name}`)!
    for (const run of [...RUNS.map(({ run }) => run), 'ceiling'] as const) {
      const f = figures.get(`${run} ${page.name}`)!
      rows.push([
        `${page.name} (${statuses.get(page.name)})`,
        run,
        count(f.rps),
        f.p99.toFixed(0),
        run === 'ceiling' || top.rps === 0 ? '' : (f.rps / top.rps).toFixed(3),
        String(f.errors + f.non2xx),
      ])
    }
  }
  table(['page (status)', 'server', 'req/s', 'p99 ms', 'ratio to ceiling', 'errors/non-2xx'], rows)
  console.log(
    'Page weight as a browser loads it (the HTML and the stylesheets and scripts it links):',
  )
  table(
    ['page type', 'path', 'status', 'HTML KB', 'CSS KB', 'JS KB', 'total KB'],
    weights.map(([page, w]) => [
      page.name,
      page.path,
      String(w.status),
      kb(w.html),
      kb(w.css),
      kb(w.js),
      kb(w.html + w.css + w.js),
    ]),
  )
}
