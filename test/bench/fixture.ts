/**
 * The bench's content, the same for our config and the baseline's: four authors (sharing a
 * portrait), four categories (one under another), twelve tags, two images made with sharp, four
 * artworks in one gallery, the site settings, and N published posts of six paragraphs, each with
 * one or two authors, categories, two or three tags, a featured image and up to three related
 * posts. Every value follows from the post's index, so both databases hold the same documents.
 *
 * Seeding resumes: called again with a larger count, it adds the missing posts only.
 */
import type { CollectionSlug, Payload } from 'payload'

import { readingStats } from '../../src/lib/readingStats'
import { christPantocrator, portrait, renderPng, type IconImage } from '../../src/seed/iconImages'
import { document, paragraph } from '../../src/seed/lexical'
import { WORKFLOW_SLUGS } from '../../src/plugins/workflow/collections'

export type Variant = 'ours' | 'baseline'

/**
 * No webhook or notification jobs are queued; the read cache is told once, after the seed
 * (seed.ts), as the importer does, instead of once per document.
 */
const QUIET = {
  disableWebhooks: true,
  disableNotifications: true,
  deferReadCacheInvalidation: true,
}

/** What the page scenarios ask for: a post with two authors and three related posts, etc. */
export const FIXTURE_SLUGS = {
  post: postSlug(15),
  author: 'douglas-m-webb',
  gallery: 'icons-of-the-north',
}
export const MIN_POSTS = 16

type Ids = Record<string, string>
type Base = { media: Ids; authors: string[]; categories: string[]; tags: string[] }

const WORKFLOW_COLLECTIONS = new Set<string>(WORKFLOW_SLUGS)
const AUTHORS = [
  { name: 'Douglas M Webb', kind: 'writer' },
  { name: 'Judi Webb', kind: 'writer' },
  { name: 'Ruth Ellery', kind: 'guest' },
  { name: 'Miriam Osei', kind: 'artist' },
]
const CATEGORIES = ['World Affairs', 'Middle East', 'Church History', 'Faith and Culture']
const TAGS = Array.from({ length: 12 }, (_, index) => `Topic ${index + 1}`)
const ARTWORKS = ['Madonna and Child', 'Christ Pantocrator', 'Saint Nicholas', 'The Hebrides']

const slugOf = (title: string) => title.toLowerCase().replace(/[^a-z0-9]+/g, '-')
function postSlug(index: number) {
  return `essay-${index}-why-the-ceasefire-talks-kept-failing`
}
const indexOfSlug = (slug: string) => Number(/^essay-(\d+)-/.exec(slug)?.[1])

const prose = (subject: string, count: number) =>
  document(
    ...Array.from({ length: count }, (_, n) =>
      paragraph(
        `Paragraph ${n} of ${subject}: a reader asked why the talks kept failing, and the answer needs ` +
          'context: who wanted what, which demands changed, and what each side could accept without losing face at home.',
      ),
    ),
  )

export class Fixture {
  constructor(
    private readonly payload: Payload,
    private readonly variant: Variant,
  ) {}

  /** Our workflow publishes through `stage`. */
  private async create(
    collection: CollectionSlug,
    data: Record<string, unknown>,
    file?: IconImage,
  ): Promise<string> {
    const published =
      this.variant === 'ours' && WORKFLOW_COLLECTIONS.has(collection)
        ? { _status: 'published', stage: 'published' }
        : {}
    const bytes = file && (await renderPng(file))
    const doc = await this.payload.create({
      collection,
      data: { ...data, ...published } as never,
      file: bytes && {
        data: bytes,
        mimetype: 'image/png',
        name: file.filename,
        size: bytes.length,
      },
      depth: 0,
      overrideAccess: true,
      context: QUIET,
    })
    return String(doc.id)
  }

  private async ids(collection: CollectionSlug, key: string): Promise<Ids> {
    const { docs } = await this.payload.find({
      collection,
      pagination: false,
      depth: 0,
      select: { [key]: true },
      overrideAccess: true,
    })
    const rows = docs as unknown as Record<string, unknown>[]
    return Object.fromEntries(rows.map((doc) => [String(doc[key]), String(doc.id)]))
  }

  /** The shared documents, created when the database has none, else found again. */
  async base(): Promise<Base> {
    const { totalDocs } = await this.payload.count({ collection: 'authors', overrideAccess: true })
    if (totalDocs === 0) await this.createBase()
    const [media, authors, categories, tags] = await Promise.all([
      this.ids('media', 'alt'),
      this.ids('authors', 'slug'),
      this.ids('categories', 'slug'),
      this.ids('tags', 'slug'),
    ])
    return {
      media,
      authors: AUTHORS.map(({ name }) => authors[slugOf(name)]!),
      categories: CATEGORIES.map((title) => categories[slugOf(title)]!),
      tags: TAGS.map((title) => tags[slugOf(title)]!),
    }
  }

