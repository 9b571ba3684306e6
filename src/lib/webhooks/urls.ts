/**
 * Webhook URLs from `WEBHOOK_URLS` and from site settings. Checked when the server starts and when
 * an admin saves one, so a typo is reported there rather than as failed deliveries later.
 */

export const urlMessages = {
  empty: 'Enter a webhook URL.',
  notAbsolute: 'A webhook URL must be absolute, like https://example.com/hooks/cms.',
  wrongScheme: (protocol: string) => `A webhook URL must use http: or https:, not ${protocol}`,
  credentials:
    'A webhook URL must not contain a username or password; receivers check the signature instead.',
}

/** Splits a comma- or whitespace-separated list, dropping empty entries and repeats. */
export function parseWebhookUrls(value: string | undefined): string[] {
  const seen = new Set<string>()
  const urls: string[] = []
  for (const entry of (value ?? '').split(/[\s,]+/)) {
    if (!entry) continue
    // `https://a.example` and `https://A.example/` are one receiver; keep the first spelling.
    const key = normalize(entry)
    if (seen.has(key)) continue
    seen.add(key)
    urls.push(entry)
  }
  return urls
}

function normalize(url: string): string {
  try {
    return new URL(url).href
  } catch {
    // Left as written; validation reports it.
    return url
  }
}

/** True for an absolute http(s) URL without credentials, otherwise a message naming the problem. */
export function validateWebhookUrl(url: string): string | true {
  if (!url || !url.trim()) return urlMessages.empty
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return urlMessages.notAbsolute
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    return urlMessages.wrongScheme(parsed.protocol)
  }
  if (parsed.username || parsed.password) return urlMessages.credentials
  return true
}

export type InvalidWebhookUrl = { url: string; message: string }

/**
 * The entries that fail validation, each with its message. A password in a rejected URL is masked,
 * because these entries end up in start-up errors and logs.
 */
export function invalidWebhookUrls(list: readonly string[]): InvalidWebhookUrl[] {
  const invalid: InvalidWebhookUrl[] = []
  for (const url of list) {
    const result = validateWebhookUrl(url)
    if (result !== true) invalid.push({ url: redactCredentials(url), message: result })
  }
  return invalid
}

/** The URL with its password replaced by `***`, for error messages and logs. */
export function redactCredentials(url: string): string {
  try {
    const parsed = new URL(url)
    if (!parsed.password) return url
    parsed.password = '***'
    return parsed.href
  } catch {
    return url
  }
}

/** Query parameters whose values are secrets by their name: tokens, keys, signatures, passwords. */
const SECRET_PARAM = /token|secret|key|sig|pass|auth|credential|code|session/i
const MASK = '***'

/**
 * The URL as people may see it, in the admin and over the API: a username or password becomes
 * `***`, and so does the value of every query parameter named like a secret
 * (`https://hooks.example/cms?token=***&site=blog`). Anything that is not a URL is masked whole.
 */
export function maskWebhookUrl(url: string): string {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return MASK
  }
  const secrets = [...new Set(parsed.searchParams.keys())].filter((name) => SECRET_PARAM.test(name))
  // Nothing to hide: the URL as written (no normalising, e.g. no trailing slash added).
  if (!parsed.username && !parsed.password && secrets.length === 0) return url
  if (parsed.username) parsed.username = MASK
  if (parsed.password) parsed.password = MASK
  for (const name of secrets) parsed.searchParams.set(name, MASK)
  // URLSearchParams writes `***` as `%2A%2A%2A`; the stars read better.
  return parsed.href.replaceAll('%2A%2A%2A', MASK)
}
