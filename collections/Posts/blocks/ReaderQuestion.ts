import type { Block } from 'payload'

/** A reader's question the post answers, quoted at the top of the answer. */
export const ReaderQuestion: Block = {
  slug: 'readerQuestion',
  interfaceName: 'ReaderQuestionBlock',
  labels: { singular: 'Reader question', plural: 'Reader questions' },
  fields: [
    {
      name: 'submission',
      type: 'relationship',
      relationTo: 'reader-questions',
      admin: {
        description:
          'A question a reader sent in (shown only once marked answered, and if they agreed).',
      },
    },
    {
      name: 'question',
      type: 'textarea',
      maxLength: 2000,
      admin: {
        description: 'The question as quoted here; may be left empty when a submission is linked.',
      },
    },
    {
      name: 'askedBy',
      type: 'text',
      admin: { description: 'Name as the reader wants it shown; leave empty for "a reader".' },
    },
    { name: 'location', type: 'text', admin: { description: 'Optional, e.g. "Texas".' } },
  ],
}
