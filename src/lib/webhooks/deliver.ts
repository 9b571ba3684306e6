/**
 * One signed POST of one event to one URL. It throws on every failure and retries nothing itself:
 * the jobs queue that calls it retries with backoff and records the message.
 */
import { type WebhookEvent } from './event'
import {
  DELIVERY_HEADER,
  EVENT_HEADER,
  SIGNATURE_HEADER,
  signPayload,
  TIMESTAMP_HEADER,
} from './sign'
import { redactCredentials, validateWebhookUrl } from './urls'

export const USER_AGENT = 'cms-webhooks/1'
export const DEFAULT_TIMEOUT_MS = 10_000
/** How much of a failed response's body goes into the error message. */
export const BODY_EXCERPT_LENGTH = 200

export const deliveryMessages = {
  invalidUrl: (url: string, problem: string) => `Webhook URL ${url} is invalid: ${problem}`,
  status: (url: string, status: number, excerpt: string) =>
    `Webhook ${url} answered HTTP ${status}${excerpt ? `: ${excerpt}` : ' with an empty body'}`,
  redirect: (url: string, status: number, location: string | null) =>
    `Webhook ${url} answered HTTP ${status}, a redirect${location ? ` to ${location}` : ''}; ` +
    'redirects are not followed, configure the final URL',
  timeout: (url: string, ms: number) => `Webhook ${url} timed out after ${ms} ms`,
  network: (url: string, reason: string) => `Webhook ${url} could not be reached: ${reason}`,
}

/** Reasons worded for the person reading the jobs log, by Node's error code. */
const NETWORK_REASONS: Record<string, string> = {
  ECONNREFUSED: 'connection refused',
  ECONNRESET: 'connection reset by the server',
  ENOTFOUND: 'host not found',
  EAI_AGAIN: 'DNS lookup failed, try again later',
  EHOSTUNREACH: 'host unreachable',
  ENETUNREACH: 'network unreachable',
  ETIMEDOUT: 'connection timed out',
  UND_ERR_CONNECT_TIMEOUT: 'connection timed out',
  UND_ERR_SOCKET: 'the connection closed before a response',
  CERT_HAS_EXPIRED: 'TLS certificate has expired',
  DEPTH_ZERO_SELF_SIGNED_CERT: 'TLS certificate is self-signed',
  SELF_SIGNED_CERT_IN_CHAIN: 'TLS certificate chain is self-signed',
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: 'TLS certificate could not be verified',
  ERR_TLS_CERT_ALTNAME_INVALID: 'TLS certificate does not match the host name',
}

/** A failed delivery. `status` is set when the receiver answered, unset for network failures. */
export class WebhookDeliveryError extends Error {
  readonly url: string
  readonly status?: number

  constructor(message: string, options: { url: string; status?: number; cause?: unknown }) {
    super(message, { cause: options.cause })
    this.name = 'WebhookDeliveryError'
    this.url = options.url
    this.status = options.status
  }
}

export type DeliverWebhookInput = {
  url: string
  secret: string
  event: WebhookEvent
  /** Keep it the same across retries of one delivery; receivers use it to drop duplicates. */
  deliveryId: string
  timeoutMs?: number
  fetchImpl?: typeof fetch
}

export type DeliveryResult = { status: number; durationMs: number }

/**
 * POSTs the event as JSON with the signature headers. Resolves on any 2xx; throws
 * `WebhookDeliveryError` for any other status, a timeout, or a network failure.
 */
export async function deliverWebhook({
  url,
  secret,
  event,
  deliveryId,
  timeoutMs = DEFAULT_TIMEOUT_MS,
  fetchImpl = fetch,
}: DeliverWebhookInput): Promise<DeliveryResult> {
  // Only the redacted form goes into messages, in case a URL with a password slipped through.
  const shownUrl = redactCredentials(url)
  const problem = validateWebhookUrl(url)
  if (problem !== true) {
    throw new WebhookDeliveryError(deliveryMessages.invalidUrl(shownUrl, problem), {
      url: shownUrl,
    })
  }

  const body = JSON.stringify(event)
  const timestamp = Math.floor(Date.now() / 1000)
  const started = performance.now()
  // One signal for the whole exchange, so a receiver that trickles its body cannot hang the job.
  const signal = AbortSignal.timeout(timeoutMs)

  let response: Response
  try {
    response = await fetchImpl(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'user-agent': USER_AGENT,
        [SIGNATURE_HEADER]: signPayload(secret, timestamp, body),
        [TIMESTAMP_HEADER]: String(timestamp),
        [EVENT_HEADER]: event.type,
        [DELIVERY_HEADER]: deliveryId,
      },
      body,
      // A POST turned into a GET by a 302 would lose the event while "succeeding".
      redirect: 'manual',
      signal,
    })
  } catch (error) {
    throw requestError(error, shownUrl, timeoutMs)
  }

  const { status } = response
  if (status >= 200 && status < 300) {
    // Releases the connection without waiting for a body nobody reads.
    await response.body?.cancel().catch(() => undefined)
    return { status, durationMs: Math.round(performance.now() - started) }
  }
  if (status >= 300 && status < 400) {
    await response.body?.cancel().catch(() => undefined)
    throw new WebhookDeliveryError(
      deliveryMessages.redirect(shownUrl, status, response.headers.get('location')),
      {
        url: shownUrl,
        status,
      },
    )
  }
  throw new WebhookDeliveryError(
    deliveryMessages.status(shownUrl, status, await bodyExcerpt(response)),
    {
      url: shownUrl,
      status,
    },
  )
}

/** The start of the body on one line; a body that cannot be read (e.g. timed out) is left out. */
async function bodyExcerpt(response: Response): Promise<string> {
  let text: string
  try {
    text = await response.text()
  } catch {
    return '(body could not be read)'
  }
  return text.slice(0, BODY_EXCERPT_LENGTH).replace(/\s+/g, ' ').trim()
}

function requestError(error: unknown, url: string, timeoutMs: number): WebhookDeliveryError {
  // Duck-typed: fetch's DOMException may come from another realm (as under Jest), failing instanceof.
  const name = (error as { name?: unknown } | null)?.name
  if (name === 'TimeoutError' || name === 'AbortError') {
    return new WebhookDeliveryError(deliveryMessages.timeout(url, timeoutMs), { url, cause: error })
  }
  return new WebhookDeliveryError(deliveryMessages.network(url, networkReason(error)), {
    url,
    cause: error,
  })
}

/** fetch wraps the socket error as `cause`; with several addresses it is an AggregateError. */
function networkReason(error: unknown): string {
  const cause = (error as { cause?: unknown } | null)?.cause
  for (const candidate of [
    cause,
    ...((cause as { errors?: unknown[] } | null)?.errors ?? []),
    error,
  ]) {
    const code = (candidate as { code?: unknown } | null)?.code
    if (typeof code === 'string') return NETWORK_REASONS[code] ?? code
  }
  const message =
    (cause as { message?: unknown } | null)?.message ??
    (error as { message?: unknown } | null)?.message
  return typeof message === 'string' && message ? message : String(error)
}
