/**
 * The owner's prose from a Lexical field (the comment policy's introduction) as paragraphs,
 * links and emphasis kept; anything else is shown as its text. Small on purpose: the policy
 * introduction is prose, not a post.
 */
import type { ReactNode } from 'react'

type LexicalNode = {
  type?: string
  text?: string
  format?: number
  url?: string
  fields?: { url?: string }
  tag?: string
  children?: LexicalNode[]
}

const BOLD = 1
const ITALIC = 2

function inline(nodes: LexicalNode[] = [], key = ''): ReactNode[] {
  return nodes.map((node, index) => {
    const k = `${key}${index}`
    if (node.type === 'text') {
      let out: ReactNode = node.text ?? ''
      if ((node.format ?? 0) & ITALIC) out = <em>{out}</em>
      if ((node.format ?? 0) & BOLD) out = <strong>{out}</strong>
      return <span key={k}>{out}</span>
    }
    if (node.type === 'linebreak') return <br key={k} />
    const url = node.fields?.url ?? node.url
    if (node.type === 'link' || node.type === 'autolink') {
      return /^(https?:|mailto:|\/)/.test(url ?? '') ? (
        <a key={k} href={url}>
          {inline(node.children, `${k}.`)}
        </a>
      ) : (
        <span key={k}>{inline(node.children, `${k}.`)}</span>
      )
    }
    return <span key={k}>{inline(node.children, `${k}.`)}</span>
  })
}

export function RichParagraphs({ value }: { value: unknown }) {
  const root = (value as { root?: LexicalNode } | null)?.root
  const blocks = root?.children ?? []
  return (
    <>
      {blocks.map((block, index) =>
        block.type === 'list' ? (
          <ul key={index}>
            {(block.children ?? []).map((item, i) => (
              <li key={i}>{inline(item.children)}</li>
            ))}
          </ul>
        ) : (
          <p key={index}>{inline(block.children)}</p>
        ),
      )}
    </>
  )
}
