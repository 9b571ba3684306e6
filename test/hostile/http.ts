/**
 * The wire the hostile suite talks over: node:http with the path sent exactly as written (fetch
 * would resolve `..` and re-encode it), any method, any headers and any body bytes, and a raw
 * socket for requests no HTTP client will write. Every request is to 127.0.0.1 and has a deadline.
 */
import http from 'node:http'
import net from 'node:net'

export type Viewer = 'anonymous' | 'contributor'

/** One generated request. */
export type HostileRequest = {
  /** What it tries, as printed in a failure list. */
  label: string
  method: string
  /** Path and query exactly as sent (may hold `..`, `%00`, broken escapes). */
  path: string
  headers?: Record<string, string>
  body?: string | Buffer
  /** Whose credentials ride along; `anonymous` sends none (unless `headers` forges some). */
  as: Viewer
  /** Raw bytes written to a socket instead of an HTTP request (path and body unused). */
  raw?: Buffer
  /** For requests that must succeed: the status every legitimate read gets. */
  expectStatus?: number
  /**
   * The account the request runs as when it brings its own token (a throw-away login whose own
   * record it attacks), so its own email and ID are not counted as leaks.
   */
  self?: { id: string; email: string }
  /** Pairs of requests that must be answered alike (a filter on a private field is no oracle). */
  oracle?: { key: string; variant: 'real' | 'bogus' }
}

export type Answer = {
  /** 0 when no answer came: see `error`. */
  status: number
  headers: http.IncomingHttpHeaders
  text: string
  ms: number
  error?: string
}

/** Bodies past this are cut short in memory; the rest is read and dropped. */
const KEEP_BYTES = 4 * 1024 * 1024

export async function send(
  baseUrl: string,
  request: Pick<HostileRequest, 'method' | 'path' | 'headers' | 'body'>,
  { timeoutMs, agent }: { timeoutMs: number; agent?: http.Agent },
): Promise<Answer> {
  const { hostname, port } = new URL(baseUrl)
  const started = performance.now()
  const body =
    request.body === undefined
      ? undefined
      : Buffer.isBuffer(request.body)
        ? request.body
        : Buffer.from(request.body)
  return new Promise((resolve) => {
    let settled = false
    let req: http.ClientRequest | undefined
    const finish = (answer: Omit<Answer, 'ms'>) => {
      if (settled) return
      settled = true
      clearTimeout(timer)
      resolve({ ...answer, ms: Math.round(performance.now() - started) })
    }
    const timer = setTimeout(() => {
      finish({ status: 0, headers: {}, text: '', error: `no answer in ${timeoutMs} ms` })
      req?.destroy()
    }, timeoutMs)
    try {
      req = http.request(
        {
          host: hostname,
          port: Number(port),
          method: request.method,
          path: request.path,
          agent,
          headers: {
            ...(body ? { 'content-length': String(body.length) } : {}),
            ...request.headers,
          },
        },
        (res) => {
          const chunks: Buffer[] = []
          let kept = 0
          res.on('data', (chunk: Buffer) => {
            if (kept < KEEP_BYTES) chunks.push(chunk)
            kept += chunk.length
          })
          res.on('end', () =>
            finish({
              status: res.statusCode ?? 0,
              headers: res.headers,
              text: Buffer.concat(chunks).toString('utf8'),
            }),
          )
          res.on('error', (error) =>
            finish({ status: 0, headers: {}, text: '', error: `response: ${error.message}` }),
          )
        },
      )
    } catch (error) {
      // Node's client refuses some requests itself (a bad header value): the generator's mistake.
      finish({
        status: 0,
        headers: {},
        text: '',
        error: `not sendable: ${(error as Error).message}`,
      })
      return
    }
    req.on('error', (error) =>
      finish({
        status: 0,
        headers: {},
        text: '',
        error: `closed without an answer: ${error.message}`,
      }),
    )
    req.end(body)
  })
}

/**
 * Writes bytes to the server's socket and reads until it closes or the deadline; the status is
 * taken from the first line of whatever came back (0 when nothing did).
 */
export async function sendRaw(baseUrl: string, bytes: Buffer, timeoutMs: number): Promise<Answer> {
  const { hostname, port } = new URL(baseUrl)
  const started = performance.now()
  return new Promise((resolve) => {
    const chunks: Buffer[] = []
    let settled = false
    const socket = net.connect({ host: hostname, port: Number(port) })
    const finish = (error?: string) => {
      if (settled) return
      settled = true
      clearTimeout(timer)
      socket.destroy()
      const text = Buffer.concat(chunks).toString('utf8')
      const status = Number(/^HTTP\/1\.[01] (\d{3})/.exec(text)?.[1] ?? 0)
      resolve({
        status,
        headers: {},
        text,
        ms: Math.round(performance.now() - started),
        // A server that closes a garbled request without a word has answered it too.
        error: status === 0 && error ? error : undefined,
      })
    }
    const timer = setTimeout(() => finish(`no answer in ${timeoutMs} ms`), timeoutMs)
    socket.on('data', (chunk: Buffer) => {
      chunks.push(chunk)
      // One answer is all we wait for: the head and, when it says how long, the body.
      const text = Buffer.concat(chunks).toString('latin1')
      const head = text.indexOf('\r\n\r\n')
      const length = /\r\ncontent-length: *(\d+)/i.exec(text)?.[1]
      if (head >= 0 && length !== undefined && text.length - head - 4 >= Number(length)) finish()
    })
    socket.on('end', () => finish())
    socket.on('close', () => finish('closed'))
    socket.on('error', (error) => finish(error.message))
    socket.write(bytes)
  })
}
