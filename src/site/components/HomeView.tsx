import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { homePage } from '../data'
import { POSTS_PER_PAGE, pageHref } from '../paging'
import { pageMetadata } from '../seo'
import { Pagination } from './Pagination'
import { PostList } from './PostCard'
import { Sidebar } from './Sidebar'

/** A page of the latest posts; a page past the last is not found. */
async function load(page: number) {
  const data = await homePage(page, POSTS_PER_PAGE)
  if (page > 1 && page > data.Posts.totalPages) notFound()
  return data
}

export async function homeMetadata(page: number): Promise<Metadata> {
  const { SiteSetting } = await load(page)
  const title = SiteSetting.siteTitle || 'Blog'
  return {
    ...pageMetadata({
      title: page > 1 ? `${title}, page ${page}` : title,
      description: SiteSetting.tagline,
      path: pageHref('/', page, 'path'),
    }),
    // The layout's template would repeat the site's name.
    title: { absolute: page > 1 ? `Latest posts, page ${page} · ${title}` : title },
  }
}

export async function HomeView({ page }: { page: number }) {
  const { SiteSetting, Posts } = await load(page)
  return (
    <div className="with-sidebar">
      <div className="primary">
        <h1>{page > 1 ? `Latest posts, page ${page}` : 'Latest posts'}</h1>
        <PostList posts={Posts.docs} />
        <Pagination
          base="/"
          page={page}
          hasNext={page < Posts.totalPages}
          totalPages={Posts.totalPages}
          style="path"
        />
      </div>
      <Sidebar data={SiteSetting} />
    </div>
  )
}
