/** What a reader reads on a 404. */
export function NotFoundMessage() {
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
