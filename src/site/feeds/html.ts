/**
 * A post's rich text as HTML for feed readers (FEED_CONTENT=full): Payload's own Lexical to HTML
 * conversion, with our two blocks, images and links to other posts made absolute (a feed reader
 * has no base URL), and anything unknown left out rather than guessed at.
 */
import {
  convertLexicalToHTML,
  defaultHTMLConverters,
  LinkHTMLConverter,
  type HTMLConverters,
} from '@payloadcms/richtext-lexical/html'

export type LexicalState = Parameters<typeof convertLexicalToHTML>[0]['data']

type Doc = Record<string, unknown>

const PATHS: Record<string, string> = {
  posts: 'posts',
  authors: 'authors',
  categories: 'categories',
}

export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;')
}

/** A URL the API gave (often a path) made absolute on the public origin. */
export function absolute(url: string, origin: string): string {
  try {
    return new URL(url, `${origin}/`).toString()
  } catch {
    return origin
  }
}

const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '')

function converters(origin: string): HTMLConverters {
  return {
    ...defaultHTMLConverters,
    ...LinkHTMLConverter({
      internalDocToHref: ({ linkNode }) => {
        const doc = linkNode.fields.doc as { relationTo?: string; value?: unknown } | undefined
        const value = doc?.value as Doc | undefined
        const folder = doc?.relationTo ? PATHS[doc.relationTo] : undefined
        // A link to something the public cannot read (a draft) is populated as a bare id.
        if (!folder || !value || typeof value !== 'object' || !text(value.slug)) return ''
        return `${origin}/${folder}/${text(value.slug)}`
      },
    }),
    upload: ({ node }) => {
      const media = (node as { value?: unknown }).value as Doc | undefined
      if (!media || typeof media !== 'object' || !text(media.url)) return ''
      const caption = [text(media.caption), text(media.credit)].filter(Boolean).join(' — ')
      const image = `<img src="${escapeHtml(absolute(text(media.url), origin))}" alt="${escapeHtml(text(media.alt))}" />`
      return caption
        ? `<figure>${image}<figcaption>${escapeHtml(caption)}</figcaption></figure>`
        : `<figure>${image}</figure>`
    },
    blocks: {
      pullQuote: ({ node }) => {
        const fields = (node as { fields: Doc }).fields
        const who = [text(fields.speaker), text(fields.role), text(fields.organisation)]
          .filter(Boolean)
          .join(', ')
        return `<blockquote><p>${escapeHtml(text(fields.quote))}</p>${who ? `<footer>— ${escapeHtml(who)}</footer>` : ''}</blockquote>`
      },
      readerQuestion: ({ node }) => {
        const fields = (node as { fields: Doc }).fields
        const submission = fields.submission as Doc | undefined
        const question =
          text(fields.question) ||
          (submission && typeof submission === 'object' ? text(submission.question) : '')
        if (!question) return ''
        const who = [text(fields.askedBy) || 'A reader', text(fields.location)]
          .filter(Boolean)
          .join(', ')
        return `<blockquote><p>${escapeHtml(question)}</p><footer>— ${escapeHtml(who)} asked</footer></blockquote>`
      },
    },
    // Nodes this conversion does not know are left out.
    unknown: () => '',
  } as HTMLConverters
}

/** The HTML of a post's content for a feed; an empty string when there is none. */
export function contentHtml(data: unknown, origin: string): string {
  if (!data || typeof data !== 'object' || !('root' in data)) return ''
  return convertLexicalToHTML({
    data: data as LexicalState,
    converters: converters(origin),
    disableContainer: true,
  })
}
