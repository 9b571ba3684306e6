/** The home page: the latest posts. */
import { siteQuery } from '../../site/api'

type HomePage = {
  Posts: { docs: { title: string; slug: string; excerpt: string | null }[] }
}

export default async function Home() {
  const { Posts } = await siteQuery<HomePage>('home', { limit: 10 })
  return (
    <>
      <h1>Latest posts</h1>
      {Posts.docs.map((post) => (
        <article key={post.slug}>
          <h2>
            <a href={`/posts/${post.slug}`}>{post.title}</a>
          </h2>
          {post.excerpt ? <p>{post.excerpt}</p> : null}
        </article>
      ))}
    </>
  )
}
