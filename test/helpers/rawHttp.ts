/**
 * HTTP as a hostile client speaks it, with node:http: paths sent exactly as written (`fetch`
 * would tidy `/api/./comments`), bodies streamed in pieces without a Content-Length, and a
 * source address of the test's choosing on the loopback network (127.0.0.0/8), so that each test
 * is a different client to the server's per-address limits. Traffic only ever goes to the URL
 * given, which tests point at 127.0.0.1.
 */
import http from 'node:http'

export type RawAnswer = { status: number; headers: http.IncomingHttpHeaders; body: any }

type Options = {
  method?: string
  headers?: Record<string, string>
  body?: string
}

function parse(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    return text
  }
}

/** Bounds a wait on the server, so a stall fails the test with a message instead of hanging it. */
export async function within<T>(ms: number, what: string, promise: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: no answer within ${ms} ms`)), ms)
  })
  try {
    return await Promise.race([promise, timeout])
  } finally {
    clearTimeout(timer)
  }
}

function open(
  base: string,
  path: string,
  localAddress: string,
  options: Options,
  agent: http.Agent | false = false,
) {
  const url = new URL(base)
  return http.request({
    host: url.hostname,
    port: url.port,
    path,
    method: options.method ?? 'POST',
    localAddress,
    agent,
    headers: { 'content-type': 'application/json', ...options.headers },
  })
}

function responseOf(request: http.ClientRequest): Promise<http.IncomingMessage> {
  return new Promise((resolve, reject) => {
    // Kept for the whole request: a second error (a write after the server hung up) is no crash.
    request.on('error', reject)
    request.once('response', resolve)
  })
}

function readAnswer(response: http.IncomingMessage): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    response.on('data', (chunk: Buffer) => chunks.push(chunk))
    response.once('error', reject)
    response.once('end', () =>
      resolve({
        status: response.statusCode ?? 0,
        headers: response.headers,
        body: parse(Buffer.concat(chunks).toString('utf8')),
      }),
    )
  })
}

/** One request from `localAddress`, its path sent as written. */
export async function send(
  base: string,
  path: string,
  localAddress: string,
  options: Options = {},
): Promise<RawAnswer> {
  const request = open(base, path, localAddress, {
    ...options,
    headers: {
      ...(options.body === undefined
        ? {}
        : { 'content-length': String(Buffer.byteLength(options.body)) }),
      ...options.headers,
    },
  })
  const answer = responseOf(request).then(readAnswer)
  request.end(options.body)
  return within(30_000, `${options.method ?? 'POST'} ${path}`, answer)
}

/** A client at one loopback address: REST and GraphQL as JSON. */
export function clientAt(base: string, localAddress: string) {
  return {
    rest: (method: string, path: string, body?: unknown) =>
      send(base, path, localAddress, {
        method,
        body: body === undefined ? undefined : JSON.stringify(body),
      }),
    graphql: (query: string, variables?: Record<string, unknown>) =>
      send(base, '/api/graphql', localAddress, { body: JSON.stringify({ query, variables }) }),
  }
}

export type StreamedAnswer = RawAnswer & {
  /** How much of the body had been sent when the answer came. */
  sentBeforeAnswer: number
  /** How much was sent in all (the rest follows the answer, for the server to drop). */
  sent: number
}

/**
 * POSTs a body of `totalBytes` in chunks, with no Content-Length: the first `firstBytes`, then
 * nothing more until the server answers (a server waiting for the whole body would never answer:
 * the test fails after the bound), then the rest, as a client that ignores the answer would.
 */
export async function streamBody(
  base: string,
  path: string,
  localAddress: string,
  { firstBytes, totalBytes }: { firstBytes: number; totalBytes: number },
): Promise<StreamedAnswer> {
  // Kept alive, as browsers do: the server must read and drop the rest, not hang up on it.
  const agent = new http.Agent({ keepAlive: true })
  const request = open(base, path, localAddress, {}, agent)
  const closed = new Promise<void>((resolve) => request.once('close', () => resolve()))
  const response = responseOf(request)
  // The answer may come, and the connection go, before every piece is written.
  void response.catch(() => undefined)
  const piece = Buffer.alloc(16 * 1024, 'x')
  let sent = 0
  let gone = false
  void closed.then(() => (gone = true))
  const writeUpTo = async (bytes: number) => {
    if (sent === 0) {
      const start = '{"name":"Flood","body":"'
      request.write(start)
      sent = Buffer.byteLength(start)
    }
    while (sent < bytes && !gone) {
      const size = Math.min(piece.length, bytes - sent)
      sent += size
      // Node's client stops emitting 'drain' once an answer has come; each write's callback says
      // when it was handed to the socket, or that the connection went.
      await new Promise((resolve) => request.write(piece.subarray(0, size), resolve))
    }
  }
  try {
    await within(15_000, `sending the start of ${path}`, writeUpTo(firstBytes))
    const answer = await within(15_000, `answer to a streamed ${path}`, response)
    const sentBeforeAnswer = sent
    // Like a browser uploading a form, the client sends it all before it reads the answer.
    await within(30_000, `sending the rest of ${path}`, writeUpTo(totalBytes))
    if (!gone) request.end()
    const answered = await within(30_000, `body of the answer to ${path}`, readAnswer(answer))
    await within(30_000, `end of a streamed ${path}`, closed)
    return { ...answered, sentBeforeAnswer, sent }
  } finally {
    request.destroy()
    agent.destroy()
  }
}
