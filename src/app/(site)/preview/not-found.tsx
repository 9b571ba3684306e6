/** A preview link that opens nothing (as drawn after a client-side refresh of the preview). */
import { PreviewNotFoundMessage } from '../../../site/components/NotFoundMessage'

export default function PreviewNotFound() {
  return <PreviewNotFoundMessage />
}
