/**
 * The emails of the editorial workflow, as plain functions of the event: editors hear when a
 * post enters review, its author when changes are requested or it is approved, scheduled or
 * published. Titles and notes are user-written, so the HTML escapes every value it interpolates.
 */
import type { WorkflowCollection } from '../../plugins/workflow/collections'
import type { Notice } from '../workflow/machine'

/** The workflow's notices (`effectsOf` in src/lib/workflow/machine.ts says when each is sent). */
export type NotificationKind = Notice

/** What the document is called in the sentence: "the post", "the gallery", "the artwork". */
export type CollectionLabel = WorkflowCollection['noun']

export interface NotificationInput {
  kind: NotificationKind
  title: string
  collectionLabel: CollectionLabel
  /** Who did it: the author who submitted, or the editor who reviewed, scheduled or published. */
  actorName: string
  /** The reviewer's words; required for `changes_requested`, quoted in the body when given. */
  note?: string
  /** The document's page in the admin panel (http or https). */
  adminUrl: string
  /** When a scheduled document goes live; required for `scheduled`. */
  publishAt?: Date | string
}

export interface NotificationEmail {
  subject: string
  text: string
  html: string
}

/** The pieces a summary sentence is built from, already escaped when the sentence is HTML. */
type Parts = { actor: string; label: string; title: string; date: string }

/** Every user-facing string of these emails, so wording is reviewed and translated in one place. */
export const messages = {
  subject: {
    submitted: ({ title }) => `Review requested: "${title}"`,
    changes_requested: ({ title }) => `Changes requested on "${title}"`,
    approved: ({ title }) => `Approved: "${title}"`,
    published: ({ title }) => `Published: "${title}"`,
    scheduled: ({ title, date }) => `Scheduled: "${title}" goes live ${date}`,
  },
  summary: {
    submitted: ({ actor, label, title }) =>
      `${actor} submitted the ${label} "${title}" for review.`,
    changes_requested: ({ actor, label, title }) =>
      `${actor} requested changes on your ${label} "${title}".`,
    approved: ({ actor, label, title }) =>
      `${actor} approved your ${label} "${title}". It is ready to be published.`,
    published: ({ actor, label, title }) => `${actor} published your ${label} "${title}".`,
    scheduled: ({ actor, label, title, date }) =>
      `${actor} scheduled your ${label} "${title}" to go live ${date}.`,
  },
  noteIntro: (actor: string) => `${actor} wrote:`,
  link: {
    submitted: 'Review it in the admin panel',
    changes_requested: 'Make the changes in the admin panel',
    approved: 'Open it in the admin panel',
    published: 'Open it in the admin panel',
    scheduled: 'Open it in the admin panel',
  },
  errors: {
    noteRequired: 'A note is required when requesting changes',
    publishAtRequired: 'publishAt must be a valid date for a scheduled notification',
    adminUrl: (url: string) => `adminUrl must be an http(s) URL, got '${url}'`,
  },
} satisfies {
  subject: Record<NotificationKind, (parts: Parts) => string>
  summary: Record<NotificationKind, (parts: Parts) => string>
  noteIntro: (actor: string) => string
  link: Record<NotificationKind, string>
  errors: Record<string, string | ((value: string) => string)>
}

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
}

/** Text safe inside HTML elements and double- or single-quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => HTML_ESCAPES[char])
}

// Editors and authors may be in different time zones, so the date names its zone: UTC.
const DATE_FORMAT = new Intl.DateTimeFormat('en-GB', {
  dateStyle: 'long',
  timeStyle: 'short',
  timeZone: 'UTC',
})

/** "14 March 2026 at 09:30 UTC". */
export function formatPublishAt(publishAt: Date | string): string {
  const date = new Date(publishAt)
  if (Number.isNaN(date.getTime())) throw new Error(messages.errors.publishAtRequired)
  return `${DATE_FORMAT.format(date)} UTC`
}

function checkedAdminUrl(adminUrl: string): string {
  let url: URL
  try {
    url = new URL(adminUrl)
  } catch {
    throw new Error(messages.errors.adminUrl(adminUrl))
  }
  // The URL becomes a link's href; a javascript: URL there would run on click.
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new Error(messages.errors.adminUrl(adminUrl))
  }
  return adminUrl
}

/** A title on a line of its own: line breaks would break the subject and the summary sentence. */
function singleLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}

/**
 * Subject, plain text and HTML of one workflow email.
 *
 * @throws Error when `changes_requested` has no note, `scheduled` has no valid `publishAt`, or
 * `adminUrl` is not an http(s) URL.
 */
export function notificationEmail(input: NotificationInput): NotificationEmail {
  const { kind, collectionLabel } = input
  const note = input.note?.trim() ?? ''
  if (kind === 'changes_requested' && !note) throw new Error(messages.errors.noteRequired)
  if (kind === 'scheduled' && input.publishAt === undefined) {
    throw new Error(messages.errors.publishAtRequired)
  }
  const adminUrl = checkedAdminUrl(input.adminUrl)
  const plain: Parts = {
    actor: singleLine(input.actorName),
    label: collectionLabel,
    title: singleLine(input.title),
    date: input.publishAt === undefined ? '' : formatPublishAt(input.publishAt),
  }
  const escaped: Parts = {
    actor: escapeHtml(plain.actor),
    label: escapeHtml(plain.label),
    title: escapeHtml(plain.title),
    date: escapeHtml(plain.date),
  }
  const noteLines = note ? note.split(/\r?\n/).map((line) => line.trimEnd()) : []

  const text = [
    messages.summary[kind](plain),
    ...(note
      ? ['', messages.noteIntro(plain.actor), '', ...noteLines.map((l) => `> ${l}`.trimEnd())]
      : []),
    '',
    `${messages.link[kind]}: ${adminUrl}`,
    '',
  ].join('\n')

  const html = [
    `<p>${messages.summary[kind](escaped)}</p>`,
    ...(note
      ? [
          `<p>${messages.noteIntro(escaped.actor)}</p>`,
          `<blockquote>${noteLines.map(escapeHtml).join('<br>\n')}</blockquote>`,
        ]
      : []),
    `<p><a href="${escapeHtml(adminUrl)}">${escapeHtml(messages.link[kind])}</a></p>`,
    '',
  ].join('\n')

  return { subject: messages.subject[kind](plain), text, html }
}
