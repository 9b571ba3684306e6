/** The site's 404, inside its own layout: a missing slug, an unknown path, a page past the last. */
export default function NotFound() {
  return (
    <section className="not-found">
      <h1>Page not found</h1>
      <p>There is nothing at this address. It may have moved, or it may never have existed.</p>
      <p>
        <a href="/">Go to the latest posts</a>
      </p>
    </section>
  )
}
