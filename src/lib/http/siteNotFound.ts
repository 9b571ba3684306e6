import type { IncomingMessage, ServerResponse } from 'node:http'

type Render = (req: IncomingMessage, res: ServerResponse) => Promise<void>

/** The path Next is asked for instead: no route matches it, so Next draws its app-wide 404. */
export const NOT_FOUND_PATH = '/__site-not-found'
/** Tells the app-wide 404 which address was missing (to word a dead preview link as such). */
export const MISSING_PATH_HEADER = 'x-site-missing-path'

/** Paths that are not the reader site's pages: the admin, Next's assets, the API. */
const NOT_SITE = /^\/(admin|_next|api)(\/|$)/

const isHtml = (res: ServerResponse) => /^text\/html/i.test(String(res.getHeader('content-type')))

/**
 * A page's `notFound()` drawn on the server. Next 16 cannot draw a page's not-found boundary in
 * its HTML: React's server renderer has no error boundaries, so the error fails the HTML shell and
 * Next answers 404 with an empty `<html id="__next_error__">` document that only its client
 * script fills in (a reader without JavaScript, and a crawler, see nothing). A path no route
 * matches is different: Next draws `src/app/global-not-found.tsx` on the server. So when a site
 * page answers 404 with HTML, this discards that answer and asks Next again for a path no route
 * matches, which gives the reader the site's 404 in full, with status 404.
 *
 * The 404 of an unknown path is drawn twice that way (the first answer cannot be told apart from
 * the error shell once Next has compressed it); 404s are rare and cheap next to a page.
 */
export function serverRenderedNotFound(render: Render): Render {
  return async (req, res) => {
    const path = (req.url ?? '/').split('?')[0]
    if (NOT_SITE.test(path)) return render(req, res)
    delete req.headers[MISSING_PATH_HEADER]
    const before = res.getHeaders()
    const listeners = listenersOf(res)
    const discarded = await renderWatching(render, req, res)
    if (!discarded) return
    // The discarded render's own listeners (its abort signal, its compression) go with it.
    for (const [event, kept] of listeners)
      for (const listener of res.listeners(event))
        if (!kept.includes(listener)) res.removeListener(event, listener as never)
    for (const name of res.getHeaderNames()) res.removeHeader(name)
    for (const [name, value] of Object.entries(before))
      if (value !== undefined) res.setHeader(name, value)
    res.statusCode = 200
    for (const header of ['content-type', 'content-length', 'transfer-encoding'])
      delete req.headers[header]
    req.headers[MISSING_PATH_HEADER] = path
    if (req.method !== 'HEAD') req.method = 'GET'
    req.url = NOT_FOUND_PATH
    await render(req, res)
  }
}

const EVENTS = ['close', 'finish', 'drain', 'error', 'pipe', 'unpipe'] as const

function listenersOf(res: ServerResponse): [string, unknown[]][] {
  return EVENTS.map((event) => [event, res.listeners(event)])
}

type Writer = {
  writeHead: ServerResponse['writeHead']
  write: ServerResponse['write']
  end: ServerResponse['end']
  flushHeaders: ServerResponse['flushHeaders']
}

/**
 * Renders, holding the response back until Next starts its body: a 404 HTML answer is then
 * swallowed (resolves true once Next has finished it), anything else goes out untouched.
 */
async function renderWatching(
  render: Render,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<boolean> {
  const original: Writer = {
    writeHead: res.writeHead,
    write: res.write,
    end: res.end,
    flushHeaders: res.flushHeaders,
  }
  let decided: 'pass' | 'swallow' | null = null
  let heldHead: unknown[] | null = null
  let heldFlush = false
  let ended!: () => void
  const finished = new Promise<void>((resolve) => (ended = resolve))

  const decide = () => {
    if (decided) return decided
    const status = heldHead ? Number(heldHead[0]) : res.statusCode
    decided = status === 404 && isHtml(res) ? 'swallow' : 'pass'
    if (decided === 'pass') {
      Object.assign(res, original)
      if (heldHead) res.writeHead(...(heldHead as Parameters<ServerResponse['writeHead']>))
      if (heldFlush) res.flushHeaders()
    }
    return decided
  }
  const callbackOf = (args: unknown[]) =>
    args.find((arg): arg is () => void => typeof arg === 'function')

  Object.assign(res, {
    writeHead(...args: unknown[]) {
      if (decided === 'pass') return original.writeHead.apply(res, args as never)
      if (args.length > 0) {
        res.statusCode = Number(args[0])
        heldHead = args
      }
      return res
    },
    flushHeaders() {
      if (decided === 'pass') return original.flushHeaders.apply(res)
      heldFlush = true
    },
    write(...args: unknown[]) {
      if (decide() === 'pass') return original.write.apply(res, args as never)
      callbackOf(args)?.()
      return true
    },
    end(...args: unknown[]) {
      if (decide() === 'pass') return original.end.apply(res, args as never)
      callbackOf(args)?.()
      ended()
      return res
    },
  } satisfies Partial<Writer> & Record<string, unknown>)

  await render(req, res)
  if (decide() === 'pass') return false
  await finished
  Object.assign(res, original)
  return true
}
