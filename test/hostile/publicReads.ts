/**
 * What a frontend legitimately reads, which must keep answering 200 whatever the defences refuse:
 * lists and documents of every public collection, the global, comment threads and policies,
 * uploaded files, and the page queries of docs/queries over GraphQL.
 */
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import type { HostileRequest, Viewer } from './http'
import type { Fixtures } from './setup'

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')

export const PUBLIC_COLLECTIONS = [
  'posts',
  'authors',
  'categories',
  'tags',
  'artworks',
  'galleries',
  'media',
  'comments',
  'comment-policies',
  'reader-questions',
]

function pageQueries(fx: Fixtures): { name: string; query: string; variables: object }[] {
  const read = (name: string) =>
    fs.readFileSync(path.join(ROOT, 'docs', 'queries', `${name}.graphql`), 'utf8')
  return [
    { name: 'home', query: read('home'), variables: { limit: 10 } },
    { name: 'post', query: read('post'), variables: { slug: fx.publishedPostSlug } },
    { name: 'author', query: read('author'), variables: { slug: fx.authorSlug } },
    { name: 'gallery', query: read('gallery'), variables: { slug: fx.gallerySlug } },
  ]
}

export function publicReads(fx: Fixtures): HostileRequest[] {
  const requests: HostileRequest[] = []
  // The contributor first: an answer kept for them must never be what the public gets next.
  for (const as of ['contributor', 'anonymous'] as const satisfies readonly Viewer[]) {
    const get = (label: string, path: string): HostileRequest => ({
      label,
      as,
      method: 'GET',
      path,
      expectStatus: 200,
    })
    for (const slug of PUBLIC_COLLECTIONS) {
      requests.push(
        get(`${slug}: the list`, `/api/${slug}`),
        get(`${slug}: 100 at depth 0`, `/api/${slug}?limit=100&depth=0`),
        get(`${slug}: page 2 of 1`, `/api/${slug}?limit=1&page=2`),
        get(`${slug}: count`, `/api/${slug}/count`),
        get(`${slug}: newest first`, `/api/${slug}?sort=-createdAt&limit=5`),
        get(`${slug}: by ID list`, `/api/${slug}?where[id][exists]=true&limit=5&depth=1`),
      )
    }
    requests.push(
      get('the post', `/api/posts/${fx.publishedPostId}`),
      get('the post by slug', `/api/posts?where[slug][equals]=${fx.publishedPostSlug}&limit=1`),
      get(
        'the post, a few fields',
        `/api/posts/${fx.publishedPostId}?select[title]=true&select[slug]=true`,
      ),
      get('posts with author names', '/api/posts?populate[authors][name]=true&limit=5'),
      get('posts at depth 3', '/api/posts?depth=3&limit=5'),
      get('posts sorted by date', '/api/posts?sort=-publishedAt&limit=5&depth=0'),
      get('posts in a title search', '/api/posts?where[title][like]=the&limit=5'),
      get(
        'posts, any of two slugs',
        `/api/posts?where[or][0][slug][equals]=${fx.publishedPostSlug}&where[or][1][slug][equals]=x`,
      ),
      get('the author by slug', `/api/authors?where[slug][equals]=${fx.authorSlug}`),
      get('the author with 5 posts', `/api/authors/${fx.authorId}?joins[posts][limit]=5`),
      get('the gallery by slug', `/api/galleries?where[slug][equals]=${fx.gallerySlug}&depth=2`),
      get('site settings', '/api/globals/site-settings'),
      get('site settings at depth 0', '/api/globals/site-settings?depth=0'),
      get('the comment thread', `/api/comments/thread/${fx.publishedPostId}`),
      get('the comment policy', `/api/comments/policy/${fx.publishedPostId}`),
      get('an uploaded image', `/api/media/file/${encodeURIComponent(fx.mediaFilename)}`),
      { ...get('HEAD of a list', '/api/posts?limit=1'), method: 'HEAD' },
    )
    for (const { name, query, variables } of pageQueries(fx)) {
      requests.push({
        label: `GraphQL ${name} page`,
        as,
        method: 'POST',
        path: '/api/graphql',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables }),
        expectStatus: 200,
      })
    }
    requests.push({
      label: 'GraphQL approved comments',
      as,
      method: 'POST',
      path: '/api/graphql',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ Comments(limit: 20) { docs { name body createdAt } } }' }),
      expectStatus: 200,
    })
  }
  requests.push({
    label: 'users/me as the contributor',
    as: 'contributor',
    method: 'GET',
    path: '/api/users/me',
    expectStatus: 200,
  })
  return requests
}
