/**
 * `npm run bench`: the production server on a temp SQLite database with 1,000 published posts,
 * loaded by autocannon (32 connections, 10 s a scenario). Prints req/s, p50 and p99 latency per
 * scenario and each one's ratio to a bare Express route serving the same bytes from memory.
 * Then the import scenario (importScenario.ts). BENCH_ONLY=http or BENCH_ONLY=import runs one part.
 * A script that prints figures, not a test: this machine is shared and noisy.
 */
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import autocannon from 'autocannon'

import { apiClient } from '../helpers/client'
import { testDatabase } from '../helpers/database'
import { freePort, startServer } from '../helpers/server'
import { makeTempDir } from '../helpers/tempDir'
import { compilePolicy, judgeComment } from '../../src/lib/commentPolicy'
import { ensureBuild } from '../../src/lib/ensureBuild'
import { DEMO_COMMENT_POLICY } from '../../src/seed/content/commentPolicy'
import { runImportScenario } from './importScenario'

const POSTS = Number(process.env.BENCH_POSTS ?? 1000)
const CONNECTIONS = 32
const DURATION_S = Number(process.env.BENCH_SECONDS ?? 10)
const PASSWORD = 'bench-password-123'

type Scenario = {
  name: string
  url: string
  method?: 'GET' | 'POST'
  body?: string
  headers?: Record<string, string>
}
type Row = { name: string; rps: number; p50: number; p99: number; errors: number; non2xx: number }

const paragraph = (i: number, n: number) =>
  `Paragraph ${n} of essay ${i}: a reader asked why the talks kept failing, and the answer needs ` +
  'context: who wanted what, which demands changed, and what each side could accept without losing face at home.'

function lexical(i: number) {
  const children = Array.from({ length: 6 }, (_, n) => ({
    type: 'paragraph',
    version: 1,
    direction: 'ltr',
    format: '',
    indent: 0,
    textFormat: 0,
    children: [
      {
        type: 'text',
        version: 1,
        text: paragraph(i, n),
        detail: 0,
        format: 0,
        mode: 'normal',
        style: '',
      },
    ],
  }))
  return { root: { type: 'root', version: 1, direction: 'ltr', format: '', indent: 0, children } }
}

async function seedPosts(baseUrl: string) {
  const admin = apiClient(baseUrl)
  await admin.login('admin@example.com', PASSWORD)
  const { body: authors } = await admin.rest(
    'GET',
    '/api/authors?where[slug][equals]=douglas-m-webb',
  )
  const author = authors.docs[0].id as string
  let next = 0
  const worker = async () => {
    while (next < POSTS) {
      const i = next++
      const { status, body } = await admin.rest('POST', '/api/posts', {
        title: `Essay ${i}: why the ceasefire talks kept failing`,
        content: lexical(i),
        authors: [author],
        _status: 'published',
      })
      if (status !== 201)
        throw new Error(`creating post ${i} failed: ${status} ${JSON.stringify(body)}`)
    }
  }
  await Promise.all(Array.from({ length: 4 }, worker))
}

async function measure(scenario: Scenario): Promise<Row> {
  const run = (duration: number) =>
    autocannon({
      url: scenario.url,
      method: scenario.method ?? 'GET',
      body: scenario.body,
      headers: scenario.headers,
      connections: CONNECTIONS,
      duration,
    })
  await run(2) // warm-up: JIT, caches, connection pools
  const result = await run(DURATION_S)
  return {
    name: scenario.name,
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  }
}

async function startReference(bodyFile: string): Promise<{ url: string; stop: () => void }> {
  const port = await freePort()
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', path.join('test', 'bench', 'referenceServer.ts'), bodyFile, String(port)],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
      env: {
        ...process.env,
        NODE_ENV: 'production',
        NODE_OPTIONS: '--no-deprecation --conditions=production',
      },
    },
  )
  await new Promise<void>((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => chunk.toString().includes('ready') && resolve())
    child.once('exit', (code) => reject(new Error(`reference server exited with ${code}`)))
  })
  return { url: `http://127.0.0.1:${port}`, stop: () => child.kill('SIGTERM') }
}

