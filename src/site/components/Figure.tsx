import type { Image } from '../types'

/** An image with its caption and credit, at the named size when it exists. */
export function Figure({
  image,
  size = 'feature',
  className,
  caption,
  href,
}: {
  image: Image
  size?: 'thumbnail' | 'card' | 'feature'
  className?: string
  /** Shown instead of the image's own caption. */
  caption?: string | null
  /** Where the picture links to (the caption stays plain text). */
  href?: string
}) {
  const sized = image.sizes?.[size]
  const src = sized?.url || image.url
  if (!src) return null
  const text = caption ?? image.caption
  const picture = (
    <img
      src={src}
      alt={image.alt ?? ''}
      width={sized?.width ?? image.width ?? undefined}
      height={sized?.height ?? image.height ?? undefined}
      loading="lazy"
    />
  )
  return (
    <figure className={className ?? 'figure'}>
      {href ? <a href={href}>{picture}</a> : picture}
      {text || image.credit ? (
        <figcaption>
          {text ? <span className="caption">{text}</span> : null}
          {text && image.credit ? ' · ' : null}
          {image.credit ? <span className="credit">{image.credit}</span> : null}
        </figcaption>
      ) : null}
    </figure>
  )
}
