/** The home page: the latest posts, a page at a time (/page/2 for the next), and the sidebar. */
import type { Metadata } from 'next'

import { HomeView, homeMetadata } from '../../site/components/HomeView'

export const dynamic = 'force-dynamic'

export function generateMetadata(): Promise<Metadata> {
  return homeMetadata(1)
}

export default function Home() {
  return <HomeView page={1} />
}
