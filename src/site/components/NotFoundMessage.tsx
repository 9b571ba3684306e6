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

/** A preview link that opens nothing: no token, a wrong or expired one, or a deleted draft. */
export function PreviewNotFoundMessage() {
  return (
    <section className="not-found">
      <h1>This preview link does not work</h1>
      <p>
        It may have expired, or it was made for another document. Open the preview again from the
        editor to get a fresh link.
      </p>
    </section>
  )
}
