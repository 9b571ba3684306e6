/**
 * One file made ready to write: read and parsed, compared with the post of its slug, its authors,
 * categories and tags resolved, its images uploaded (once) and its body converted to Lexical with
 * richtext-lexical's own converters (convert.ts, in worker threads on a long import). Nothing
 * here writes a post; run.ts does, in batches.
 */
import crypto from 'node:crypto'
import fs from 'node:fs/promises'

import type { Payload } from 'payload'

import { slugify } from '../../../collections/fields/slug'
import type { ImportAccess } from './access'
import type { Converter, LexicalContent } from './convert'
import { extractImages, kindOf, placeImages, type LexicalNode } from './images'
import { altFor, MediaLibrary, readImage, type LocalImage } from './media'
import { parseSource, SourceError, type ParsedSource } from './parse'
import { Taxonomy } from './taxonomy'

export interface ReadFile {
  file: string
  text: string
  source: ParsedSource
  slug: string
}

/** What the site holds for a slug: the post, and the fingerprint of the file it came from. */
export interface ExistingPost {
  id: string
  importHash?: string | null
}

export interface Prepared {
  file: string
  slug: string
  /** The post to update; none: create one. */
  id?: string
  data: Record<string, unknown>
  draft: boolean
  warnings: string[]
}

/** A file that is to be written: what was read and checked before the rest is resolved. */
export interface Checked {
  read: ReadFile
  existing?: ExistingPost
  local: LocalImage[]
  featured?: LocalImage
  importHash: string
  warnings: string[]
}

export type Unchanged = { unchanged: true; warnings: string[] }

export interface PrepareOptions {
  /** Report what would change; write nothing, upload nothing. */
  dryRun?: boolean
  /** Create authors, categories and tags the files name but the site lacks (else refuse the file). */
  createMissing?: boolean
  /** Leave a post that exists as it is, whatever the file says (the seed creates only what is missing). */
  createOnly?: boolean
  /** Fields no file carries, added to each post written (the seed's owner and SEO fields). */
  extraData?: (post: { slug: string; title: string; excerpt?: string }) => Record<string, unknown>
}

const list = (value: unknown): string[] =>
  (Array.isArray(value) ? value : typeof value === 'string' ? value.split(',') : [])
    .map((item) => String(item).trim())
    .filter(Boolean)

function dateOf(value: unknown, field: string, line?: number): string | undefined {
  if (value === undefined || value === null || value === '') return undefined
  const date = value instanceof Date ? value : new Date(String(value))
  if (Number.isNaN(date.getTime()))
    throw new SourceError(`${field}: "${String(value)}" is not a date`, line)
  return date.toISOString()
}

/** The file's text and the bytes of the images it names: a changed picture is a changed post. */
function fingerprint(text: string, images: LocalImage[]): string {
  const hash = crypto.createHash('sha256').update(text)
  for (const image of images) hash.update(`\n${image.ref.src}:${image.sha256}`)
  return hash.digest('hex')
}

/** The node richtext-lexical's UploadFeature stores for an image (its own nodes carry these keys). */
const uploadNode = (mediaId: string): LexicalNode => ({
  type: 'upload',
  version: 3,
  format: '',
  id: crypto.randomBytes(12).toString('hex'),
  fields: {},
  relationTo: 'media',
  value: mediaId,
})

