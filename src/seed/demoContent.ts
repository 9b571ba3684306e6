/**
 * The demo site: profiles, taxonomy, images, artworks, the gallery, three posts and the site
 * settings. Every document is matched by slug (media by filename) and created only when missing,
 * so a second run creates nothing and changes nothing. Posts Markdown can say come in through the
 * importer (importPosts.ts); the rest are built in code.
 */
import type { CollectionSlug, Payload, PayloadRequest } from 'payload'

import { renderPng, portrait, type IconImage } from './iconImages'
import { DOUGLAS, JUDI, RUTH } from './content/people'
import { ARTWORKS, GALLERY, SITE, descriptionDocument } from './content/gallery'
import { ANALYSIS, READER_QUESTION, REVIVAL_SLUG, type PostRefs } from './content/posts'
import { CATEGORIES, TAGS } from './content/taxonomy'
import { importDemoPosts } from './importPosts'

type Req = Partial<PayloadRequest>
export type SeedCounts = Record<string, { created: number; existing: number }>

type Sluggable = Exclude<
  CollectionSlug,
  | 'users'
  | 'media'
  | 'payload-kv'
  | 'payload-locked-documents'
  | 'payload-preferences'
  | 'payload-migrations'
>

class DemoSeeder {
  readonly counts: SeedCounts = {}

  constructor(
    private readonly payload: Payload,
    private readonly req: Req,
  ) {}

  private count(collection: string, created: boolean) {
    const entry = (this.counts[collection] ??= { created: 0, existing: 0 })
    if (created) entry.created++
    else entry.existing++
  }

  /** Counts what another path (the importer) created or found. */
  add(collection: string, created: number, existing: number) {
    const entry = (this.counts[collection] ??= { created: 0, existing: 0 })
    entry.created += created
    entry.existing += existing
  }

  /** The ID of the document with this slug, creating it from `data()` when there is none. */
  async ensure(
    collection: Sluggable,
    slug: string,
    data: () => Promise<Record<string, unknown>> | Record<string, unknown>,
  ) {
    const found = await this.payload.find({
      collection,
      where: { slug: { equals: slug } },
      limit: 1,
      depth: 0,
      draft: true,
      req: this.req,
    })
    const existing = found.docs[0]
    this.count(collection, !existing)
    if (existing) return String(existing.id)
    const created = await this.payload.create({
      collection,
      data: { slug, ...(await data()) } as never,
      depth: 0,
      req: this.req,
    })
    return String(created.id)
  }

  /**
   * An image rendered locally, uploaded once and found again by its file name. Payload appends
   * "-1" when a file of that name is already on disk, so the match is on the name's stem.
   */
  async ensureImage(image: IconImage, alt: string, credit?: string) {
    const stem = image.filename.replace(/\.[a-z]+$/, '')
    const found = await this.payload.find({
      collection: 'media',
      where: { filename: { like: stem } },
      limit: 1,
      depth: 0,
      req: this.req,
    })
    this.count('media', found.docs.length === 0)
    if (found.docs[0]) return String(found.docs[0].id)
    const data = await renderPng(image)
    const created = await this.payload.create({
      collection: 'media',
      data: { alt, credit },
      file: { data, mimetype: 'image/png', name: image.filename, size: data.length },
      depth: 0,
      req: this.req,
    })
    return String(created.id)
  }

  /** The ID of a demo login, to own the documents that person would have made. */
  async userId(email: string): Promise<string | undefined> {
    const { docs } = await this.payload.find({
      collection: 'users',
      where: { email: { equals: email } },
      limit: 1,
      depth: 0,
      req: this.req,
    })
    return docs[0] ? String(docs[0].id) : undefined
  }

  /** Links a demo login to a profile, unless the profile is already linked. */
  async linkLogin(authorId: string, email: string) {
    const userId = await this.userId(email)
    const author = await this.payload.findByID({
      collection: 'authors',
      id: authorId,
      depth: 0,
      req: this.req,
    })
    if (!userId || author.user) return
    await this.payload.update({
      collection: 'authors',
      id: authorId,
      data: { user: userId },
      depth: 0,
      req: this.req,
    })
  }
}