function printTable(rows: Row[], ceiling: Row) {
  const header = ['scenario', 'req/s', 'p50 ms', 'p99 ms', 'vs ceiling', 'errors', 'non-2xx']
  const lines = rows.map((row) => [
    row.name,
    row.rps.toFixed(0),
    row.p50.toFixed(1),
    row.p99.toFixed(1),
    `${((row.rps / ceiling.rps) * 100).toFixed(1)}%`,
    String(row.errors),
    String(row.non2xx),
  ])
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)))
  const format = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`
  console.log(format(header))
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`)
  for (const line of lines) console.log(format(line))
}

/** The rule engine on its own: the demo policy judging a mix of comments, in this process. */
function engineCommentsPerSecond(): number {
  const policy = compilePolicy(DEMO_COMMENT_POLICY)
  const bodies = [
    'A calm and thoughtful reply about the post, with no links and nothing heated in it.',
    'SHOUTING ABOUT THE ELECTION!!! https://a.example.com https://b.example.com c.org/x',
    'A correction: the date in the third paragraph should read 25 March.',
  ]
  const count = 20_000
  const started = performance.now()
  for (let index = 0; index < count; index++) {
    judgeComment(
      policy,
      {
        body: bodies[index % bodies.length]!,
        name: 'Reader',
        email: 'reader@example.com',
        kind: 'comment',
      },
      { now: new Date(), postPublishedAt: new Date(), trustedCommenter: index % 2 === 0 },
    )
  }
  return count / ((performance.now() - started) / 1000)
}

async function main() {
  if (process.env.BENCH_ONLY === 'import') return runImportScenario()
  await ensureBuild()
  const db = testDatabase('bench')
  const temp = makeTempDir('bench')
  const server = await startServer({
    ...db.env,
    SEED_DEMO: 'true',
    DEMO_PASSWORD: PASSWORD,
    // The flood limits would turn the comment scenario into a 429 benchmark.
    SUBMISSIONS_PER_MINUTE_PER_IP: '100000000',
    SUBMISSIONS_PER_MINUTE_PER_EMAIL: '100000000',
  })
  let reference: Awaited<ReturnType<typeof startReference>> | undefined
  try {
    const seeding = Date.now()
    await seedPosts(server.url)
    console.log(
      `seeded ${POSTS} published posts over REST in ${((Date.now() - seeding) / 1000).toFixed(1)} s`,
    )

    const listPath = '/api/posts?limit=10'
    const bytes = Buffer.from(await (await fetch(`${server.url}${listPath}`)).arrayBuffer())
    const bodyFile = path.join(temp.dir, 'rest-list.json')
    fs.writeFileSync(bodyFile, bytes)
    reference = await startReference(bodyFile)

    const graphqlQuery = JSON.stringify({
      query:
        '{ Posts(limit: 10) { totalDocs docs { id title slug content createdAt updatedAt } } }',
    })
    const commentedPost = (await (
      await fetch(`${server.url}/api/posts?limit=1&sort=-publishedAt`)
    ).json()) as { docs: { id: string }[] }
    const comment = JSON.stringify({
      post: commentedPost.docs[0]!.id,
      name: 'Bench Reader',
      email: 'bench@readers.example',
      body: 'A calm reply about the post, long enough to be judged by every rule of the policy.',
      startedAt: Date.now() - 60_000,
    })
    console.log(
      `comment engine alone: ${engineCommentsPerSecond().toFixed(0)} comments/s (demo policy, in process)`,
    )
    const scenarios: Scenario[] = [
      { name: 'REST list (/api/posts?limit=10)', url: `${server.url}${listPath}` },
      {
        name: 'GraphQL list (10 posts)',
        url: `${server.url}/api/graphql`,
        method: 'POST',
        body: graphqlQuery,
        headers: { 'content-type': 'application/json' },
      },
      {
        name: 'POST /api/comments (judged and stored)',
        url: `${server.url}/api/comments`,
        method: 'POST',
        body: comment,
        headers: { 'content-type': 'application/json' },
      },
      { name: 'ceiling: Express, same bytes from memory', url: `${reference.url}${listPath}` },
    ]
    const rows: Row[] = []
    for (const scenario of scenarios) {
      console.log(`measuring ${scenario.name} (${CONNECTIONS} connections, ${DURATION_S} s)...`)
      rows.push(await measure(scenario))
    }
    console.log(`\nresponse size: ${bytes.length} bytes; ${POSTS} posts; node ${process.version}\n`)
    printTable(rows, rows[rows.length - 1]!)
  } finally {
    reference?.stop()
    await server.stop()
    db.cleanup()
    temp.remove()
  }
  if (process.env.BENCH_ONLY !== 'http') await runImportScenario()
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