  private async createBase() {
    const face = await this.create(
      'media',
      { alt: 'Portrait', credit: 'Bench' },
      portrait('portrait.png', '#41566b'),
    )
    const icon = await this.create('media', { alt: 'Icon', credit: 'Bench' }, christPantocrator())
    const authors: string[] = []
    for (const { name, kind } of AUTHORS) {
      const slug = slugOf(name)
      authors.push(
        await this.create('authors', {
          name,
          slug,
          kind,
          shortBio: `${name} writes about diplomacy, faith and art.`,
          bio: prose(`the bio of ${name}`, 2),
          portrait: face,
          website: `https://example.com/${slug}`,
          socialLinks: [{ platform: 'mastodon', url: `https://mastodon.example/@${slug}` }],
        }),
      )
    }
    let first: string | undefined
    for (const [index, title] of CATEGORIES.entries()) {
      // The second category sits under the first.
      const parent = index === 1 ? first : undefined
      const id = await this.create('categories', { title, slug: slugOf(title), parent })
      first ??= id
    }
    for (const title of TAGS) await this.create('tags', { title, slug: slugOf(title) })
    const artist = authors[3]!
    const artworks: string[] = []
    for (const [index, title] of ARTWORKS.entries()) {
      artworks.push(
        await this.create('artworks', {
          title,
          slug: slugOf(title),
          image: icon,
          artist,
          subject: title,
          tradition: 'Byzantine icon',
          medium: 'egg tempera and gold leaf on gessoed wood',
          year: 2010 + index,
          dimensions: { width: 30, height: 40, depth: 2, unit: 'cm' },
          prints: { availability: 'on_request', note: 'A3 on cotton paper' },
          description: prose(title, 1),
        }),
      )
    }
    await this.create('galleries', {
      title: 'Icons of the North',
      slug: FIXTURE_SLUGS.gallery,
      description: prose('the gallery', 1),
      curator: artist,
      cover: icon,
      items: artworks.map((artwork, index) => ({
        artwork,
        caption: index % 2 === 0 ? `Plate ${index + 1}` : undefined,
      })),
    })
    await this.payload.updateGlobal({
      slug: 'site-settings',
      data: {
        siteTitle: 'Longform bench',
        tagline: 'Essays, answers and icons',
        featuredArtwork: { artwork: artworks[0], label: 'From the icon gallery' },
        aboutAuthor: authors[0],
      } as never,
      overrideAccess: true,
      context: QUIET,
    })
  }

  /** Adds posts until there are `total`; returns how many it created. */
  async posts(base: Base, total: number, onProgress?: (done: number) => void): Promise<number> {
    const existing = await this.ids('posts', 'slug')
    const ids: string[] = []
    for (const [slug, id] of Object.entries(existing)) ids[indexOfSlug(slug)] = id
    let created = 0
    for (let index = ids.length; index < total; index++) {
      ids[index] = await this.create('posts', postData(base, index, ids))
      created++
      onProgress?.(created)
    }
    return created
  }
}

function postData(base: Base, index: number, ids: string[]): Record<string, unknown> {
  const writers = base.authors.slice(0, 3)
  const { categories, tags } = base
  const content = prose(`essay ${index}`, 6)
  const excerpt = `Essay ${index} in brief: why the talks failed, and what each side could accept.`
  const icon = base.media.Icon
  return {
    title: `Essay ${index}: why the ceasefire talks kept failing`,
    slug: postSlug(index),
    excerpt,
    content,
    ...readingStats(content),
    publishedAt: new Date(Date.UTC(2020, 0, 1) + index * 3_600_000).toISOString(),
    featuredImage: icon,
    authors: [writers[index % 3], ...(index % 3 === 0 ? [writers[(index + 1) % 3]] : [])],
    categories: [categories[index % 4], ...(index % 5 === 0 ? [categories[(index + 2) % 4]] : [])],
    tags: [
      tags[index % 12],
      tags[(index + 5) % 12],
      ...(index % 2 ? [tags[(index + 9) % 12]] : []),
    ],
    relatedPosts: [index - 1, index - 3, index - 7]
      .slice(0, index % 4)
      .filter((other) => other >= 0)
      .map((other) => ids[other]),
    meta: { title: `Essay ${index}`, description: excerpt, image: icon },
  }
}
