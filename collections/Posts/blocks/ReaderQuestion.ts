import type { Block } from 'payload'

/** A reader's question the post answers, quoted at the top of the answer. */
export const ReaderQuestion: Block = {
  slug: 'readerQuestion',
  interfaceName: 'ReaderQuestionBlock',
  labels: { singular: 'Reader question', plural: 'Reader questions' },
  fields: [
    { name: 'question', type: 'textarea', required: true, maxLength: 2000 },
    {
      name: 'askedBy',
      type: 'text',
      admin: { description: 'Name as the reader wants it shown; leave empty for "a reader".' },
    },
    { name: 'location', type: 'text', admin: { description: 'Optional, e.g. "Texas".' } },
  ],
}
