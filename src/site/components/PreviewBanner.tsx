/** The line above every preview: what the editor is looking at, and that readers do not see it. */
export function PreviewBanner() {
  return (
    <p className="preview-banner" role="status">
      Preview of the latest draft. Readers do not see this page.
    </p>
  )
}
