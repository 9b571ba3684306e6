import type { TaskConfig } from 'payload'

import {
  notificationEmail,
  type CollectionLabel,
  type NotificationKind,
} from '../lib/mail/notifications'

export type NotificationMessage = {
  to: string[]
  kind: NotificationKind
  title: string
  collectionLabel: CollectionLabel
  actorName: string
  note?: string | null
  adminUrl: string
  publishAt?: string | null
}

/** One workflow email, sent from the queue so a slow SMTP server never slows a save. */
export const sendNotificationTask: TaskConfig<{
  input: { message: NotificationMessage }
  output: object
}> = {
  slug: 'sendNotification',
  label: 'Send a workflow notification email',
  retries: { attempts: 3, backoff: { type: 'exponential', delay: 5000 } },
  inputSchema: [{ name: 'message', type: 'json', required: true }],
  handler: async ({ input, req }) => {
    const { message } = input
    const email = notificationEmail({
      kind: message.kind,
      title: message.title,
      collectionLabel: message.collectionLabel,
      actorName: message.actorName,
      note: message.note ?? undefined,
      adminUrl: message.adminUrl,
      publishAt: message.publishAt ?? undefined,
    })
    await req.payload.sendEmail({
      to: message.to,
      subject: email.subject,
      text: email.text,
      html: email.html,
    })
    return { output: {} }
  },
}
