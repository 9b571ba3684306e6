/**
 * Images named by imported files: uploaded to media once, known by their bytes across files and
 * runs, placed as upload nodes where the file had them, and a missing one failing only its file.
 */
import fs from 'node:fs'
import path from 'node:path'

import type { Payload } from 'payload'

import { extractImages } from '../../src/lib/import/images'
import { runImport, type ImportOutcome } from '../../src/lib/import/run'
import { seed } from '../../src/seed'
import { bootPayload, type TestPayload } from '../helpers/payload'
import { makeTempDir } from '../helpers/tempDir'

const FIXTURES = path.resolve('test/import/image-fixtures')
const MARKDOWN = path.join(FIXTURES, 'essays/laying-gold.md')
const HTML = path.join(FIXTURES, 'essays/on-brushes.html')
const MISSING = path.join(FIXTURES, 'broken/missing-picture.md')

type Node = {
  type: string
  tag?: string
  text?: string
  children?: Node[]
  fields?: { url?: string }
  [key: string]: unknown
}
const textOf = (node: Node): string => node.text ?? (node.children ?? []).map(textOf).join('')
const shape = (node: Node) =>
  node.type === 'upload' ? 'upload' : node.tag ? `${node.type}:${node.tag}` : node.type

describe('images in imported files', () => {
  let ctx: TestPayload
  let payload: Payload
  let first: ImportOutcome[]
  const media: Record<string, string> = {}
  let seededMedia: number

  const mediaCount = async () =>
    (await payload.count({ collection: 'media', overrideAccess: true })).totalDocs
  const post = async (slug: string) =>
    (
      await payload.find({
        collection: 'posts',
        where: { slug: { equals: slug } },
        draft: true,
        depth: 0,
        overrideAccess: true,
      })
    ).docs[0] as unknown as Record<string, any>

  beforeAll(async () => {
    ctx = await bootPayload('import-images')
    payload = ctx.payload
    await seed(payload, { demoPassword: 'demo-password-1', log: () => undefined })
    seededMedia = await mediaCount()
    first = await runImport(payload, { files: [MARKDOWN, HTML, MISSING], as: 'editor@example.com' })
    const { docs } = await payload.find({
      collection: 'media',
      where: { filesize: { less_than: 1000 } },
      depth: 0,
      overrideAccess: true,
    })
    for (const doc of docs) media[doc.filename!] = String(doc.id)
  })
  afterAll(() => ctx?.teardown())

  it('should upload each picture once, however many files or names it has', async () => {
    expect(first.map((outcome) => outcome.status)).toEqual(['created', 'created', 'failed'])
    // gold-leaf.png twice and the brush under two names: three pictures, three media documents.
    expect(await mediaCount()).toBe(seededMedia + 3)
    expect(Object.keys(media).sort()).toEqual(['brush.png', 'gold-leaf.png', 'panel.webp'])
    const gold = await payload.findByID({
      collection: 'media',
      id: media['gold-leaf.png']!,
      depth: 0,
      overrideAccess: true,
    })
    expect(gold).toMatchObject({
      alt: 'Gold leaf laid on bole',
      mimeType: 'image/png',
      width: 48,
      height: 32,
    })
    // No alt text in the file: the file name in words stands in for it.
    const brush = await payload.findByID({
      collection: 'media',
      id: media['brush.png']!,
      depth: 0,
      overrideAccess: true,
    })
    expect(brush.alt).toBe('brush')
  })

  it('should put an upload node where each Markdown image was, splitting its paragraph', async () => {
    const doc = await post('laying-gold')
    const nodes = doc.content.root.children as Node[]
    expect(nodes.map(shape)).toEqual([
      'paragraph',
      'upload',
      'paragraph',
      'upload',
      'paragraph',
      'heading:h2',
      'list:ul',
      'paragraph',
    ])
    expect(textOf(nodes[0]!)).toBe('Gold is laid before anything else is painted.')
    expect(nodes[1]).toEqual({
      type: 'upload',
      version: 3,
      format: '',
      id: expect.stringMatching(/^[0-9a-f]{24}$/),
      fields: {},
      relationTo: 'media',
      value: media['gold-leaf.png'],
    })
    // The inline image split "soft ![](brush.png) and never": text, picture, text.
    expect(textOf(nodes[2]!)).toBe('The brush for it is soft')
    expect(nodes[3]).toMatchObject({
      type: 'upload',
      relationTo: 'media',
      value: media['brush.png'],
      fields: {},
    })
    expect(textOf(nodes[4]!)).toBe('and never touches the paint.')
    expect(nodes[1]!.id).not.toBe(nodes[3]!.id)
    // A remote picture is not fetched: it stays a link, and the outcome says so.
    const link = nodes[7]!.children!.find((node) => node.type === 'link')!
    expect(link.fields?.url).toBe('https://example.org/panel.png')
    expect(textOf(link)).toBe('A remote panel')
    expect(first[0]!.warnings).toEqual([
      'image https://example.org/panel.png (line 23) is not a local file: kept as a link, not uploaded',
    ])
  })

  it('should set the featured image from front matter, reusing the same picture', async () => {
    expect((await post('laying-gold')).featuredImage).toBe(media['gold-leaf.png'])
  })

  it('should put an upload node where each HTML <img> was, reusing media by bytes', async () => {
    const nodes = (await post('on-brushes')).content.root.children as Node[]
    expect(nodes.map(shape)).toEqual([
      'paragraph',
      'upload',
      'paragraph',
      'upload',
      'paragraph',
      'upload',
    ])
    // brush-copy.png holds the bytes of brush.png: the same media document.
    expect(nodes[1]).toMatchObject({
      type: 'upload',
      version: 3,
      format: '',
      fields: {},
      relationTo: 'media',
      value: media['brush.png'],
    })
    expect(textOf(nodes[2]!)).toBe('And the gold it lays:')
    expect(nodes[3]).toMatchObject({
      type: 'upload',
      relationTo: 'media',
      value: media['gold-leaf.png'],
    })
    expect(textOf(nodes[4]!)).toBe('every time.')
    // A paragraph holding only an image becomes the image.
    expect(nodes[5]).toMatchObject({
      type: 'upload',
      relationTo: 'media',
      value: media['panel.webp'],
    })
  })

  it('should fail a file whose image is missing, naming the image and its line, and import the rest', async () => {
    expect(first[2]).toMatchObject({ file: MISSING, status: 'failed', line: 8 })
    expect(first[2]!.reason).toMatch(
      /^image "images\/nowhere\.png": no such file \(looked for .*broken\/images\/nowhere\.png\)$/,
    )
    expect(await post('a-missing-picture')).toBeUndefined()
  })

  it('should reuse the media on a second run, changed files included, and upload nothing more', async () => {
    const again = await runImport(payload, { files: [MARKDOWN, HTML], as: 'editor@example.com' })
    expect(again.map((outcome) => outcome.status)).toEqual(['unchanged', 'unchanged'])

    // A changed file is converted again, and finds its pictures already in media.
    const temp = makeTempDir('import-images-edit')
    try {
      fs.cpSync(path.join(FIXTURES, 'essays'), temp.dir, { recursive: true })
      const edited = path.join(temp.dir, 'laying-gold.md')
      fs.writeFileSync(
        edited,
        fs.readFileSync(MARKDOWN, 'utf8').replace('Gold is laid', 'Gold is always laid'),
      )
      // WebP is stored as sharp re-encodes it, and still found again.
      const html = path.join(temp.dir, 'on-brushes.html')
      fs.writeFileSync(
        html,
        fs.readFileSync(HTML, 'utf8').replace('photographed again', 'photographed once more'),
      )
      const changed = await runImport(payload, { files: [edited, html], as: 'editor@example.com' })
      expect(changed.map((outcome) => outcome.status)).toEqual(['updated', 'updated'])
      const nodes = (await post('laying-gold')).content.root.children as Node[]
      expect(textOf(nodes[0]!)).toBe('Gold is always laid before anything else is painted.')
      expect(nodes.filter((node) => node.type === 'upload').map((node) => node.value)).toEqual([
        media['gold-leaf.png'],
        media['brush.png'],
      ])
      expect(await mediaCount()).toBe(seededMedia + 3)
      const webp = ((await post('on-brushes')).content.root.children as Node[]).at(-1)!
      expect(webp.value).toBe(media['panel.webp'])
    } finally {
      temp.remove()
    }
  })

  it('should count a changed picture as a changed post, and upload nothing in a dry run', async () => {
    const temp = makeTempDir('import-images-dry')
    try {
      fs.cpSync(path.join(FIXTURES, 'essays'), temp.dir, { recursive: true })
      const file = path.join(temp.dir, 'laying-gold.md')
      fs.writeFileSync(
        file,
        fs.readFileSync(MARKDOWN, 'utf8').replace('Gold is laid', 'Gold is always laid'),
      )
      const same = await runImport(payload, {
        files: [file],
        as: 'editor@example.com',
        dryRun: true,
      })
      expect(same[0]!.status).toBe('unchanged')
      // New bytes under the old name: another picture, so the post has changed.
      const sharp = (await import('sharp')).default
      const repainted = await sharp({
        create: { width: 48, height: 32, channels: 3, background: '#b8860b' },
      })
        .png()
        .toBuffer()
      fs.writeFileSync(path.join(temp.dir, 'images', 'gold-leaf.png'), repainted)
      const dry = await runImport(payload, {
        files: [file],
        as: 'editor@example.com',
        dryRun: true,
      })
      expect(dry[0]!.status).toBe('updated')
      expect(await mediaCount()).toBe(seededMedia + 3)
    } finally {
      temp.remove()
    }
  })
})

describe('finding images in a file', () => {
  it('should give each image its file line, leaving code alone', () => {
    const body = [
      'Intro.',
      '',
      '![One](a.png)',
      '',
      '`![not](code.png)`',
      '',
      '```',
      '![not](fenced.png)',
      '```',
      'Text <img src="b%20c.png" alt="Two &amp; more"> end.',
    ].join('\n')
    const found = extractImages('markdown', body, 10)
    expect(found.local).toEqual([
      { src: 'a.png', alt: 'One', line: 12 },
      { src: 'b%20c.png', alt: 'Two & more', line: 19 },
    ])
    expect(found.body).toContain('`![not](code.png)`')
    expect(found.body).toContain('![not](fenced.png)')
  })

  it('should keep a remote image as a link and leave an embedded one out, with a warning each', () => {
    const found = extractImages(
      'html',
      '<p><img src="https://example.org/x.png" alt="X"></p>\n<img src="data:image/png;base64,AAAA">',
      1,
    )
    expect(found.local).toEqual([])
    expect(found.body).toBe('<p><a href="https://example.org/x.png">X</a></p>\n')
    expect(found.warnings).toHaveLength(2)
    expect(found.warnings[1]).toMatch(/line 2\) is embedded in the file: left out/)
  })
})
