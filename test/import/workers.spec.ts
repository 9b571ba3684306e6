/**
 * A long import converts Markdown and HTML in worker threads while the main thread writes. The
 * threads load the same config, so a body must come out exactly as the main thread makes it, and
 * the posts an import stores must not depend on where their bodies were converted.
 */
import fs from 'node:fs'
import path from 'node:path'

import type { Payload } from 'payload'

import {
  bodyConverter,
  workerConverter,
  type Converter,
  type ConvertBody,
} from '../../src/lib/import/convert'
import { extractImages } from '../../src/lib/import/images'
import { parseSource } from '../../src/lib/import/parse'
import { runImport } from '../../src/lib/import/run'
import { generatePost } from '../bench/importScenario'
import { bootPayload, type TestPayload } from '../helpers/payload'
import { makeTempDir } from '../helpers/tempDir'

const FIXTURES = path.resolve('test/import/fixtures')
const IMPORTER = 'importer@example.com'

/** What the importer hands the converter for a file: its body, images taken out. */
function bodyOf(file: string) {
  const source = parseSource(file, fs.readFileSync(file, 'utf8'))
  return {
    format: source.format,
    body: extractImages(source.format, source.body, source.bodyLine).body,
  }
}

/**
 * The converter gives each link node a fresh ObjectID, wherever it runs (two conversions of one
 * body on the same thread differ there too); everything else must be equal.
 */
const withoutLinkIds = (content: unknown) =>
  JSON.parse(JSON.stringify(content, (key, value) => (key === 'id' ? '(id)' : value)))

describe('import conversion threads', () => {
  let ctx: TestPayload
  let payload: Payload
  let here: ConvertBody
  const temp = makeTempDir('import-workers')
  const generated = Array.from({ length: 40 }, (_, index) => {
    const file = path.join(temp.dir, `essay-${index + 1}.md`)
    fs.writeFileSync(file, generatePost(index))
    return file
  })

  beforeAll(async () => {
    ctx = await bootPayload('import-workers')
    payload = ctx.payload
    here = bodyConverter(payload.collections.posts.config.fields)
    await payload.create({
      collection: 'users',
      data: { email: IMPORTER, password: 'import-password-1', roles: ['editor'], name: 'Importer' },
    })
  })
  afterAll(async () => {
    await ctx?.teardown()
    temp.remove()
  })

  describe('a worker thread', () => {
    let threads: Converter
    const stopped: Error[] = []
    beforeAll(() => {
      threads = workerConverter(here, 1, (error) => stopped.push(error))
    })
    afterAll(() => threads?.close())

    it('should convert Markdown, HTML and text exactly as the main thread does', async () => {
      expect(await threads.ready()).toBe(true)
      const files = [
        path.join(FIXTURES, 'markdown/on-gold-ground.md'),
        path.join(FIXTURES, 'html/a-question-about-tempera.html'),
        path.join(FIXTURES, 'text/letters-from-a-reader.txt'),
        ...generated.slice(0, 10),
      ]
      for (const file of files) {
        const { format, body } = bodyOf(file)
        expect(threads.parallel).toBe(true)
        expect(withoutLinkIds(await threads.convert(format, body))).toEqual(
          withoutLinkIds(here(format, body)),
        )
      }
      expect(stopped).toEqual([])
    })
  })

  it('should store the same posts, and find them unchanged, when bodies are converted in threads', async () => {
    const outcomes = await runImport(payload, {
      files: generated,
      as: IMPORTER,
      createMissing: true,
      workers: 1,
    })
    expect(outcomes.map((outcome) => outcome.status)).toEqual(generated.map(() => 'created'))

    const { docs } = await payload.find({
      collection: 'posts',
      draft: true,
      pagination: false,
      depth: 0,
      overrideAccess: true,
    })
    expect(docs).toHaveLength(generated.length)
    for (const [index, file] of generated.entries()) {
      const doc = docs.find((candidate) => candidate.slug === outcomes[index]!.slug)!
      const { format, body } = bodyOf(file)
      expect(withoutLinkIds(doc.content)).toEqual(withoutLinkIds(here(format, body)))
      expect(doc.wordCount).toBeGreaterThan(700)
    }

    const again = await runImport(payload, { files: generated, as: IMPORTER, workers: 1 })
    expect(again.map((outcome) => outcome.status)).toEqual(generated.map(() => 'unchanged'))
  })
})
