import { firstName } from '../format'
import { paths } from '../links'
import type { AuthorCard } from '../types'

/** The bio box: portrait, name, short bio and "Learn more about <first name>". */
export function AuthorBox({
  author,
  heading = 'h2',
  title,
}: {
  author: AuthorCard
  heading?: 'h2' | 'h3'
  /** A heading above the name ("About the author"); the name is the heading otherwise. */
  title?: string
}) {
  const Heading = heading
  const portrait = author.portrait?.sizes?.thumbnail
  return (
    <section className="author-box" aria-label={title ?? `About ${author.name}`}>
      {portrait?.url ? (
        <img
          src={portrait.url}
          alt={author.portrait?.alt ?? ''}
          width={96}
          height={96}
          loading="lazy"
        />
      ) : null}
      <div>
        {title ? <Heading>{title}</Heading> : null}
        {title ? (
          <p className="author-name">{author.name}</p>
        ) : (
          <Heading className="author-name">{author.name}</Heading>
        )}
        {author.shortBio ? <p>{author.shortBio}</p> : null}
        <p>
          <a href={paths.author(author.slug)}>Learn more about {firstName(author.name)} →</a>
        </p>
      </div>
    </section>
  )
}
