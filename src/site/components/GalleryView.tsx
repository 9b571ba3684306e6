/** A gallery's page body: its artworks in the curator's order, each with caption and details. */
import type { Gallery } from '../data'
import { paths } from '../links'
import { RichText } from '../richText/RichText'
import { ArtworkFacts } from './ArtworkFacts'
import { Figure } from './Figure'

export function GalleryView({ gallery }: { gallery: Gallery }) {
  const items = (gallery.items ?? []).filter((item) => item.artwork)
  return (
    <article className="gallery">
      <header>
        <h1>{gallery.title}</h1>
        {gallery.curator ? (
          <p className="byline">
            Curated by <a href={paths.author(gallery.curator.slug)}>{gallery.curator.name}</a>
          </p>
        ) : null}
      </header>
      <RichText data={gallery.description} />
      <ol className="gallery-items">
        {items.map(({ caption, artwork }) => (
          <li key={artwork!.slug}>
            {artwork!.image ? (
              <Figure
                image={artwork!.image}
                size="card"
                href={paths.artwork(artwork!.slug)}
                caption={caption ?? ''}
              />
            ) : null}
            <h2>
              <a href={paths.artwork(artwork!.slug)}>{artwork!.title}</a>
            </h2>
            <ArtworkFacts artwork={artwork!} />
          </li>
        ))}
      </ol>
    </article>
  )
}