export function createPreparer(
  payload: Payload,
  access: ImportAccess,
  options: PrepareOptions,
  converter: Converter,
) {
  const conversions = new WeakMap<ReadFile, Promise<LexicalContent>>()
  const taxonomy = new Taxonomy(payload, access, options)
  const media = new MediaLibrary(payload, access, Boolean(options.dryRun))

  async function read(file: string): Promise<ReadFile> {
    const text = await fs.readFile(file, 'utf8')
    const source = parseSource(file, text)
    if (!source.title)
      throw new SourceError('title: give a title in front matter or a first heading')
    const given = source.meta.slug
    const slug = typeof given === 'string' && given.trim() ? given.trim() : slugify(source.title)
    if (!slug)
      throw new SourceError(
        'slug: cannot make one from the title; give one in front matter',
        source.keyLines.title,
      )
    return { file, text, source, slug }
  }

  /** `featuredImage: path` in front matter; a URL is not fetched (a warning says so). */
  async function featuredImage(
    { file, source }: ReadFile,
    warnings: string[],
  ): Promise<LocalImage | undefined> {
    const value = source.meta.featuredImage
    const line = source.keyLines.featuredImage
    if (value === undefined || value === null || value === '') return undefined
    if (typeof value !== 'string')
      throw new SourceError('featuredImage: give the path of an image file', line)
    if (kindOf(value) !== 'local') {
      warnings.push(`featuredImage ${value} (line ${line}) is not a local file: not set`)
      return undefined
    }
    const alt =
      typeof source.meta.featuredImageAlt === 'string' ? source.meta.featuredImageAlt.trim() : ''
    return readImage(file, { src: value, alt: alt || source.title!, line: line ?? 1 })
  }

  /**
   * The file's body in Lexical, converted once. run.ts starts this early for the files of the next
   * batch while it writes the current one, when the conversion runs on other threads.
   */
  function convert(read: ReadFile): Promise<LexicalContent> {
    let conversion = conversions.get(read)
    if (!conversion) {
      const { format, body, bodyLine } = read.source
      conversion = converter.convert(format, extractImages(format, body, bodyLine).body)
      // Started early, it is not awaited when the file turns out unchanged or fails first; then
      // its result, or its error, is not wanted.
      conversion.catch(() => undefined)
      conversions.set(read, conversion)
    }
    return conversion
  }

  /**
   * First step: the file's images are read and its fingerprint compared with the post's; a file to
   * write has its conversion started.
   */
  async function check(
    read: ReadFile,
    existing: ExistingPost | undefined,
  ): Promise<Checked | Unchanged> {
    const { file, source } = read
    const images = extractImages(source.format, source.body, source.bodyLine)
    const warnings = images.warnings
    // Every image is read first: a missing one fails the file before anything is uploaded.
    const local: LocalImage[] = []
    for (const ref of images.local) local.push(await readImage(file, ref))
    const featured = await featuredImage(read, warnings)
    const importHash = fingerprint(read.text, featured ? [...local, featured] : local)
    if (existing && (options.createOnly || existing.importHash === importHash))
      return { unchanged: true, warnings }
    void convert(read)
    return { read, existing, local, featured, importHash, warnings }
  }

  /** Second step: the post to write, its authors, categories, tags and images resolved. */
  async function finish(checked: Checked): Promise<Prepared> {
    const { read, existing, local, featured, importHash, warnings } = checked
    const { file, source, slug } = read
    const { meta, keyLines } = source
    const title = source.title!

    const status = meta.status === undefined ? 'draft' : String(meta.status)
    if (status !== 'draft' && status !== 'published')
      throw new SourceError(`status: "${status}" is not draft or published`, keyLines.status)
    const publishedAt = dateOf(
      meta.publishedAt ?? meta.date,
      'publishedAt',
      keyLines.publishedAt ?? keyLines.date,
    )
    const authors = await taxonomy.ids(
      'authors',
      list(meta.authors ?? meta.author),
      'authors',
      keyLines.authors ?? keyLines.author,
    )
    const categories = await taxonomy.ids(
      'categories',
      list(meta.categories),
      'categories',
      keyLines.categories,
    )
    const tags = await taxonomy.ids('tags', list(meta.tags), 'tags', keyLines.tags)

    const content = await convert(read)
    const mediaIds: string[] = []
    for (const image of local) mediaIds.push(await media.idFor(image, altFor(image)))
    placeImages(content.root as unknown as { children: LexicalNode[] }, local.length, (index) =>
      uploadNode(mediaIds[index]!),
    )
    const excerpt = typeof meta.excerpt === 'string' ? meta.excerpt : undefined
    const data = {
      ...options.extraData?.({ slug, title, excerpt }),
      title,
      slug,
      excerpt,
      authors,
      categories,
      tags,
      publishedAt,
      content,
      importHash,
      ...(featured ? { featuredImage: await media.idFor(featured, altFor(featured)) } : {}),
      ...(status === 'published' ? { _status: 'published' as const } : {}),
    }
    return { file, slug, id: existing?.id, data, draft: status !== 'published', warnings }
  }

  return { read, check, finish, convert }
}
