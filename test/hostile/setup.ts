/**
 * What the hostile suite plants before it attacks, as an admin and as the public would: a
 * published post (owned by the admin, with a history row), a draft, comments that are approved,
 * held, heated and private, reader questions, a victim login with a pending password reset, a
 * webhook endpoint, and a contributor's own post. Every private value planted is returned, so
 * answers can be searched for it.
 */
import crypto from 'node:crypto'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { hashIp, hashToken } from '../../collections/Comments/hooks/context'
import { apiClient, type ApiClient } from '../helpers/client'
import { TEST_SECRET } from '../helpers/database'
import { DEMO_PASSWORD } from '../helpers/seededServer'
import type { TestSmtpServer } from '../helpers/smtpServer'
import { waitFor } from '../helpers/waitFor'
import { payloadSigningKey } from './auth'
import type { Secrets } from './privacy'
import { openedFormToken } from '../helpers/formToken'

/** In every private text the suite plants; nothing public ever says it. */
export const CANARY = 'HOSTILECANARY'

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')

export type Fixtures = {
  adminId: string
  contributorId: string
  contributorEmail: string
  contributorToken: string
  /** Signs the contributor in again when a group ended its session. */
  contributorClient: ApiClient
  authorId: string
  authorSlug: string
  gallerySlug: string
  mediaFilename: string
  publishedPostId: string
  publishedPostSlug: string
  draftPostId: string
  contributorPostId: string
  victimEmail: string
  /** A throw-away contributor whose own account record the body group attacks. */
  guinea: { id: string; email: string; token: string }
  approvedCommentEmail: string
  approvedCommentId: string
  heatedCommentId: string
  questionEmail: string
  ipHashes: string[]
  payloadSecret: string
  secrets: Secrets
}

const unique = (label: string) => `${label}-${crypto.randomUUID().slice(0, 8)}`

async function must(
  what: string,
  answer: Promise<{ status: number; body: any }>,
  status = [200, 201],
): Promise<any> {
  const { status: got, body } = await answer
  if (!status.includes(got))
    throw new Error(`${what}: ${got} ${JSON.stringify(body).slice(0, 500)}`)
  return body
}

/** Quoted-printable soft breaks and `=3D` undone: enough to find a link in a raw message. */
const unwrap = (raw: string) =>
  raw
    .replace(/=\r?\n/g, '')
    .replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))

