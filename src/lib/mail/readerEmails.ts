/**
 * The emails readers and authors get about comments, as plain functions: a reply to a reader's
 * comment (with a one-click unsubscribe link) and, for a post's authors, a comment the policy
 * held. Names and words are the readers' own, so the HTML escapes everything it interpolates.
 */
import { escapeHtml } from './notifications'

export type ReaderEmail = {
  subject: string
  text: string
  html: string
  /** Extra headers (List-Unsubscribe for reply emails). */
  headers?: Record<string, string>
}

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim()
const quoted = (text: string) =>
  text
    .split(/\r?\n/)
    .map((line) => `> ${line}`.trimEnd())
    .join('\n')
const paragraphsHtml = (text: string) => escapeHtml(text).split(/\r?\n/).join('<br>\n')

export const readerEmailMessages = {
  replySubject: (postTitle: string) => `A reply to your comment on "${postTitle}"`,
  replySummary: (replier: string, postTitle: string) =>
    `${replier} replied to your comment on "${postTitle}":`,
  readIt: 'Read the conversation',
  whyYouGetThis:
    'You get this email because you asked to hear about replies when you wrote your comment.',
  unsubscribe: 'Stop emails about replies',
  heldSubject: (postTitle: string) => `A comment on "${postTitle}" waits for you`,
  heldSummary: (commenter: string, postTitle: string) =>
    `${commenter} commented on "${postTitle}", and the comment policy held it for review:`,
  heldRules: 'Why it was held:',
  moderate: 'Approve or reject it in the admin',
}

export interface ReplyEmailInput {
  postTitle: string
  /** The reader-site address of the reply (the post page and the reply's anchor). */
  replyUrl: string
  replierName: string
  replyBody: string
  unsubscribeUrl: string
}

/** The email to a reader whose comment got an approved reply. */
export function replyEmail(input: ReplyEmailInput): ReaderEmail {
  const m = readerEmailMessages
  const title = oneLine(input.postTitle)
  const replier = oneLine(input.replierName)
  const text = [
    m.replySummary(replier, title),
    '',
    quoted(input.replyBody),
    '',
    `${m.readIt}: ${input.replyUrl}`,
    '',
    '--',
    m.whyYouGetThis,
    `${m.unsubscribe}: ${input.unsubscribeUrl}`,
    '',
  ].join('\n')
  const html = [
    `<p>${escapeHtml(m.replySummary(replier, title))}</p>`,
    `<blockquote>${paragraphsHtml(input.replyBody)}</blockquote>`,
    `<p><a href="${escapeHtml(input.replyUrl)}">${escapeHtml(m.readIt)}</a></p>`,
    `<hr>`,
    `<p>${escapeHtml(m.whyYouGetThis)} <a href="${escapeHtml(input.unsubscribeUrl)}">${escapeHtml(m.unsubscribe)}</a></p>`,
    '',
  ].join('\n')
  return {
    subject: m.replySubject(title),
    text,
    html,
    // RFC 2369 and RFC 8058: mail programs offer "Unsubscribe" and POST to it in one click.
    headers: {
      'List-Unsubscribe': `<${input.unsubscribeUrl}>`,
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
    },
  }
}

export interface HeldCommentEmailInput {
  postTitle: string
  commenterName: string
  body: string
  /** The policy's messages for the rules that held it, in the owner's words. */
  reasons: string[]
  adminUrl: string
}

/** The email to a post's author about a comment held for review on their post. */
export function heldCommentEmail(input: HeldCommentEmailInput): ReaderEmail {
  const m = readerEmailMessages
  const title = oneLine(input.postTitle)
  const commenter = oneLine(input.commenterName)
  const reasons = input.reasons.filter((reason) => reason.trim() !== '')
  const text = [
    m.heldSummary(commenter, title),
    '',
    quoted(input.body),
    '',
    ...(reasons.length ? [m.heldRules, ...reasons.map((reason) => `- ${reason}`), ''] : []),
    `${m.moderate}: ${input.adminUrl}`,
    '',
  ].join('\n')
  const html = [
    `<p>${escapeHtml(m.heldSummary(commenter, title))}</p>`,
    `<blockquote>${paragraphsHtml(input.body)}</blockquote>`,
    ...(reasons.length
      ? [
          `<p>${escapeHtml(m.heldRules)}</p>`,
          `<ul>${reasons.map((reason) => `<li>${escapeHtml(reason)}</li>`).join('')}</ul>`,
        ]
      : []),
    `<p><a href="${escapeHtml(input.adminUrl)}">${escapeHtml(m.moderate)}</a></p>`,
    '',
  ].join('\n')
  return { subject: m.heldSubject(title), text, html }
}
