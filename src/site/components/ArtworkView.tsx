/** An artwork's page body: the picture, the artist, the details of the work, its description. */
import type { Artwork } from '../data'
import { paths } from '../links'
import { RichText } from '../richText/RichText'
import { ArtworkFacts } from './ArtworkFacts'
import { Figure } from './Figure'

export function ArtworkView({ artwork }: { artwork: Artwork }) {
  const galleries = artwork.galleries?.docs ?? []
  return (
    <article className="artwork">
      <header>
        <h1>{artwork.title}</h1>
        {artwork.artist ? (
          <p className="byline">
            By <a href={paths.author(artwork.artist.slug)}>{artwork.artist.name}</a>
          </p>
        ) : null}
      </header>
      {artwork.image ? <Figure image={artwork.image} size="feature" /> : null}
      <ArtworkFacts artwork={artwork} />
      <RichText data={artwork.description} />
      {galleries.length ? (
        <p>
          Shown in{' '}
          {galleries.map((gallery, index) => (
            <span key={gallery.slug}>
              {index > 0 ? ', ' : null}
              <a href={paths.gallery(gallery.slug)}>{gallery.title}</a>
            </span>
          ))}
        </p>
      ) : null}
    </article>
  )
}