export async function plant(
  baseUrl: string,
  admin: ApiClient,
  anonymous: ApiClient,
  smtp: TestSmtpServer,
): Promise<Fixtures> {
  const adminId = (await must('admin me', admin.rest('GET', '/api/users/me'))).user.id as string
  const contributorEmail = 'contributor@example.com'
  const contributor = apiClient(baseUrl)
  const contributorToken = await contributor.login(contributorEmail, DEMO_PASSWORD)
  const contributorId = (await must('contributor me', contributor.rest('GET', '/api/users/me')))
    .user.id as string

  const first = async (what: string, query: string) =>
    (await must(what, anonymous.rest('GET', query))).docs[0] as Record<string, any>
  const author = await first('an author', '/api/authors?limit=1&depth=0')
  const gallery = await first('a gallery', '/api/galleries?limit=1&depth=0')
  const media = await first('an image', '/api/media?limit=1&depth=0')

  const published = await must(
    'the published post',
    admin.rest('POST', '/api/posts', {
      title: unique('Hostile target'),
      authors: [author.id],
      stage: 'published',
      excerpt: 'An ordinary public post the suite comments under.',
    }),
  )
  const draft = await must(
    'the draft post',
    admin.rest('POST', '/api/posts', { title: `${CANARY} draft post`, authors: [author.id] }),
  )
  const contributorPost = await must(
    "the contributor's post",
    contributor.rest('POST', '/api/posts', {
      title: unique('Contributor draft'),
      authors: [author.id],
    }),
  )
  const hook = `http://127.0.0.1:9/${CANARY}-webhook`
  await must(
    'the webhook',
    admin.rest('POST', '/api/globals/site-settings', { webhooks: [{ url: hook, enabled: false }] }),
  )

  const guineaEmail = `${unique('guinea')}@example.net`
  const guineaUser = await must(
    'the guinea-pig login',
    admin.rest('POST', '/api/users', {
      email: guineaEmail,
      password: 'guinea-password-1',
      name: 'Guinea Pig',
      roles: ['contributor'],
    }),
  )
  const guineaToken = await apiClient(baseUrl).login(guineaEmail, 'guinea-password-1')

  const victimEmail = `${unique('victim')}@example.net`
  await must(
    'the victim login',
    admin.rest('POST', '/api/users', {
      email: victimEmail,
      password: 'victim-password-1',
      name: 'Victim',
      roles: ['contributor'],
    }),
  )
  await must(
    'forgot password',
    anonymous.rest('POST', '/api/users/forgot-password', { email: victimEmail }),
  )
  const message = await waitFor(
    () => smtp.messages.find((mail) => mail.envelope.to.includes(victimEmail)),
    30_000,
  )
  const resetToken = /reset\/([A-Za-z0-9]+)/.exec(unwrap(message?.raw ?? ''))?.[1]
  if (!resetToken) throw new Error(`no reset link in the email:\n${message?.raw}`)

  const postId = published.doc.id as string
  const comment = async (email: string, body: string, extra: Record<string, unknown> = {}) =>
    must(
      `a comment by ${email}`,
      anonymous.rest('POST', '/api/comments', {
        post: postId,
        name: 'Hostile Planted',
        email,
        body,
        formToken: openedFormToken(),
        website: '',
        ...extra,
      }),
    )
  const approvedEmail = `${unique('approved')}@readers.example`
  const heldEmail = `${unique('held')}@readers.example`
  const heatedEmail = `${unique('heated')}@readers.example`
  const correctionEmail = `${unique('correction')}@readers.example`
  const approved = await comment(approvedEmail, 'A thoughtful note on the argument; thank you.')
  await must(
    'approving the comment',
    admin.rest('PATCH', `/api/comments/${approved.doc.id}`, { status: 'approved' }),
  )
  await comment(heldEmail, `${CANARY} a comment still waiting for the moderator.`)
  const heated = await comment(
    heatedEmail,
    `${CANARY} THIS IS OUTRAGEOUS AND YOU SHOULD BE ASHAMED OF WRITING IT!!!`,
  )
  const editToken = heated.doc.outcome?.editToken as string | undefined
  await comment(correctionEmail, `${CANARY} the date in the second paragraph is wrong.`, {
    kind: 'correction',
  })

  const question = async (email: string, text: string) =>
    must(
      `a question by ${email}`,
      anonymous.rest('POST', '/api/reader-questions', {
        name: 'Hostile Asker',
        email,
        question: text,
        consentToPublish: true,
        attribution: 'named',
        formToken: openedFormToken(),
        website: '',
      }),
    )
  const questionEmail = `${unique('asker')}@readers.example`
  const waitingEmail = `${unique('waiting')}@readers.example`
  const answered = await question(questionEmail, 'What did you read while writing this?')
  await must(
    'answering the question',
    admin.rest('PATCH', `/api/reader-questions/${answered.doc.id}`, {
      status: 'answered',
      answeredIn: postId,
    }),
  )
  await question(waitingEmail, `${CANARY} a question nobody has answered yet.`)

  // What the comment hooks store for this client's address (the server sees 127.0.0.1).
  const fakeReq = { payload: { secret: payloadSigningKey(TEST_SECRET) } } as never
  const ipHashes = ['127.0.0.1', '::ffff:127.0.0.1', '::1'].map((ip) => hashIp(fakeReq, ip))

  const others = ['admin', 'editor', 'author', 'moderator'].map((role) => `${role}@example.com`)
  const secret = (what: string, value: string | undefined) => (value ? [{ what, value }] : [])
  const secrets: Secrets = {
    everyone: [
      ...others.map((email) => ({ what: `the email of ${email}`, value: email })),
      { what: "the victim's email", value: victimEmail },
      { what: "the guinea pig's email", value: guineaEmail },
      { what: "a commenter's email (approved comment)", value: approvedEmail },
      { what: "a commenter's email (held comment)", value: heldEmail },
      { what: "a commenter's email (heated comment)", value: heatedEmail },
      { what: "a commenter's email (correction)", value: correctionEmail },
      { what: "an asker's email (answered question)", value: questionEmail },
      { what: "an asker's email (waiting question)", value: waitingEmail },
      { what: 'private text (draft, held comment, waiting question, webhook)', value: CANARY },
      { what: "the admin's token", value: admin.token() },
      { what: "the victim's password reset token", value: resetToken },
      ...secret('the edit token of a heated comment', editToken),
      ...secret('the hash of an edit token', editToken && hashToken(editToken)),
      ...ipHashes.map((value) => ({ what: 'an IP hash', value })),
      { what: 'the Payload secret', value: TEST_SECRET },
      { what: 'the signing key', value: payloadSigningKey(TEST_SECRET) },
      { what: 'the demo password', value: DEMO_PASSWORD },
      { what: 'a server file path', value: ROOT },
    ].filter((entry): entry is { what: string; value: string } => Boolean(entry.value)),
    contributorOwn: [
      { what: "the contributor's email", value: contributorEmail },
      { what: "the contributor's token", value: contributorToken },
    ],
  }

  return {
    adminId,
    contributorId,
    contributorEmail,
    contributorToken,
    contributorClient: contributor,
    authorId: author.id,
    authorSlug: author.slug,
    gallerySlug: gallery.slug,
    mediaFilename: media.filename,
    publishedPostId: postId,
    publishedPostSlug: published.doc.slug,
    draftPostId: draft.doc.id,
    contributorPostId: contributorPost.doc.id,
    victimEmail,
    guinea: { id: guineaUser.doc.id, email: guineaEmail, token: guineaToken },
    approvedCommentEmail: approvedEmail,
    approvedCommentId: approved.doc.id,
    heatedCommentId: heated.doc.id,
    questionEmail,
    ipHashes,
    payloadSecret: TEST_SECRET,
    secrets,
  }
}
