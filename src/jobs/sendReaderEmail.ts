import type { TaskConfig } from 'payload'

import type { ReaderEmail } from '../lib/mail/readerEmails'

export type ReaderEmailMessage = ReaderEmail & { to: string }

/**
 * One email about comments (a reply to a reader, a held comment to an author), sent from the
 * queue so a slow SMTP server never slows a comment or a moderator's click. One recipient each:
 * nobody sees another reader's address.
 */
export const sendReaderEmailTask: TaskConfig<{
  input: { message: ReaderEmailMessage }
  output: object
}> = {
  slug: 'sendReaderEmail',
  label: 'Send an email about comments',
  retries: { attempts: 3, backoff: { type: 'exponential', delay: 5000 } },
  inputSchema: [{ name: 'message', type: 'json', required: true }],
  handler: async ({ input, req }) => {
    const { message } = input
    await req.payload.sendEmail({
      to: message.to,
      subject: message.subject,
      text: message.text,
      html: message.html,
      ...(message.headers ? { headers: message.headers } : {}),
    })
    return { output: {} }
  },
}