export async function seedDemoContent(
  payload: Payload,
  req: Req,
  log: (line: string) => void,
): Promise<SeedCounts> {
  const seeder = new DemoSeeder(payload, req)

  log('seed: authors')
  const douglasPortrait = await seeder.ensureImage(
    portrait('douglas-m-webb.png', '#41566b'),
    'Portrait placeholder for Douglas M Webb',
  )
  const judiPortrait = await seeder.ensureImage(
    portrait('judi-webb.png', '#6b4a41'),
    'Portrait placeholder for Judi Webb',
  )
  const douglas = await seeder.ensure('authors', DOUGLAS.slug, () => ({
    ...DOUGLAS,
    portrait: douglasPortrait,
  }))
  const judi = await seeder.ensure('authors', JUDI.slug, () => ({
    ...JUDI,
    portrait: judiPortrait,
  }))
  const ruth = await seeder.ensure('authors', RUTH.slug, () => RUTH)
  await seeder.linkLogin(douglas, 'author@example.com')
  await seeder.linkLogin(ruth, 'contributor@example.com')

  // Douglas's posts belong to the author login; the gallery is looked after by the editor.
  const authorLogin = await seeder.userId('author@example.com')
  const editorLogin = await seeder.userId('editor@example.com')

  log('seed: categories and tags')
  const categoryIds: Record<string, string> = {}
  for (const category of CATEGORIES) {
    const parent = 'parent' in category ? categoryIds[category.parent] : undefined
    categoryIds[category.slug] = await seeder.ensure('categories', category.slug, () => ({
      title: category.title,
      description: category.description,
      parent,
    }))
  }
  const tagIds: Record<string, string> = {}
  for (const tag of TAGS)
    tagIds[tag.slug] = await seeder.ensure('tags', tag.slug, () => ({ title: tag.title }))

  log('seed: artworks and the gallery')
  const artworkIds: Record<string, string> = {}
  const imageIds: Record<string, string> = {}
  for (const artwork of ARTWORKS) {
    imageIds[artwork.slug] = await seeder.ensureImage(
      artwork.image(),
      artwork.alt,
      'Icon: Judi Webb',
    )
    artworkIds[artwork.slug] = await seeder.ensure('artworks', artwork.slug, () => ({
      title: artwork.title,
      image: imageIds[artwork.slug],
      artist: judi,
      subject: artwork.subject,
      tradition: artwork.tradition,
      medium: artwork.medium,
      dimensions: artwork.dimensions,
      year: artwork.year,
      description: descriptionDocument(artwork.description),
      prints: { availability: artwork.prints },
      owner: editorLogin,
      _status: 'published',
    }))
  }
  await seeder.ensure('galleries', GALLERY.slug, () => ({
    title: GALLERY.title,
    description: GALLERY.description,
    curator: judi,
    cover: imageIds['madonna-and-child'],
    items: GALLERY.items.map((item) => ({ artwork: artworkIds[item.slug], caption: item.caption })),
    owner: editorLogin,
    _status: 'published',
  }))

  log('seed: posts')
  const imported = await importDemoPosts(payload, authorLogin)
  seeder.add('posts', imported.created, imported.existing)
  const postData = (
    post: typeof READER_QUESTION | typeof ANALYSIS,
    refs: PostRefs,
    related: string[],
  ) => ({
    title: post.title,
    excerpt: post.excerpt,
    content: post.content(refs),
    authors: [douglas],
    categories: post.categories.map((slug) => categoryIds[slug]),
    tags: post.tags.map((slug) => tagIds[slug]),
    relatedPosts: related,
    publishedAt: post.publishedAt,
    owner: authorLogin,
    featuredImage: imageIds['madonna-and-child'],
    meta: { title: post.title, description: post.excerpt, image: imageIds['madonna-and-child'] },
    _status: 'published',
  })
  const revivalId = imported.ids[REVIVAL_SLUG]!
  const refs: PostRefs = { revivalId, iconMediaId: imageIds['madonna-and-child']! }
  const questionId = await seeder.ensure('posts', READER_QUESTION.slug, () =>
    postData(READER_QUESTION, refs, [revivalId]),
  )
  await seeder.ensure('posts', ANALYSIS.slug, () =>
    postData(ANALYSIS, { ...refs, questionId }, [questionId, revivalId]),
  )

  log('seed: site settings')
  const settings = await payload.findGlobal({ slug: 'site-settings', depth: 0, req })
  // Only a site that was never set up gets the demo settings; an edited one is left alone.
  if (!settings.featuredArtwork?.artwork && !settings.aboutAuthor) {
    await payload.updateGlobal({
      slug: 'site-settings',
      data: {
        siteTitle: SITE.siteTitle,
        tagline: SITE.tagline,
        featuredArtwork: {
          artwork: artworkIds['madonna-and-child'],
          label: SITE.featuredArtworkLabel,
        },
        aboutAuthor: douglas,
      },
      req,
    })
  }
  return seeder.counts
}
