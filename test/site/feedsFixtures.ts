/**
 * What the feed tests plant on the demo site: a draft post and a published post's unpublished
 * draft, both full of marker words, a workflow note and held and approved comments with their
 * commenters' email addresses. Nothing planted here may ever appear on the reader site.
 */
import crypto from 'node:crypto'

import type { ApiClient } from '../helpers/client'
import { openedFormToken } from '../helpers/formToken'

export type Planted = {
  /** Words nobody public may ever read (draft titles and text, notes, commenters' emails). */
  secrets: string[]
  /** Words of the draft post, for a search. */
  draftWords: string
  draftSlug: string
  publishedPostId: string
  publishedPostSlug: string
}

export async function must(
  what: string,
  answer: Promise<{ status: number; body: any }>,
  status = [200, 201],
): Promise<any> {
  const { status: got, body } = await answer
  if (!status.includes(got))
    throw new Error(`${what}: ${got} ${JSON.stringify(body).slice(0, 400)}`)
  return body
}

/** A Lexical document of one paragraph. */
export function paragraph(text: string) {
  const node = { type: 'text', version: 1, text, format: 0, detail: 0, mode: 'normal', style: '' }
  return {
    root: {
      type: 'root',
      version: 1,
      direction: null,
      format: '',
      indent: 0,
      children: [
        {
          type: 'paragraph',
          version: 1,
          direction: null,
          format: '',
          indent: 0,
          textFormat: 0,
          children: [node],
        },
      ],
    },
  }
}

export async function plantSecrets(admin: ApiClient, anonymous: ApiClient): Promise<Planted> {
  const tag = crypto.randomUUID().slice(0, 8)
  const words = `zorblat quenchmire ${tag}`
  const draftSlug = `zorblat-draft-${tag}`
  const posts = await must('posts', anonymous.rest('GET', '/api/posts?limit=5&depth=0'))
  const published = posts.docs[0] as { id: string; slug: string; authors: string[] }
  const categories = await must('categories', anonymous.rest('GET', '/api/categories?limit=1'))
  const noteWord = `internalnote${tag}`
  const draftEditWord = `unpublishedchange${tag}`
  await must(
    'draft post',
    admin.rest('POST', '/api/posts?draft=true', {
      title: `Draft ${words}`,
      slug: draftSlug,
      excerpt: `Excerpt ${words}`,
      content: paragraph(`Body ${words}`),
      authors: published.authors,
      categories: [categories.docs[0].id],
      _status: 'draft',
    }),
  )
  // A change saved as a draft over a published post: the live version stays what the public reads.
  await must(
    'draft change',
    admin.rest('PATCH', `/api/posts/${published.id}?draft=true`, {
      title: `Changed ${draftEditWord}`,
      _status: 'draft',
    }),
  )
  await must(
    'workflow note',
    admin.rest('PATCH', `/api/posts/${published.id}?draft=true`, {
      workflowNote: `Note ${noteWord}`,
    }),
  )
  const emails = [`approved-${tag}@reader.example`, `held-${tag}@reader.example`]
  for (const [index, email] of emails.entries()) {
    const comment = await must(
      'comment',
      anonymous.rest('POST', '/api/comments', {
        post: published.id,
        // The approved comment's name is public; the held one's is not.
        name: index === 0 ? 'A Careful Reader' : `Reader ${tag}`,
        email,
        body: index === 0 ? 'A thoughtful note on the argument; thank you.' : 'Another note.',
        formToken: openedFormToken(),
        website: '',
      }),
    )
    if (index === 0)
      await must(
        'approve',
        admin.rest('PATCH', `/api/comments/${(comment.doc ?? comment).id}`, { status: 'approved' }),
      )
  }
  return {
    secrets: [tag, noteWord, draftEditWord, 'zorblat', 'quenchmire', ...emails],
    draftWords: words,
    draftSlug,
    publishedPostId: published.id,
    publishedPostSlug: published.slug,
  }
}
