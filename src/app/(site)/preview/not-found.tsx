/** A preview link that opens nothing: no token, a wrong or expired one, or a deleted draft. */
export default function PreviewNotFound() {
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
