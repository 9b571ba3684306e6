import { formatDate, readingTimeLabel } from '../format'
import { paths } from '../links'
import type { PostCard as PostCardData } from '../types'

/** A post in a list: card image, title, date, reading time and excerpt. */
export function PostCard({ post, heading = 'h2' }: { post: PostCardData; heading?: 'h2' | 'h3' }) {
  const Heading = heading
  const image = post.featuredImage?.sizes?.card
  return (
    <article className={`post-card${image?.url ? ' has-image' : ''}`}>
      {image?.url ? (
        <img
          src={image.url}
          alt={post.featuredImage?.alt ?? ''}
          width={image.width ?? undefined}
          height={image.height ?? undefined}
          loading="lazy"
        />
      ) : null}
      <div>
        <Heading>
          <a href={paths.post(post.slug)}>{post.title}</a>
        </Heading>
        <PostMeta publishedAt={post.publishedAt} readingTime={post.readingTime} />
        {post.excerpt ? <p className="excerpt">{post.excerpt}</p> : null}
      </div>
    </article>
  )
}

/** "24 October 2024 · 5 min read". */
export function PostMeta({
  publishedAt,
  readingTime,
}: {
  publishedAt?: string | null
  readingTime?: number | null
}) {
  const date = formatDate(publishedAt)
  return (
    <p className="post-meta">
      {date ? <time dateTime={publishedAt ?? undefined}>{date}</time> : null}
      {date ? ' · ' : null}
      <span>{readingTimeLabel(readingTime)}</span>
    </p>
  )
}

export function PostList({ posts }: { posts: PostCardData[] }) {
  if (posts.length === 0) return <p>Nothing has been published here yet.</p>
  return (
    <div className="post-list">
      {posts.map((post) => (
        <PostCard key={post.slug} post={post} />
      ))}
    </div>
  )
}
