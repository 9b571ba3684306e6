/**
 * A real SMTP server on 127.0.0.1 that keeps every message it receives, so mail tests go through
 * nodemailer's actual SMTP client without any network beyond this machine.
 */
import type { AddressInfo } from 'node:net'

import { SMTPServer } from 'smtp-server'

import { waitFor } from './waitFor'

export type CaughtEmail = {
  /** MAIL FROM and RCPT TO: who the client said it sends from and to. */
  envelope: { from: string | null; to: string[] }
  /** The user name the client logged in with, when it did. */
  user: string | null
  /** The message as transmitted, headers and encoded body. */
  raw: string
  subject: string
  from: string
  to: string
  /** The text/plain part, decoded, with `\n` line ends; '' when the message has none. */
  text: string
}

export type TestSmtpServer = {
  host: '127.0.0.1'
  port: number
  messages: CaughtEmail[]
  /** Resolves with every message caught so far once there are at least `count`. */
  waitForEmails: (count: number, timeoutMs?: number) => Promise<CaughtEmail[]>
  close: () => Promise<void>
}

type Part = { headers: Map<string, string>; body: string }

/** Splits headers from body and unfolds headers continued on indented lines. */
function parsePart(raw: string): Part {
  const match = /\r?\n\r?\n/.exec(raw)
  const head = match ? raw.slice(0, match.index) : raw
  const body = match ? raw.slice(match.index + match[0].length) : ''
  const headers = new Map<string, string>()
  for (const line of head.replace(/\r?\n(?=[ \t])/g, '').split(/\r?\n/)) {
    const colon = line.indexOf(':')
    if (colon > 0)
      headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim())
  }
  return { headers, body }
}

/** Quoted-printable: `=` at a line end joins lines, `=XX` is one byte of UTF-8. */
function decodeQuotedPrintable(text: string): string {
  const joined = text.replace(/=\r?\n/g, '')
  const bytes: number[] = []
  for (let i = 0; i < joined.length; i++) {
    const hex = joined.slice(i + 1, i + 3)
    if (joined[i] === '=' && /^[0-9a-f]{2}$/i.test(hex)) {
      bytes.push(Number.parseInt(hex, 16))
      i += 2
    } else bytes.push(...Buffer.from(joined[i], 'utf8'))
  }
  return Buffer.from(bytes).toString('utf8')
}

/** RFC 2047 encoded words, which nodemailer uses for subjects with non-ASCII characters. */
function decodeHeader(value: string): string {
  const word = /=\?[^?]+\?([bq])\?([^?]*)\?=/gi
  return value
    .replace(/(\?=)\s+(?==\?)/g, '$1') // whitespace between two encoded words is not text
    .replace(word, (_, encoding: string, data: string) =>
      encoding.toLowerCase() === 'b'
        ? Buffer.from(data, 'base64').toString('utf8')
        : decodeQuotedPrintable(data.replace(/_/g, ' ')),
    )
}

function decodeBody(part: Part): string {
  const encoding = (part.headers.get('content-transfer-encoding') ?? '7bit').toLowerCase()
  if (encoding === 'quoted-printable') return decodeQuotedPrintable(part.body)
  if (encoding === 'base64') return Buffer.from(part.body, 'base64').toString('utf8')
  return part.body
}

/** The first text/plain part, looking inside multipart/alternative and multipart/mixed. */
function plainTextOf(part: Part): string | null {
  const type = part.headers.get('content-type') ?? 'text/plain'
  if (/^multipart\//i.test(type)) {
    const boundary = /boundary="?([^";]+)"?/i.exec(type)?.[1]
    if (!boundary) return null
    // The first chunk is the preamble; the one after the closing `--boundary--` is the epilogue.
    const chunks = part.body.split(`--${boundary}`).slice(1)
    for (const chunk of chunks) {
      if (chunk.startsWith('--')) break
      // Each part starts after the boundary line's CRLF and ends before the next one's.
      const text = plainTextOf(parsePart(chunk.replace(/^\r?\n/, '').replace(/\r?\n$/, '')))
      if (text !== null) return text
    }
    return null
  }
  return /^text\/plain\b/i.test(type) ? decodeBody(part).replace(/\r\n/g, '\n') : null
}

/** Headers and text of one raw message, as much as the mail tests read. */
export function parseEmail(raw: string): Pick<CaughtEmail, 'subject' | 'from' | 'to' | 'text'> {
  // The line break before the "." that ends SMTP DATA is framing, not part of the text.
  const message = parsePart(raw.replace(/\r?\n$/, ''))
  const header = (name: string) => decodeHeader(message.headers.get(name) ?? '')
  return {
    subject: header('subject'),
    from: header('from'),
    to: header('to'),
    text: plainTextOf(message) ?? '',
  }
}

/** Starts the server on a free port; call `close()` in `afterAll`. */
export async function startSmtpServer(): Promise<TestSmtpServer> {
  const messages: CaughtEmail[] = []
  const server = new SMTPServer({
    secure: false,
    disabledCommands: ['STARTTLS'],
    authOptional: true,
    // Without TLS the server refuses AUTH unless told otherwise; tests check credentials arrive.
    allowInsecureAuth: true,
    // A client still connected would otherwise hold close() for 30 s.
    closeTimeout: 1_000,
    onAuth(auth, _session, callback) {
      callback(null, { user: auth.username })
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = []
      stream.on('data', (chunk: Buffer) => chunks.push(chunk))
      stream.on('error', (error) => callback(error))
      stream.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8')
        const { mailFrom, rcptTo } = session.envelope
        messages.push({
          envelope: {
            from: mailFrom ? mailFrom.address : null,
            to: rcptTo.map((recipient) => recipient.address),
          },
          user: typeof session.user === 'string' ? session.user : null,
          raw,
          ...parseEmail(raw),
        })
        // Accept only once stored, so a resolved sendMail means the message is in `messages`.
        callback()
      })
    },
  })

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      server.off('error', reject)
      resolve()
    })
  })
  // Connection errors (a client hanging up mid-command) are the client's to report; an
  // unhandled 'error' event would crash the test run instead.
  server.on('error', (error) => process.stderr.write(`test SMTP server: ${error.message}\n`))
  const { port } = server.server.address() as AddressInfo

  return {
    host: '127.0.0.1',
    port,
    messages,
    waitForEmails: async (count, timeoutMs = 30_000) => {
      try {
        await waitFor(() => messages.length >= count, timeoutMs)
      } catch {
        throw new Error(
          `expected ${count} emails within ${timeoutMs} ms, caught ${messages.length}`,
        )
      }
      return [...messages]
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}
