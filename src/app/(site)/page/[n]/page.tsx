/** Older posts: /page/2, /page/3 … (/page/1 is the home page; past the last page is a 404). */
import type { Metadata } from 'next'
import { notFound, permanentRedirect } from 'next/navigation'

import { HomeView, homeMetadata } from '../../../../site/components/HomeView'
import { parsePageNumber } from '../../../../site/paging'

export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ n: string }> }

async function pageOf(params: Props['params']): Promise<number> {
  const page = parsePageNumber((await params).n)
  if (page === null) notFound()
  if (page === 1) permanentRedirect('/')
  return page
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return homeMetadata(await pageOf(params))
}

export default async function OlderPosts({ params }: Props) {
  return <HomeView page={await pageOf(params)} />
}
