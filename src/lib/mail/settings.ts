/**
 * Outgoing mail settings from the environment. Without SMTP_HOST there is no SMTP at all and
 * emails go to the log, so a development machine or CI never tries to reach the network.
 */

/** How to reach the SMTP server. `user` and `pass` are either both set or both missing. */
export interface SmtpSettings {
  host: string
  port: number
  /** TLS from the first byte (port 465); otherwise nodemailer upgrades with STARTTLS if offered. */
  secure: boolean
  user?: string
  pass?: string
}

export interface MailSettings {
  /** `null` when SMTP_HOST is not set: emails are logged instead of sent. */
  smtp: SmtpSettings | null
  fromAddress: string
  fromName: string
}

/** A bad mail setting; the message names the variable and the value it got. */
export class MailConfigError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'MailConfigError'
  }
}

export const DEFAULT_SMTP_PORT = 587
/** The port of SMTP over implicit TLS, which implies `secure` unless SMTP_SECURE says otherwise. */
export const IMPLICIT_TLS_PORT = 465
export const DEFAULT_FROM_ADDRESS = 'cms@localhost'
export const DEFAULT_FROM_NAME = 'The CMS'

// Deliberately simple: one @, no spaces or address punctuation, dot-separated host labels. It
// catches "The CMS <cms@example.com>" and typos, and accepts cms@localhost.
const EMAIL_ADDRESS =
  /^[^\s@<>()[\]\\,;:"]+@[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*$/i
// Payload and the nodemailer adapter paste the name into `Name <address>` (quoted or not), so
// these characters would change which address the header holds.
// eslint-disable-next-line no-control-regex
const UNSAFE_IN_NAME = /["<>():;\\\u0000-\u001f\u007f]/

/** Unset and blank mean the same: a `.env` line `SMTP_HOST=` switches SMTP off. */
function valueOf(vars: Record<string, string | undefined>, name: string): string | undefined {
  const value = vars[name]?.trim()
  return value ? value : undefined
}

function parsePort(raw: string | undefined): number {
  if (raw === undefined) return DEFAULT_SMTP_PORT
  const port = /^\d{1,5}$/.test(raw) ? Number(raw) : NaN
  if (!(port >= 1 && port <= 65535)) {
    throw new MailConfigError(`SMTP_PORT must be a port number between 1 and 65535, got '${raw}'`)
  }
  return port
}

function parseSecure(raw: string | undefined, port: number): boolean {
  if (raw === undefined) return port === IMPLICIT_TLS_PORT
  if (raw.toLowerCase() === 'true') return true
  if (raw.toLowerCase() === 'false') return false
  throw new MailConfigError(`SMTP_SECURE must be 'true' or 'false', got '${raw}'`)
}

function parseHost(raw: string): string {
  if (/[\s/]/.test(raw)) {
    throw new MailConfigError(
      `SMTP_HOST must be a host name or IP address, not a URL, got '${raw}'`,
    )
  }
  return raw
}

function parseFromAddress(raw: string | undefined): string {
  if (raw === undefined) return DEFAULT_FROM_ADDRESS
  if (!EMAIL_ADDRESS.test(raw)) {
    throw new MailConfigError(
      `EMAIL_FROM must be a bare email address like cms@example.com (the name goes in EMAIL_FROM_NAME), got '${raw}'`,
    )
  }
  return raw
}

function parseFromName(raw: string | undefined): string {
  if (raw === undefined) return DEFAULT_FROM_NAME
  if (UNSAFE_IN_NAME.test(raw)) {
    throw new MailConfigError(
      `EMAIL_FROM_NAME must be plain text without " < > ( ) : ; \\ or control characters, got '${raw}'`,
    )
  }
  return raw
}

/**
 * Reads SMTP_HOST, SMTP_PORT (default 587), SMTP_SECURE (default: port is 465), SMTP_USER,
 * SMTP_PASS, EMAIL_FROM (default cms@localhost) and EMAIL_FROM_NAME (default "The CMS").
 * The SMTP_* variables other than SMTP_HOST are ignored when SMTP_HOST is not set.
 *
 * @throws MailConfigError naming the variable whose value is invalid.
 */
export function mailSettingsFrom(vars: Record<string, string | undefined>): MailSettings {
  const fromAddress = parseFromAddress(valueOf(vars, 'EMAIL_FROM'))
  const fromName = parseFromName(valueOf(vars, 'EMAIL_FROM_NAME'))
  const host = valueOf(vars, 'SMTP_HOST')
  if (host === undefined) return { smtp: null, fromAddress, fromName }

  const port = parsePort(valueOf(vars, 'SMTP_PORT'))
  const secure = parseSecure(valueOf(vars, 'SMTP_SECURE'), port)
  const user = valueOf(vars, 'SMTP_USER')
  // Passwords are taken as written: leading or trailing spaces may be part of them.
  const pass = vars.SMTP_PASS ? vars.SMTP_PASS : undefined
  if (user !== undefined && pass === undefined) {
    throw new MailConfigError('SMTP_USER is set but SMTP_PASS is not; set both or neither')
  }
  if (user === undefined && pass !== undefined) {
    throw new MailConfigError('SMTP_PASS is set but SMTP_USER is not; set both or neither')
  }
  const credentials = user !== undefined ? { user, pass } : {}
  return { smtp: { host: parseHost(host), port, secure, ...credentials }, fromAddress, fromName }
}
