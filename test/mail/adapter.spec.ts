import net from 'node:net'

import type { Payload } from 'payload'

import { emailAdapterFor, mailSettingsFrom, notificationEmail } from '../../src/lib/mail'
import { startSmtpServer, type TestSmtpServer } from '../helpers/smtpServer'

// Payload hands adapters `{ payload }`; neither adapter reads it, and this stub proves it.
const payload = new Proxy({} as Payload, {
  get: (_, key) => {
    throw new Error(`the email adapter read payload.${String(key)}`)
  },
})

/** How many sockets `run` opened: every TCP and TLS client goes through net.Socket's connect. */
async function socketsOpenedDuring(run: () => Promise<unknown>): Promise<number> {
  const original = net.Socket.prototype.connect
  let opened = 0
  net.Socket.prototype.connect = function (this: net.Socket, ...args: unknown[]) {
    opened++
    return (original as (...args: unknown[]) => net.Socket).apply(this, args)
  } as typeof original
  try {
    await run()
  } finally {
    net.Socket.prototype.connect = original
  }
  return opened
}

describe('emailAdapterFor without SMTP', () => {
  it('should write one line per email to the log and open no connection', async () => {
    const lines: string[] = []
    const adapter = (await emailAdapterFor(mailSettingsFrom({}), (line) => lines.push(line)))({
      payload,
    })

    let info: unknown
    const opened = await socketsOpenedDuring(async () => {
      info = await adapter.sendEmail({
        to: ['editor@example.com', { name: 'Ada', address: 'ada@example.com' }],
        subject: 'Review requested:\n"Bread"',
        text: '\nAda submitted the post "Bread" for review.\nSecond line',
        html: '<p>ignored</p>',
      })
    })

    expect(lines).toEqual([
      'Email to editor@example.com, ada@example.com: "Review requested: "Bread"" - Ada submitted the post "Bread" for review.',
    ])
    expect(info).toMatchObject({
      messageId: expect.stringMatching(/^<.+@log\.invalid>$/),
      accepted: ['editor@example.com', 'ada@example.com'],
      envelope: { from: 'cms@localhost', to: ['editor@example.com', 'ada@example.com'] },
    })
    expect(opened).toBe(0)
  })

  it('should name itself and carry the configured sender', async () => {
    const settings = mailSettingsFrom({
      EMAIL_FROM: 'desk@example.com',
      EMAIL_FROM_NAME: 'The Desk',
    })
    const adapter = (await emailAdapterFor(settings, () => {}))({ payload })
    expect(adapter).toMatchObject({
      name: 'log',
      defaultFromAddress: 'desk@example.com',
      defaultFromName: 'The Desk',
    })
  })

  it('should mention copies and a missing text in the line', async () => {
    const lines: string[] = []
    const adapter = (await emailAdapterFor(mailSettingsFrom({}), (line) => lines.push(line)))({
      payload,
    })
    await adapter.sendEmail({
      to: 'a@example.com',
      bcc: 'b@example.com',
      subject: 'Hi',
      html: '<p>Hi</p>',
    })
    expect(lines).toEqual(['Email to a@example.com (bcc b@example.com): "Hi" - (no text)'])
  })
})

describe('emailAdapterFor with SMTP', () => {
  let smtp: TestSmtpServer

  beforeAll(async () => {
    smtp = await startSmtpServer()
  })
  afterAll(() => smtp.close())
  beforeEach(() => {
    smtp.messages.length = 0
  })

  const settingsFor = (extra: Record<string, string> = {}) =>
    mailSettingsFrom({
      SMTP_HOST: smtp.host,
      SMTP_PORT: String(smtp.port),
      EMAIL_FROM: 'desk@example.com',
      EMAIL_FROM_NAME: 'The Desk',
      ...extra,
    })

  it('should deliver a notification through nodemailer to the SMTP server', async () => {
    const lines: string[] = []
    const adapter = (await emailAdapterFor(settingsFor(), (line) => lines.push(line)))({ payload })
    // A non-ASCII title and a note longer than 76 characters make nodemailer encode the subject
    // and quote the text as quoted-printable, so the whole round trip is exercised.
    const email = notificationEmail({
      kind: 'changes_requested',
      title: 'Café = <Bread>',
      collectionLabel: 'post',
      actorName: 'Grace',
      note: 'Please cite the 1977 bakery census & the guild archive, and shorten the second paragraph considerably.',
      adminUrl: 'http://localhost:3000/admin/collections/posts/42',
    })

    // The same probe that shows the log adapter stays offline sees this one connect.
    const opened = await socketsOpenedDuring(() =>
      adapter.sendEmail({ to: 'author@example.com', ...email }),
    )
    const [caught] = await smtp.waitForEmails(1)

    expect(opened).toBeGreaterThan(0)
    expect(adapter.name).toBe('nodemailer')
    expect(caught.envelope).toEqual({ from: 'desk@example.com', to: ['author@example.com'] })
    expect(caught.to).toBe('author@example.com')
    expect(caught.from).toBe('The Desk <desk@example.com>')
    expect(caught.subject).toBe('Changes requested on "Café = <Bread>"')
    expect(caught.raw).toMatch(/quoted-printable/i)
    expect(caught.text).toBe(email.text)
    expect(caught.user).toBeNull()
    expect(lines).toEqual([])
  })

  it('should log in with SMTP_USER and SMTP_PASS', async () => {
    const settings = settingsFor({ SMTP_USER: 'mailer', SMTP_PASS: 'secret' })
    const adapter = (await emailAdapterFor(settings, () => {}))({ payload })
    await adapter.sendEmail({ to: 'editor@example.com', subject: 'Hello', text: 'Hello there' })
    const [caught] = await smtp.waitForEmails(1)
    expect(caught.user).toBe('mailer')
    expect(caught.text).toBe('Hello there')
  })

  it('should reject the send when the SMTP server cannot be reached', async () => {
    const gone = await startSmtpServer()
    await gone.close()
    const settings = mailSettingsFrom({ SMTP_HOST: gone.host, SMTP_PORT: String(gone.port) })
    const adapter = (await emailAdapterFor(settings, () => {}))({ payload })
    await expect(
      adapter.sendEmail({ to: 'a@example.com', subject: 'x', text: 'x' }),
    ).rejects.toThrow(/ECONNREFUSED/)
  })
})
