/**
 * Local images named by imported files, uploaded to media once. An image is known by its bytes
 * (SHA-256), not its name: two files naming the same picture, or a second run, reuse the media
 * document that holds those bytes. Media has no hash field, so the candidates are the documents of
 * the same size, and each candidate's stored file is hashed (once a run) to confirm the match;
 * Payload renames a second "x.png" to "x-1.png", so names alone would not do. GIF and WebP files
 * are stored as sharp re-encodes them on upload, so for those the re-encoded bytes are compared.
 */
import crypto from 'node:crypto'
import fs from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import type { Payload } from 'payload'

import type { ImportAccess } from './access'
import type { ImageReference } from './images'
import { SourceError } from './parse'

export interface LocalImage {
  ref: ImageReference
  name: string
  data: Buffer
  sha256: string
  mimetype: string
}

/** The image types media accepts (collections/Media.ts), by file extension. */
const MIME_TYPES: Record<string, string> = {
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.png': 'image/png',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.gif': 'image/gif',
}

/** Types Payload re-encodes on upload, reading every frame (payload's isAnimatedImage). */
const REENCODED = new Set(['image/gif', 'image/webp'])

const sha256 = (data: Buffer) => crypto.createHash('sha256').update(data).digest('hex')

/** Where `src` may be on disk: as written, then with %-escapes decoded (`my%20icon.png`). */
function candidates(from: string, src: string): string[] {
  if (/^file:/i.test(src)) return [fileURLToPath(src)]
  const paths = [path.resolve(path.dirname(from), src)]
  try {
    const decoded = decodeURI(src)
    if (decoded !== src) paths.push(path.resolve(path.dirname(from), decoded))
  } catch {
    // Not valid %-escapes: the path as written is the only reading.
  }
  return paths
}

/** Reads an image named by the file `from`, relative to it. Missing or not an image: a SourceError on its line. */
export async function readImage(from: string, ref: ImageReference): Promise<LocalImage> {
  const paths = candidates(from, ref.src)
  for (const full of paths) {
    let data: Buffer
    try {
      data = await fs.readFile(full)
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code
      if (code === 'ENOENT' || code === 'EISDIR' || code === 'ENOTDIR') continue
      throw new SourceError(
        `image "${ref.src}": cannot be read (${code ?? (error as Error).message})`,
        ref.line,
      )
    }
    const mimetype = MIME_TYPES[path.extname(full).toLowerCase()]
    if (!mimetype)
      throw new SourceError(
        `image "${ref.src}": not a supported image (use .jpg, .png, .webp, .avif or .gif)`,
        ref.line,
      )
    return { ref, name: path.basename(full), data, sha256: sha256(data), mimetype }
  }
  throw new SourceError(`image "${ref.src}": no such file (looked for ${paths[0]})`, ref.line)
}

/** Alt text is required by media: the file's own, else the file name in words ("gold-leaf.png": "gold leaf"). */
export function altFor(image: LocalImage): string {
  const alt =
    image.ref.alt || path.parse(image.name).name.replace(/[-_]+/g, ' ').trim() || image.name
  return alt.slice(0, 300)
}

export class MediaLibrary {
  private readonly known = new Map<string, Promise<string>>()
  private readonly stored = new Map<string, Promise<string | undefined>>()
  private readonly staticDir: string

  constructor(
    private readonly payload: Payload,
    private readonly access: ImportAccess,
    private readonly dryRun: boolean,
  ) {
    this.staticDir = path.resolve(payload.collections.media.config.upload.staticDir ?? '')
  }

  /** The media document holding these bytes: an existing one, or one uploaded now (never in a dry run). */
  idFor(image: LocalImage, alt: string): Promise<string> {
    let id = this.known.get(image.sha256)
    if (!id) {
      id = this.findOrUpload(image, alt)
      this.known.set(image.sha256, id)
      // A failed upload is not remembered: the next file naming the image tries again.
      id.catch(() => this.known.delete(image.sha256))
    }
    return id
  }

  /**
   * The bytes Payload stores for an upload of these: as they are, except GIF and WebP, which it
   * passes through sharp reading every frame (payload/dist/uploads/generateFileData.js), with no
   * resizing or format options in our media collection.
   */
  private async storedForm(image: LocalImage): Promise<{ size: number; sha256: string }> {
    const sharp = this.payload.config.sharp
    if (!sharp || !REENCODED.has(image.mimetype))
      return { size: image.data.length, sha256: image.sha256 }
    const data = await sharp(image.data, { animated: true }).rotate().toBuffer()
    return { size: data.length, sha256: sha256(data) }
  }

  private async findOrUpload(image: LocalImage, alt: string): Promise<string> {
    const stored = await this.storedForm(image)
    const { docs } = await this.payload.find({
      collection: 'media',
      where: { filesize: { equals: stored.size } },
      pagination: false,
      depth: 0,
      select: { filename: true },
      ...this.access,
    })
    for (const doc of docs) {
      if (doc.filename && (await this.storedHash(doc.filename)) === stored.sha256)
        return String(doc.id)
    }
    if (this.dryRun) return `(new ${image.name})`
    const created = await this.payload.create({
      collection: 'media',
      data: { alt },
      file: {
        data: image.data,
        mimetype: image.mimetype,
        name: image.name,
        size: image.data.length,
      },
      depth: 0,
      ...this.access,
    })
    return String(created.id)
  }

  /** The hash of a stored original, read once a run; undefined when the file is gone. */
  private storedHash(filename: string): Promise<string | undefined> {
    let hash = this.stored.get(filename)
    if (!hash) {
      hash = fs.readFile(path.join(this.staticDir, filename)).then(sha256, () => undefined)
      this.stored.set(filename, hash)
    }
    return hash
  }
}
