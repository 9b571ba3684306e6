/**
 * Importing Markdown, HTML and plain text as posts, the way a writer's archive arrives: checked
 * node by node in the stored Lexical, run twice (the second run changes nothing), with a corrupt
 * file that is reported without harming the rest, and with the importer's access applied.
 */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import type { Payload } from 'payload'

import { runImport, type ImportOutcome } from '../../src/lib/import/run'
import { onLocalChange } from '../../src/lib/readCache/local'
import { readCacheGeneration } from '../../src/plugins/readCache'
import { seed } from '../../src/seed'
import { bootPayload, type TestPayload } from '../helpers/payload'
import { makeTempDir } from '../helpers/tempDir'

const FIXTURES = path.resolve('test/import/fixtures')
const fixture = (...parts: string[]) => path.join(FIXTURES, ...parts)
const ALL = [
  fixture('markdown/on-gold-ground.md'),
  fixture('html/a-question-about-tempera.html'),
  fixture('text/letters-from-a-reader.txt'),
  fixture('broken/bad-front-matter.md'),
]

type Node = {
  type: string
  tag?: string
  text?: string
  url?: string
  listType?: string
  children?: Node[]
  fields?: { url?: string }
}
const textOf = (node: Node): string => node.text ?? (node.children ?? []).map(textOf).join('')
const byStatus = (outcomes: ImportOutcome[]) =>
  Object.fromEntries(outcomes.map((o) => [path.basename(o.file), o.status]))

