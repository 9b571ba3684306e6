/**
 * Authors, categories and tags named by files, found by slug once per run and remembered; unknown
 * ones are created when asked (never in a dry run), else they fail the file that names them.
 */
import type { Payload } from 'payload'

import { slugify } from '../../../collections/fields/slug'
import type { ImportAccess } from './access'
import { SourceError } from './parse'

export type TaxonomyCollection = 'authors' | 'categories' | 'tags'

const SINGULAR = { authors: 'author', categories: 'category', tags: 'tag' } as const

export class Taxonomy {
  private readonly known = new Map<string, string>()

  constructor(
    private readonly payload: Payload,
    private readonly access: ImportAccess,
    private readonly options: { createMissing?: boolean; dryRun?: boolean },
  ) {}

  /** The IDs of the named documents; `field` names the front matter key in errors. */
  async ids(
    collection: TaxonomyCollection,
    names: string[],
    field: string,
    line?: number,
  ): Promise<string[]> {
    const ids: string[] = []
    for (const name of names) {
      const slug = slugify(name)
      if (!slug) throw new SourceError(`${field}: "${name}" has no usable name`, line)
      const key = `${collection}:${slug}`
      let id = this.known.get(key)
      if (!id) {
        id = await this.find(collection, slug)
        if (!id) {
          if (!this.options.createMissing) {
            throw new SourceError(
              `${field}: no ${SINGULAR[collection]} "${name}" (use --create-missing to create it)`,
              line,
            )
          }
          id = await this.create(collection, name, slug)
        }
        this.known.set(key, id)
      }
      ids.push(id)
    }
    return ids
  }

  private async find(collection: TaxonomyCollection, slug: string): Promise<string | undefined> {
    const { docs } = await this.payload.find({
      collection,
      where: { slug: { equals: slug } },
      limit: 1,
      depth: 0,
      pagination: false,
      ...this.access,
    })
    return docs[0] ? String(docs[0].id) : undefined
  }

  private async create(
    collection: TaxonomyCollection,
    name: string,
    slug: string,
  ): Promise<string> {
    if (this.options.dryRun) return `(new ${slug})`
    const data = collection === 'authors' ? { name, slug } : { title: name, slug }
    const created = await this.payload.create({
      collection,
      data: data as never,
      depth: 0,
      ...this.access,
    })
    return String(created.id)
  }
}
