/**
 * Payload's email adapter for our settings: nodemailer over SMTP when a host is configured, and
 * otherwise an adapter that writes one line per email to the log and never opens a socket.
 */
import { randomUUID } from 'node:crypto'

import { nodemailerAdapter } from '@payloadcms/email-nodemailer'
import type { EmailAdapter, SendEmailOptions } from 'payload'

import type { MailSettings } from './settings'

/** What the log adapter resolves with: the fields of nodemailer's SMTP result callers read. */
export type LoggedEmailInfo = {
  messageId: string
  envelope: { from: string; to: string[] }
  accepted: string[]
  rejected: string[]
  response: string
}

type Recipients = SendEmailOptions['to']
type OneRecipient = Exclude<NonNullable<Recipients>, readonly unknown[]>

function addressOf(recipient: OneRecipient): string {
  return typeof recipient === 'string' ? recipient : recipient.address
}

function addressesOf(recipients: Recipients): string[] {
  if (!recipients) return []
  const list: readonly OneRecipient[] = Array.isArray(recipients) ? recipients : [recipients]
  return list.map((recipient) => oneLine(addressOf(recipient))).filter(Boolean)
}

/** Subjects and titles are user-written; a line break in them would split the log line. */
function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}

function firstLineOf(text: SendEmailOptions['text']): string {
  const body = typeof text === 'string' ? text : Buffer.isBuffer(text) ? text.toString('utf8') : ''
  return (
    body
      .split(/\r?\n/)
      .find((line) => line.trim() !== '')
      ?.trim() ?? '(no text)'
  )
}

/** The line the log adapter writes for one email. */
export function logLineFor(message: SendEmailOptions): string {
  const to = addressesOf(message.to)
  const copies = [
    ['cc', addressesOf(message.cc)],
    ['bcc', addressesOf(message.bcc)],
  ] as const
  const extra = copies
    .filter(([, list]) => list.length > 0)
    .map(([label, list]) => ` (${label} ${list.join(', ')})`)
    .join('')
  const subject = oneLine(message.subject ?? '') || '(no subject)'
  return `Email to ${to.join(', ') || '(nobody)'}${extra}: "${subject}" - ${oneLine(firstLineOf(message.text))}`
}

function logAdapter(
  settings: MailSettings,
  log: (line: string) => void,
): EmailAdapter<LoggedEmailInfo> {
  return () => ({
    name: 'log',
    defaultFromAddress: settings.fromAddress,
    defaultFromName: settings.fromName,
    sendEmail: async (message) => {
      log(logLineFor(message))
      const to = [
        ...addressesOf(message.to),
        ...addressesOf(message.cc),
        ...addressesOf(message.bcc),
      ]
      const from = typeof message.from === 'object' ? message.from.address : message.from
      return {
        messageId: `<${randomUUID()}@log.invalid>`,
        envelope: { from: from || settings.fromAddress, to },
        accepted: to,
        rejected: [],
        response: '250 written to the log',
      }
    },
  })
}

/**
 * The `email` option of the Payload config. With `settings.smtp` it sends through nodemailer
 * (connecting on the first email, not at start-up); without, `log` receives one line per email:
 * recipients, subject and the first line of the text.
 */
export async function emailAdapterFor(
  settings: MailSettings,
  log: (line: string) => void,
): Promise<EmailAdapter> {
  if (!settings.smtp) return logAdapter(settings, log)
  const { host, port, secure, user, pass } = settings.smtp
  return nodemailerAdapter({
    defaultFromAddress: settings.fromAddress,
    defaultFromName: settings.fromName,
    // Always pass transport options: without them the adapter creates an ethereal.email account
    // over the internet.
    transportOptions: { host, port, secure, ...(user ? { auth: { user, pass } } : {}) },
    // Verifying would connect at start-up; an unreachable relay must not stop the CMS booting.
    skipVerify: true,
  })
}