describe('npm run import', () => {
  let ctx: TestPayload
  let payload: Payload
  let first: ImportOutcome[]

  beforeAll(async () => {
    ctx = await bootPayload('import')
    payload = ctx.payload
    await seed(payload, { demoPassword: 'demo-password-1', log: () => undefined })
    first = await runImport(payload, { files: ALL, as: 'editor@example.com' })
  })
  afterAll(() => ctx?.teardown())

  const post = async (slug: string) =>
    (
      await payload.find({
        collection: 'posts',
        where: { slug: { equals: slug } },
        draft: true,
        depth: 1,
        overrideAccess: true,
      })
    ).docs[0] as unknown as Record<string, any>

  it('should report every file, the corrupt one with its reason and line, without stopping the rest', () => {
    expect(byStatus(first)).toEqual({
      'on-gold-ground.md': 'created',
      'a-question-about-tempera.html': 'created',
      'letters-from-a-reader.txt': 'created',
      'bad-front-matter.md': 'failed',
    })
    const broken = first.find((o) => o.status === 'failed')!
    expect(broken.reason).toMatch(/^front matter: /)
    // The parser notices the unclosed list where the block ends.
    expect(broken.line).toBe(5)
    expect(broken.reason).toBe('front matter: missed comma between flow collection entries')
  })

  it('should turn Markdown into Lexical with headings, lists, links and quotes, and keep the front matter', async () => {
    const doc = await post('on-gold-ground')
    expect(doc).toMatchObject({
      title: 'On Gold Ground',
      _status: 'published',
      stage: 'published',
      excerpt: 'Why icon painters still lay gold before anything else.',
    })
    expect(doc.publishedAt).toBe('2025-03-02T09:00:00.000Z')
    expect(doc.authors.map((a: { slug: string }) => a.slug)).toEqual(['douglas-m-webb'])
    expect(doc.categories.map((c: { slug: string }) => c.slug)).toEqual(['faith-and-culture'])
    const nodes = doc.content.root.children as Node[]
    expect(
      nodes.map((n) =>
        n.tag ? `${n.type}:${n.tag}` : n.listType ? `${n.type}:${n.listType}` : n.type,
      ),
    ).toEqual(['paragraph', 'heading:h2', 'list:ol', 'paragraph', 'quote', 'list:ul'])
    // The repeated "# On Gold Ground" was the title, not content.
    expect(textOf(nodes[0]!)).toBe('Gold goes down first, before a single face is drawn.')
    expect(nodes[2]!.children!.map(textOf)).toEqual([
      'Gesso, sanded smooth',
      'Bole, the red clay under the gold',
      'Gold leaf, laid and burnished',
    ])
    const link = nodes[3]!.children!.find((n) => n.type === 'link')!
    expect(link.fields?.url).toBe('https://example.org/gallery')
    expect(textOf(link)).toBe('the gallery')
    expect(textOf(nodes[4]!)).toBe(
      'Light is not painted on an icon; it is what the icon is painted on.',
    )
  })

  it('should turn HTML into Lexical, with bold text, and take the title from the page', async () => {
    const doc = await post('a-question-about-tempera')
    expect(doc).toMatchObject({ title: 'A Question About Tempera', _status: 'draft' })
    const nodes = doc.content.root.children as Node[]
    const types = nodes.map((n) => (n.tag ? `${n.type}:${n.tag}` : n.type))
    // The <h1> repeating the title became the title.
    expect(types).toEqual(['paragraph', 'heading:h2', 'list:ul', 'paragraph', 'quote'])
    const link = nodes[3]!.children!.find((n) => n.type === 'link')!
    expect(link.fields?.url).toBe('https://example.org/tempera')
    const paragraph = nodes.find(
      (n) => n.type === 'paragraph' && textOf(n).startsWith('A reader asked'),
    )!
    expect(paragraph.children!.find((n) => n.text === 'binder')).toMatchObject({ format: 1 })
    expect(nodes.find((n) => n.type === 'list')!.children!.map(textOf)).toEqual([
      'It dries fast',
      'It lasts centuries',
    ])
  })

  it('should make a plain text file a post: first line the title, each line a paragraph', async () => {
    const doc = await post('letters-from-a-reader')
    expect(doc.title).toBe('Letters From a Reader')
    const nodes = doc.content.root.children as Node[]
    expect(nodes.map(textOf)).toEqual([
      'A reader wrote to ask how long one icon takes.',
      'The honest answer is: longer than you think, and shorter than it feels.',
      'Each layer waits for the one beneath it to dry.',
    ])
  })

  it('should find nothing to do the second time', async () => {
    const again = await runImport(payload, { files: ALL, as: 'editor@example.com' })
    expect(byStatus(again)).toEqual({
      'on-gold-ground.md': 'unchanged',
      'a-question-about-tempera.html': 'unchanged',
      'letters-from-a-reader.txt': 'unchanged',
      'bad-front-matter.md': 'failed',
    })
  })

  it('should report an update in a dry run without writing it, then write it', async () => {
    const temp = makeTempDir('import-edit')
    try {
      const file = path.join(temp.dir, 'on-gold-ground.md')
      fs.writeFileSync(
        file,
        fs
          .readFileSync(ALL[0]!, 'utf8')
          .replace('Gold goes down first', 'Gold always goes down first'),
      )
      const dry = await runImport(payload, {
        files: [file],
        as: 'editor@example.com',
        dryRun: true,
      })
      expect(dry[0]).toMatchObject({ status: 'updated', slug: 'on-gold-ground' })
      expect(textOf((await post('on-gold-ground')).content.root.children[0])).toBe(
        'Gold goes down first, before a single face is drawn.',
      )
      const real = await runImport(payload, { files: [file], as: 'editor@example.com' })
      expect(real[0]!.status).toBe('updated')
      expect(textOf((await post('on-gold-ground')).content.root.children[0])).toBe(
        'Gold always goes down first, before a single face is drawn.',
      )
    } finally {
      temp.remove()
    }
  })

  it('should refuse unknown authors unless asked to create them', async () => {
    const temp = makeTempDir('import-new-author')
    try {
      const file = path.join(temp.dir, 'guest.md')
      fs.writeFileSync(file, '---\ntitle: A Guest Essay\nauthors: [Miriam Osei]\n---\nHello.\n')
      const refused = await runImport(payload, { files: [file], as: 'editor@example.com' })
      expect(refused[0]).toMatchObject({
        status: 'failed',
        reason: 'authors: no author "Miriam Osei" (use --create-missing to create it)',
      })
      const created = await runImport(payload, {
        files: [file],
        as: 'editor@example.com',
        createMissing: true,
      })
      expect(created[0]!.status).toBe('created')
      expect((await post('a-guest-essay')).authors.map((a: { name: string }) => a.name)).toEqual([
        'Miriam Osei',
      ])
    } finally {
      temp.remove()
    }
  })

  it('should import with the access of --as: a contributor cannot publish through it', async () => {
    const temp = makeTempDir('import-contributor')
    try {
      const file = path.join(temp.dir, 'eager.md')
      fs.writeFileSync(
        file,
        '---\ntitle: An Eager Essay\nauthors: [Ruth Ellery]\nstatus: published\n---\nHello.\n',
      )
      const outcome = (
        await runImport(payload, { files: [file], as: 'contributor@example.com' })
      )[0]!
      expect(outcome.status).toBe('failed')
      expect(outcome.reason).toMatch(/may not/)
      expect(await post('an-eager-essay')).toBeUndefined()
    } finally {
      temp.remove()
    }
  })

  it('should write the rest of a batch when one post in it is refused at write time', async () => {
    const temp = makeTempDir('import-batch')
    try {
      // Written in one transaction; the refused publish rolls it back, and the batch is written
      // again post by post, so only the refused file fails.
      const files = ['a-first-draft', 'a-refused-publish', 'a-second-draft'].map((slug) =>
        path.join(temp.dir, `${slug}.md`),
      )
      fs.writeFileSync(files[0]!, '---\ntitle: A First Draft\nauthors: [Ruth Ellery]\n---\nOne.\n')
      fs.writeFileSync(
        files[1]!,
        '---\ntitle: A Refused Publish\nauthors: [Ruth Ellery]\nstatus: published\n---\nTwo.\n',
      )
      fs.writeFileSync(
        files[2]!,
        '---\ntitle: A Second Draft\nauthors: [Ruth Ellery]\n---\nThree.\n',
      )
      const outcomes = await runImport(payload, { files, as: 'contributor@example.com' })
      expect(outcomes.map((o) => o.status)).toEqual(['created', 'failed', 'created'])
      expect(outcomes[1]!.reason).toMatch(/may not/)
      expect((await post('a-first-draft'))?.title).toBe('A First Draft')
      expect((await post('a-second-draft'))?.title).toBe('A Second Draft')
      expect(await post('a-refused-publish')).toBeUndefined()
    } finally {
      temp.remove()
    }
  })

  it('should still refuse a reference the batch check did not vouch for, naming the field', async () => {
    // The importer checks a batch's references once and passes them in verifiedReferences; the
    // hook looks up only the others, and a missing one still fails the post with its field.
    const author = await payload.create({
      collection: 'authors',
      data: { name: 'Present Author', slug: 'present-author' },
      overrideAccess: true,
    })
    const gone = await payload.create({
      collection: 'authors',
      data: { name: 'Gone Author', slug: 'gone-author' },
      overrideAccess: true,
    })
    await payload.delete({ collection: 'authors', id: gone.id, overrideAccess: true })
    const create = (verified: string[]) =>
      payload.create({
        collection: 'posts',
        data: { title: 'Naming A Gone Author', authors: [author.id, gone.id] },
        draft: true,
        overrideAccess: true,
        context: { verifiedReferences: { authors: new Set(verified) } },
      })
    await expect(create([String(author.id)])).rejects.toMatchObject({
      data: {
        errors: [{ path: 'authors', message: `No authors document with ID ${gone.id} exists.` }],
      },
    })
    expect(await post('naming-a-gone-author')).toBeUndefined()
  })

  it('should list outcomes and exit 1 from the command line when a file failed', () => {
    const result = spawnSync(
      process.execPath,
      [
        '--import',
        'tsx',
        'src/scripts/import.ts',
        '--as',
        'editor@example.com',
        '--dry-run',
        FIXTURES,
      ],
      {
        env: {
          PATH: process.env.PATH,
          HOME: process.env.HOME,
          DATABASE_URI: process.env.DATABASE_URI,
          MEDIA_DIR: process.env.MEDIA_DIR,
          PAYLOAD_SECRET: process.env.PAYLOAD_SECRET,
          NODE_OPTIONS: '--no-deprecation --conditions=development',
          NODE_ENV: 'test',
        },
        encoding: 'utf8',
        timeout: 120_000,
      },
    )
    expect(result.status).toBe(1)
    expect(result.stdout).toContain('failed     ')
    expect(result.stdout).toMatch(/bad-front-matter\.md \(line 5\): front matter: missed comma/)
    expect(result.stdout).toMatch(
      /4 files: 0 created, 1 updated, 2 unchanged, 1 failed \(dry run: nothing written\)/,
    )
  })

  it('should tell the public read cache once per import, not once per post', async () => {
    const temp = makeTempDir('import-cache')
    const files = [1, 2, 3].map((n) => {
      const file = path.join(temp.dir, `cache-note-${n}.md`)
      fs.writeFileSync(
        file,
        `---\ntitle: Cache note ${n}\nauthors: [Douglas M Webb]\nstatus: published\n---\n\nA short note.\n`,
      )
      return file
    })
    const before = await readCacheGeneration(payload)
    let announced = 0
    const stop = onLocalChange(() => announced++)
    try {
      const outcomes = await runImport(payload, { files, as: 'editor@example.com' })
      expect(outcomes.map((outcome) => outcome.status)).toEqual(['created', 'created', 'created'])
    } finally {
      stop()
      temp.remove()
    }
    expect(announced).toBe(1)
    expect(await readCacheGeneration(payload)).not.toBe(before)
  })
})
