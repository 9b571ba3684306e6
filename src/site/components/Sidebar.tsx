import { paths } from '../links'
import type { Sidebar as SidebarData } from '../types'
import { AuthorBox } from './AuthorBox'

/** Beside the home page and posts: the featured artwork with its label, and the about box. */
export function Sidebar({ data }: { data: SidebarData }) {
  const featured = data.featuredArtwork
  const artwork = featured?.artwork
  const card = artwork?.image?.sizes?.card
  return (
    <aside className="sidebar" aria-label="About this site">
      {artwork ? (
        <section className="featured-artwork" aria-labelledby="featured-artwork">
          <h2 id="featured-artwork">{featured?.label || artwork.title}</h2>
          <a href={paths.artwork(artwork.slug)}>
            {card?.url ? (
              <img
                src={card.url}
                alt={artwork.image?.alt ?? ''}
                width={card.width ?? undefined}
                height={card.height ?? undefined}
                loading="lazy"
              />
            ) : (
              artwork.title
            )}
          </a>
        </section>
      ) : null}
      {data.aboutAuthor ? <AuthorBox author={data.aboutAuthor} title="About the author" /> : null}
    </aside>
  )
}
