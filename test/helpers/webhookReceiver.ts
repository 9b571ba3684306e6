import http, { type IncomingHttpHeaders } from 'node:http'
import { type AddressInfo } from 'node:net'

import {
  DELIVERY_HEADER,
  EVENT_HEADER,
  SIGNATURE_HEADER,
  TIMESTAMP_HEADER,
  verifySignature,
} from '../../src/lib/webhooks'
import { waitFor } from './waitFor'

/** One request as the receiver saw it. */
export type ReceivedDelivery = {
  method: string
  path: string
  /** Node lower-cases header names. */
  headers: IncomingHttpHeaders
  /** The body exactly as sent; the signature covers these characters. */
  rawBody: string
  /** The parsed JSON body, or undefined when it was not JSON. */
  body: unknown
  signatureValid: boolean
  answeredStatus: number
  time: Date
}

export type WebhookReceiver = {
  url: string
  deliveries: ReceivedDelivery[]
  /** Resolves with all deliveries once at least `n` arrived; fails with the count after the timeout. */
  waitForDeliveries: (n: number, timeoutMs?: number) => Promise<ReceivedDelivery[]>
  /** Closes the server and any keep-alive connections; safe to call twice. */
  close: () => Promise<void>
}

export type WebhookReceiverOptions = {
  secret: string
  /** How many correctly signed requests to fail before answering 200. */
  failFirst?: number
  failStatus?: number
}

type Listening = { server: http.Server; url: string; close: () => Promise<void> }

async function listen(handler: http.RequestListener): Promise<Listening> {
  const server = http.createServer(handler)
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => resolve())
  })
  const { port } = server.address() as AddressInfo
  let closed: Promise<void> | undefined
  const close = () => {
    closed ??= new Promise<void>((resolve, reject) => {
      server.close((error) => (error ? reject(error) : resolve()))
      // Without this, fetch's keep-alive sockets hold close() open for seconds.
      server.closeAllConnections()
    })
    return closed
  }
  return { server, url: `http://127.0.0.1:${port}`, close }
}

function header(headers: IncomingHttpHeaders, name: string): string | undefined {
  const value = headers[name.toLowerCase()]
  return Array.isArray(value) ? value[0] : value
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    // Recorded as undefined; tests asserting on `body` fail with the raw text beside it.
    return undefined
  }
}

/**
 * A local webhook endpoint on 127.0.0.1 that records every request. A bad or missing signature is
 * answered 401; of the correctly signed requests, the first `failFirst` get `failStatus`, the rest
 * 200. Requests with a bad signature do not use up a `failFirst` slot.
 */
export async function startWebhookReceiver({
  secret,
  failFirst = 0,
  failStatus = 500,
}: WebhookReceiverOptions): Promise<WebhookReceiver> {
  const deliveries: ReceivedDelivery[] = []
  let signedRequests = 0

  const { url, close } = await listen((req, res) => {
    const time = new Date()
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => chunks.push(chunk))
    req.on('end', () => {
      const rawBody = Buffer.concat(chunks).toString('utf8')
      const signatureValid = verifySignature({
        secret,
        timestamp: header(req.headers, TIMESTAMP_HEADER),
        body: rawBody,
        signature: header(req.headers, SIGNATURE_HEADER),
      })
      let answeredStatus = 401
      if (signatureValid) answeredStatus = signedRequests++ < failFirst ? failStatus : 200
      deliveries.push({
        method: req.method ?? '',
        path: req.url ?? '',
        headers: req.headers,
        rawBody,
        body: parseJson(rawBody),
        signatureValid,
        answeredStatus,
        time,
      })
      const reply =
        answeredStatus === 401
          ? 'invalid signature'
          : answeredStatus === 200
            ? 'ok'
            : `failing on purpose (${signedRequests} of ${failFirst})`
      res.writeHead(answeredStatus, { 'content-type': 'text/plain' }).end(reply)
    })
  })

  const waitForDeliveries = async (n: number, timeoutMs = 30_000) => {
    try {
      await waitFor(() => deliveries.length >= n, timeoutMs)
    } catch (error) {
      throw new Error(
        `expected ${n} webhook deliveries within ${timeoutMs} ms, got ${deliveries.length}`,
        {
          cause: error,
        },
      )
    }
    return [...deliveries]
  }

  return { url, deliveries, waitForDeliveries, close }
}

/** A server that reads requests and never answers, for timeout tests. */
export async function startSilentServer(): Promise<{ url: string; close: () => Promise<void> }> {
  const { url, close } = await listen((req) => req.resume())
  return { url, close }
}

/** Header names as Node stores them, for reading `ReceivedDelivery.headers`. */
export const receivedHeader = {
  signature: SIGNATURE_HEADER.toLowerCase(),
  timestamp: TIMESTAMP_HEADER.toLowerCase(),
  event: EVENT_HEADER.toLowerCase(),
  delivery: DELIVERY_HEADER.toLowerCase(),
} as const
