/**
 * `npm run seed` from the command line against its own SQLite database: it seeds and prints the
 * logins; `--reset` refuses without a terminal or --yes (and in production without --yes) and
 * leaves everything as it was; with --yes it wipes documents and files and seeds again; a seed
 * after that changes nothing.
 */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'

import type { Payload } from 'payload'

import { decideReset, RESET_MESSAGES } from '../../src/seed/confirmReset'
import { DEMO_COMMENTS } from '../../src/seed/content/comments'
import { testDatabase, TEST_SECRET } from '../helpers/database'

const db = testDatabase('seed-reset')
const PASSWORD = 'demo-password-1'

function seedCommand(args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/scripts/seed.ts', ...args], {
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      ...db.env,
      PAYLOAD_SECRET: TEST_SECRET,
      DEMO_PASSWORD: PASSWORD,
      NODE_OPTIONS: '--no-deprecation --conditions=development',
      NODE_ENV: 'test',
      ...env,
    },
    // Piped, as in CI: standard input is no terminal.
    stdio: 'pipe',
    encoding: 'utf8',
    timeout: 180_000,
  })
  return { status: result.status, stdout: result.stdout, stderr: result.stderr }
}

describe('npm run seed (command line)', () => {
  let payload: Payload
  const COLLECTIONS = [
    'users',
    'authors',
    'categories',
    'tags',
    'media',
    'artworks',
    'galleries',
    'posts',
    'comment-policies',
  ] as const

  /** Every document's ID and last update, collection by collection: equal snapshots, nothing changed. */
  const snapshot = async () => {
    const out: Record<string, unknown[]> = {}
    for (const collection of COLLECTIONS) {
      const { docs } = await payload.find({
        collection,
        pagination: false,
        depth: 0,
        draft: true,
        sort: 'createdAt',
        overrideAccess: true,
      })
      out[collection] = docs.map((doc) => [doc.id, doc.updatedAt])
    }
    out.settings = [
      (await payload.findGlobal({ slug: 'site-settings', depth: 0, overrideAccess: true }))
        .updatedAt,
    ]
    return out
  }
  const tagSlugs = async () =>
    (
      await payload.find({ collection: 'tags', pagination: false, depth: 0, overrideAccess: true })
    ).docs
      .map((tag) => tag.slug)
      .sort()

  beforeAll(async () => {
    // This process reads the same database the commands write (SQLite in WAL mode allows both).
    process.env.DATABASE_URI = db.uri
    process.env.PAYLOAD_SECRET = TEST_SECRET
    process.env.MEDIA_DIR = db.mediaDir
    const { default: config } = await import('../../payload.config')
    const { getPayload } = await import('payload')
    payload = await getPayload({ config, key: 'test-seed-reset' })
  })
  afterAll(async () => {
    await payload?.destroy()
    db.cleanup()
  })

  it('should seed an empty database and print the demo logins', async () => {
    const result = seedCommand([])
    expect(result.status).toBe(0)
    expect(result.stdout).toMatch(/^ {2}admin@example\.com +demo-password-1$/m)
    expect(result.stdout).toMatch(/^ {2}moderator@example\.com +demo-password-1$/m)
    expect((await payload.count({ collection: 'posts', overrideAccess: true })).totalDocs).toBe(3)
  })

  it('should refuse --reset without a terminal or --yes, and change nothing', async () => {
    await payload.create({
      collection: 'tags',
      data: { title: 'Added by hand' },
      overrideAccess: true,
    })
    const before = await snapshot()
    const result = seedCommand(['--reset'])
    expect(result.status).toBe(2)
    expect(result.stderr).toContain(RESET_MESSAGES.noTerminal)
    expect(await snapshot()).toEqual(before)
    expect(await tagSlugs()).toContain('added-by-hand')
  })

  it('should refuse --reset in production unless --yes is given too', async () => {
    const before = await snapshot()
    const result = seedCommand(['--reset'], { NODE_ENV: 'production' })
    expect(result.status).toBe(2)
    expect(result.stderr).toContain(RESET_MESSAGES.production)
    expect(await snapshot()).toEqual(before)
  })

  it('should wipe documents and files with --reset --yes, then seed again', async () => {
    // A reader's comment holds a required reference to its post: the wipe must still get through.
    const [post] = (
      await payload.find({ collection: 'posts', limit: 1, depth: 0, overrideAccess: true })
    ).docs
    await payload.create({
      collection: 'comments',
      data: {
        post: post!.id,
        name: 'Morag',
        email: 'morag@example.net',
        body: 'Thank you for this.',
      },
      overrideAccess: true,
    })
    const before = await snapshot()
    const result = seedCommand(['--reset', '--yes'])
    expect(result.status).toBe(0)
    expect(result.stdout).toMatch(/^reset: deleted \d+ documents and \d+ uploaded files/m)
    // New logins, printed again: the old accounts were deleted with everything else.
    expect(result.stdout).toMatch(/^ {2}admin@example\.com +demo-password-1$/m)
    expect(await tagSlugs()).not.toContain('added-by-hand')
    // Morag's comment went with everything else; only the demo's own conversation is back.
    const comments = await payload.find({
      collection: 'comments',
      limit: 100,
      depth: 0,
      overrideAccess: true,
    })
    expect(comments.docs.map((doc) => doc.name)).not.toContain('Morag')
    expect(comments.totalDocs).toBe(DEMO_COMMENTS.length + 1)
    const after = await snapshot()
    for (const collection of COLLECTIONS) {
      expect(after[collection]).toHaveLength(
        (before[collection] as unknown[]).length - (collection === 'tags' ? 1 : 0),
      )
      // Every document is a new one.
      const old = new Set((before[collection] as [string][]).map(([id]) => id))
      expect((after[collection] as [string][]).some(([id]) => old.has(id))).toBe(false)
    }
    // The old files went with their documents: the folder holds exactly what media names, with
    // no "-1" copies beside the old files.
    const { docs } = await payload.find({
      collection: 'media',
      pagination: false,
      depth: 0,
      overrideAccess: true,
    })
    const named = docs
      .flatMap((doc) => [
        doc.filename,
        ...Object.values(doc.sizes ?? {}).map((size) => size?.filename),
      ])
      .filter(Boolean)
    expect(fs.readdirSync(db.mediaDir).sort()).toEqual([...named].sort())
    expect(named.some((name) => /-1\.png$/.test(String(name)))).toBe(false)
  })

  it('should create and change nothing when run again', async () => {
    const before = await snapshot()
    const result = seedCommand([])
    expect(result.status).toBe(0)
    expect(result.stdout).toContain('seed: 0 documents created')
    expect(result.stdout).toContain('demo logins already exist (passwords unchanged)')
    expect(await snapshot()).toEqual(before)
  })
})

describe('deciding a reset', () => {
  it('should go with --yes, ask on a terminal, and refuse otherwise', () => {
    expect(decideReset({ yes: true, terminal: false, production: true })).toEqual({ go: true })
    expect(decideReset({ yes: false, terminal: true, production: false })).toEqual({ ask: true })
    expect(decideReset({ yes: false, terminal: false, production: false })).toEqual({
      refuse: RESET_MESSAGES.noTerminal,
    })
    // In production typing "yes" is not enough.
    expect(decideReset({ yes: false, terminal: true, production: true })).toEqual({
      refuse: RESET_MESSAGES.production,
    })
  })
})
