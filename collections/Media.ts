import { ValidationError, type CollectionBeforeOperationHook, type CollectionConfig } from 'payload'

import { accessFrom } from '../access/derive'
import { checkImagePixels } from '../src/lib/imagePixels'
import { ownerField } from './fields/owner'
import { missingFileNotFound } from './hooks/missingFileNotFound'
import { skipUnreadableFields } from './hooks/skipUnreadableFields'

/** Accepted image types; anything else is refused with a 400 naming the file. */
export const IMAGE_MIME_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'image/avif', 'image/gif']

/**
 * Largest accepted upload. The Express server refuses a larger declared body with a 400 naming
 * the field before it is read (src/lib/http/uploadLimit.ts); Payload's parser aborts a stream
 * that passes it anyway.
 */
export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024

export const UPLOAD_TOO_LARGE_MESSAGE = `The file is larger than the ${MAX_UPLOAD_BYTES / 1024 / 1024} MB limit.`

/**
 * An image past the pixel limit is a 400 naming the file before Payload decodes and resizes it
 * (a small file can declare an enormous image).
 */
const refuseHugeImages: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'create' && operation !== 'update') return args
  const file = req.file
  const input = file?.tempFilePath || (file?.data?.length ? file.data : undefined)
  if (!input) return args
  const refusal = await checkImagePixels(input)
  if (refusal)
    throw new ValidationError({ collection: 'media', errors: [{ path: 'file', message: refusal }] })
  return args
}

/**
 * Images: photographs, portraits and pictures of artworks. Sharp makes the sizes a frontend needs;
 * editors set the focal point so crops keep the subject.
 */
export const Media: CollectionConfig = {
  slug: 'media',
  admin: {
    // The file name titles an image (short, unique); the alt text is a sentence, shown beside it.
    useAsTitle: 'filename',
    defaultColumns: ['filename', 'alt', 'credit', 'updatedAt'],
    group: 'Gallery',
    description: 'Images used in posts, profiles and the gallery.',
  },
  // An image where it is used (a card, a portrait, a figure in a post): the files, their sizes and
  // what is said about it; not who uploaded it.
  defaultPopulate: {
    alt: true,
    caption: true,
    credit: true,
    url: true,
    thumbnailURL: true,
    filename: true,
    mimeType: true,
    width: true,
    height: true,
    focalX: true,
    focalY: true,
    sizes: true,
  },
  access: accessFrom('media'),
  hooks: { beforeOperation: [refuseHugeImages, skipUnreadableFields] },
  upload: {
    // Overridden from the environment in payload.config.ts (MEDIA_DIR).
    staticDir: 'data/media',
    mimeTypes: IMAGE_MIME_TYPES,
    focalPoint: true,
    crop: true,
    adminThumbnail: 'thumbnail',
    handlers: [missingFileNotFound],
    imageSizes: [
      { name: 'thumbnail', width: 300, height: 300, position: 'centre' },
      { name: 'card', width: 768, height: 512, position: 'centre' },
      { name: 'feature', width: 1600, withoutEnlargement: true },
      // Open Graph / social cards are always exactly 1200x630.
      { name: 'og', width: 1200, height: 630, position: 'centre' },
    ],
  },
  fields: [
    {
      name: 'alt',
      type: 'text',
      required: true,
      maxLength: 300,
      admin: { description: 'What the image shows, for readers who cannot see it. Required.' },
    },
    { name: 'caption', type: 'textarea', maxLength: 1000 },
    {
      name: 'credit',
      type: 'text',
      maxLength: 200,
      admin: { description: 'Who made or owns the image, e.g. "Photo: Jane Doe".' },
    },
    ownerField(),
  ],
}
