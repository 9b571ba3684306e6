import type { Block } from 'payload'

/** A quotation set apart from the text, attributed to a named person. */
export const PullQuote: Block = {
  slug: 'pullQuote',
  interfaceName: 'PullQuoteBlock',
  labels: { singular: 'Pull quote', plural: 'Pull quotes' },
  fields: [
    { name: 'quote', type: 'textarea', required: true, maxLength: 1000 },
    {
      name: 'speaker',
      type: 'text',
      required: true,
      admin: { description: 'Who said it, e.g. "Jane Doe".' },
    },
    {
      name: 'role',
      type: 'text',
      admin: { description: 'Their position, e.g. "Middle East analyst".' },
    },
    {
      name: 'organisation',
      type: 'text',
      admin: { description: 'Where they work, e.g. "a research institute".' },
    },
    {
      name: 'sourceUrl',
      type: 'text',
      admin: { description: 'Optional link to where it was said.' },
    },
  ],
}
