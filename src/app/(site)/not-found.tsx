/** The site's 404 inside its layout (client-side navigation; a first load gets global-not-found). */
import { NotFoundMessage } from '../../site/components/NotFoundMessage'

export default function NotFound() {
  return <NotFoundMessage />
}
