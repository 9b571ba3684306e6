/**
 * The pixel limit for uploaded images. A PNG of a few hundred kilobytes can declare 16,000 x
 * 16,000 pixels, and decoding and resizing it would hold a gigabyte and the CPU for seconds, so
 * the size an image declares is read from its header (no decoding) before anything is made of it.
 */
import sharp from 'sharp'

/** Past any camera's sensor short of medium format; 50 MP is about 8,660 x 5,770. */
export const MAX_IMAGE_MEGAPIXELS = 50
export const MAX_IMAGE_PIXELS = MAX_IMAGE_MEGAPIXELS * 1_000_000

export const imageTooLargeMessage = (width: number, height: number) =>
  `the image is ${width} x ${height} pixels (${Math.round((width * height) / 1_000_000)} megapixels); images can be at most ${MAX_IMAGE_MEGAPIXELS} megapixels.`

/**
 * The refusal for an image past the limit, or null. Files sharp cannot read (not an image, or
 * damaged) are left to the upload's own type check.
 */
export async function checkImagePixels(input: Buffer | string): Promise<string | null> {
  let width: number | undefined
  let height: number | undefined
  try {
    // No input pixel limit here: reading the header is what tells us the size.
    ;({ width, height } = await sharp(input, { limitInputPixels: false }).metadata())
  } catch {
    // Not an image sharp knows: Payload's type check answers that with its own 400.
    return null
  }
  if (!width || !height || width * height <= MAX_IMAGE_PIXELS) return null
  return imageTooLargeMessage(width, height)
}
