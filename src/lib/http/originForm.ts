import type { IncomingMessage } from 'node:http'

/**
 * HTTP/1.1 lets a client name the whole URL in the request line (`GET http://host/api/posts`,
 * the form proxies use). The server answers it as the path it names: everything behind it (the
 * API, Next, the logs, Express's mount paths) reads `req.url` as a path, and the host it names is
 * not ours to trust (links are built from SERVER_URL). Run before Express sees the request.
 */
export function toOriginForm(req: IncomingMessage): IncomingMessage {
  const target = req.url ?? '/'
  if (!target.startsWith('/') && /^[a-z][a-z0-9+.-]*:\/\//i.test(target)) {
    try {
      const url = new URL(target)
      req.url = `${url.pathname}${url.search}`
    } catch {
      // Not a URL after all: left as sent, for the routes to answer as an unknown path.
    }
  }
  return req
}
