'use client'
/** The site's error page: something failed while rendering; the layout around it still shows. */
export default function SiteError({ reset }: { error: Error; reset: () => void }) {
  return (
    <section className="not-found">
      <h1>Something went wrong</h1>
      <p>This page could not be shown just now. Please try again in a moment.</p>
      <p>
        <button type="button" onClick={() => reset()}>
          Try again
        </button>{' '}
        or <a href="/">go to the latest posts</a>.
      </p>
    </section>
  )
}
