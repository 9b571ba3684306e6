/**
 * Importing files as posts through the Local API, with the access of the user named by `--as`
 * and with webhooks and notifications off. Posts are matched by slug; a file whose text has not
 * changed since it was last imported is reported unchanged and not written again.
 */
import crypto from 'node:crypto'
import fs from 'node:fs/promises'

import { convertHTMLToLexical, convertMarkdownToLexical, editorConfigFactory } from '@payloadcms/richtext-lexical'
import { JSDOM } from 'jsdom'
import { APIError, Forbidden, ValidationError, type Payload, type RichTextField } from 'payload'

import { slugify } from '../../../collections/fields/slug'
import { parseSource, SourceError } from './parse'

export type ImportStatus = 'created' | 'updated' | 'unchanged' | 'failed'

export interface ImportOutcome {
  file: string
  status: ImportStatus
  slug?: string
  reason?: string
  line?: number
}

export interface ImportOptions {
  files: string[]
  /** Email of the user the import acts as; their access applies to every write. */
  as: string
  dryRun?: boolean
  /** Create authors, categories and tags the files name but the site lacks (else refuse the file). */
  createMissing?: boolean
  onProgress?: (done: number, total: number, outcome: ImportOutcome) => void
}

const QUIET = { disableWebhooks: true, disableNotifications: true }
const SINGULAR = { authors: 'author', categories: 'category', tags: 'tag' } as const

type User = { id: string; email: string; roles?: string[]; collection: 'users' }

const list = (value: unknown): string[] =>
  (Array.isArray(value) ? value : typeof value === 'string' ? value.split(',') : [])
    .map((item) => String(item).trim())
    .filter(Boolean)

function dateOf(value: unknown, field: string): string | undefined {
  if (value === undefined || value === null || value === '') return undefined
  const date = value instanceof Date ? value : new Date(String(value))
  if (Number.isNaN(date.getTime())) throw new SourceError(`${field}: "${String(value)}" is not a date`)
  return date.toISOString()
}

function reasonOf(error: unknown): { reason: string; line?: number } {
  if (error instanceof SourceError) return { reason: error.message, line: error.line }
  if (error instanceof ValidationError) {
    const errors = (error.data as { errors?: { path: string; message: string }[] }).errors ?? []
    return { reason: errors.map((item) => `${item.path}: ${item.message}`).join('; ') || error.message }
  }
  if (error instanceof Forbidden) {
    return { reason: 'the --as user may not do this (create, edit or publish this post, or add what it names)' }
  }
  if (error instanceof APIError) return { reason: error.message }
  return { reason: (error as Error).message ?? String(error) }
}

export async function runImport(payload: Payload, options: ImportOptions): Promise<ImportOutcome[]> {
  const found = await payload.find({ collection: 'users', where: { email: { equals: options.as } }, limit: 1, depth: 0, overrideAccess: true })
  const user = found.docs[0] ? ({ ...found.docs[0], collection: 'users' } as unknown as User) : undefined
  if (!user) throw new Error(`--as: no user with the email ${options.as}`)

  const contentField = payload.collections.posts.config.fields.find(
    (field) => 'name' in field && field.name === 'content',
  ) as RichTextField
  const editorConfig = editorConfigFactory.fromField({ field: contentField })
  const access = { overrideAccess: false, user, context: QUIET } as const

  // Authors, categories and tags are looked up once per run, then remembered.
  const known = new Map<string, string>()
  async function resolve(collection: 'authors' | 'categories' | 'tags', names: string[], field: string): Promise<string[]> {
    const ids: string[] = []
    for (const name of names) {
      const slug = slugify(name)
      if (!slug) throw new SourceError(`${field}: "${name}" has no usable name`)
      const key = `${collection}:${slug}`
      let id = known.get(key)
      if (!id) {
        const existing = await payload.find({ collection, where: { slug: { equals: slug } }, limit: 1, depth: 0, ...access })
        id = existing.docs[0]?.id as string | undefined
        if (!id) {
          if (!options.createMissing) throw new SourceError(`${field}: no ${SINGULAR[collection]} "${name}" (use --create-missing to create it)`)
          if (options.dryRun) id = `(new ${slug})`
          else {
            const created = await payload.create({
              collection,
              data: (collection === 'authors' ? { name, slug } : { title: name, slug }) as never,
              ...access,
            })
            id = String(created.id)
          }
        }
        known.set(key, id)
      }
      ids.push(id)
    }
    return ids
  }

  async function importOne(file: string): Promise<ImportOutcome> {
    const text = await fs.readFile(file, 'utf8')
    const source = parseSource(file, text)
    const { meta } = source
    const title = source.title
    if (!title) throw new SourceError('title: give a title in front matter or a first heading')
    const slug = typeof meta.slug === 'string' && meta.slug.trim() ? meta.slug.trim() : slugify(title)
    if (!slug) throw new SourceError('slug: cannot make one from the title; give one in front matter')
    const importHash = crypto.createHash('sha256').update(text).digest('hex')

    const existing = (await payload.find({ collection: 'posts', where: { slug: { equals: slug } }, limit: 1, depth: 0, draft: true, ...access })).docs[0] as
      | { id: string; importHash?: string | null }
      | undefined
    if (existing?.importHash === importHash) return { file, status: 'unchanged', slug }

    const content =
      source.format === 'html'
        ? convertHTMLToLexical({ editorConfig, html: source.body, JSDOM })
        : convertMarkdownToLexical({ editorConfig, markdown: source.body })
    const status = meta.status === undefined ? 'draft' : String(meta.status)
    if (status !== 'draft' && status !== 'published') throw new SourceError(`status: "${status}" is not draft or published`)
    const data = {
      title,
      slug,
      excerpt: typeof meta.excerpt === 'string' ? meta.excerpt : undefined,
      authors: await resolve('authors', list(meta.authors ?? meta.author), 'authors'),
      categories: await resolve('categories', list(meta.categories), 'categories'),
      tags: await resolve('tags', list(meta.tags), 'tags'),
      publishedAt: dateOf(meta.publishedAt ?? meta.date, 'publishedAt'),
      content,
      importHash,
      ...(status === 'published' ? { _status: 'published' as const } : {}),
    }
    const outcome: ImportOutcome = { file, status: existing ? 'updated' : 'created', slug }
    if (options.dryRun) return outcome
    const draft = status !== 'published'
    if (existing) await payload.update({ collection: 'posts', id: existing.id, data: data as never, draft, ...access })
    else await payload.create({ collection: 'posts', data: data as never, draft, ...access })
    return outcome
  }

  const outcomes: ImportOutcome[] = []
  for (const file of options.files) {
    let outcome: ImportOutcome
    try {
      outcome = await importOne(file)
    } catch (error) {
      // One bad file never stops the others; its reason (and line) is reported instead.
      outcome = { file, status: 'failed', ...reasonOf(error) }
    }
    outcomes.push(outcome)
    options.onProgress?.(outcomes.length, options.files.length, outcome)
  }
  return outcomes
}
