import type { Metadata } from 'next'

/** Every preview page: never indexed, never cached, its token never sent on as a referrer. */
export const previewMetadata: Metadata = {
  title: 'Preview',
  robots: { index: false, follow: false, nocache: true },
  referrer: 'no-referrer',
}
