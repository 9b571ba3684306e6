/**
 * A post as readers see it: title, date and reading time, authors, featured image, the content,
 * dated corrections, the authors' bio boxes and related posts. Shared by the post page and the
 * preview route; the comment section is placed by the page.
 */
import { formatDate, joinNames } from '../format'
import { paths } from '../links'
import { RichText } from '../richText/RichText'
import type { Post } from '../types'
import { AuthorBox } from './AuthorBox'
import { Figure } from './Figure'
import { PostCard, PostMeta } from './PostCard'

export function PostArticle({ post }: { post: Post }) {
  const authors = post.authors ?? []
  const corrections = post.corrections ?? []
  const related = post.relatedPosts ?? []
  return (
    <article className="post">
      <header className="post-header">
        {post.categories?.length ? (
          <p className="kicker">
            {post.categories.map((category, index) => (
              <span key={category.slug}>
                {index > 0 ? ' · ' : null}
                <a href={paths.category(category.slug)}>{category.title}</a>
              </span>
            ))}
          </p>
        ) : null}
        <h1>{post.title}</h1>
        {authors.length ? (
          <p className="byline">
            By{' '}
            {authors.map((author, index) => (
              <span key={author.slug}>
                {index > 0 ? (index === authors.length - 1 ? ' and ' : ', ') : null}
                <a href={paths.author(author.slug)} rel="author">
                  {author.name}
                </a>
              </span>
            ))}
          </p>
        ) : null}
        <PostMeta publishedAt={post.publishedAt} readingTime={post.readingTime} />
      </header>
      {post.featuredImage ? (
        <Figure image={post.featuredImage} size="feature" className="figure featured" />
      ) : null}
      <RichText data={post.content} className="rich-text post-content" />
      {corrections.length ? (
        <section className="corrections" aria-labelledby="corrections">
          <h2 id="corrections">{corrections.length > 1 ? 'Corrections' : 'Correction'}</h2>
          <ul>
            {corrections.map((correction, index) => (
              <li key={index}>
                <time dateTime={correction.date}>{formatDate(correction.date)}</time>:{' '}
                {correction.note}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {post.tags?.length ? (
        <p className="tags">
          Tags:{' '}
          {post.tags.map((tag, index) => (
            <span key={tag.slug}>
              {index > 0 ? ', ' : null}
              <a href={paths.tag(tag.slug)} rel="tag">
                {tag.title}
              </a>
            </span>
          ))}
        </p>
      ) : null}
      {authors.length ? (
        <section
          className="post-authors"
          aria-label={`About ${joinNames(authors.map((a) => a.name))}`}
        >
          {authors.map((author) => (
            <AuthorBox key={author.slug} author={author} />
          ))}
        </section>
      ) : null}
      {related.length ? (
        <section className="related" aria-labelledby="related">
          <h2 id="related">Related posts</h2>
          {related.map((relatedPost) => (
            <PostCard key={relatedPost.slug} post={relatedPost} heading="h3" />
          ))}
        </section>
      ) : null}
    </article>
  )
}
