/**
 * Lexical JSON as HTML, on the server: richtext-lexical's own JSX converters (no client code)
 * with ours for images (caption and credit), links (internal links go to /posts/<slug>) and the
 * post blocks. Blocks or nodes the site does not know are left out quietly.
 */
import type { SerializedAutoLinkNode, SerializedLinkNode } from '@payloadcms/richtext-lexical'
import {
  RichText as LexicalRichText,
  type JSXConverterArgs,
  type JSXConvertersFunction,
} from '@payloadcms/richtext-lexical/react'

import type { Image, LexicalDocument } from '../types'
import { Figure } from '../components/Figure'
import { paths } from '../links'
import {
  PullQuote,
  ReaderQuestion,
  type PullQuoteFields,
  type ReaderQuestionFields,
} from './blocks'

type LinkFields = {
  linkType?: 'custom' | 'internal'
  url?: string | null
  newTab?: boolean | null
  doc?: { relationTo?: string; value?: unknown } | null
}

/** Where a link goes on the site, or null when its target is not readable (a draft, a deleted post). */
export function linkHref(fields: LinkFields): string | null {
  if (fields.linkType !== 'internal') return fields.url || null
  const value = fields.doc?.value
  if (fields.doc?.relationTo === 'posts' && value && typeof value === 'object') {
    const slug = (value as { slug?: unknown }).slug
    if (typeof slug === 'string' && slug) return paths.post(slug)
  }
  return null
}

type LinkArgs = JSXConverterArgs<SerializedLinkNode> | JSXConverterArgs<SerializedAutoLinkNode>
type BlockArgs = { node: { fields: unknown } }

const converters: JSXConvertersFunction = ({ defaultConverters }) => {
  const link = ({ node, nodesToJSX }: LinkArgs) => {
    const children = nodesToJSX({ nodes: node.children })
    const fields = node.fields as LinkFields
    const href = linkHref(fields)
    if (!href) return <span>{children}</span>
    return (
      <a
        href={href}
        rel={fields.newTab ? 'noopener noreferrer' : undefined}
        target={fields.newTab ? '_blank' : undefined}
      >
        {children}
      </a>
    )
  }
  return {
    ...defaultConverters,
    link,
    autolink: link,
    upload: ({ node }) => {
      const value = (node as { value?: unknown }).value
      if (!value || typeof value !== 'object') return null
      return <Figure image={value as Image} size="feature" />
    },
    // Relationship nodes are not in the site's editors; if one is there, it shows nothing.
    relationship: () => null,
    blocks: {
      pullQuote: ({ node }: BlockArgs) => <PullQuote {...(node.fields as PullQuoteFields)} />,
      readerQuestion: ({ node }: BlockArgs) => (
        <ReaderQuestion {...(node.fields as ReaderQuestionFields)} />
      ),
    },
    unknown: () => null,
  }
}

export function RichText({ data, className }: { data: LexicalDocument; className?: string }) {
  if (!data || typeof data !== 'object' || !('root' in data)) return null
  return (
    <LexicalRichText
      className={className ?? 'rich-text'}
      converters={converters}
      // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the stored JSON's own type
      data={data as any}
      disableIndent
      disableTextAlign
    />
  )
}
