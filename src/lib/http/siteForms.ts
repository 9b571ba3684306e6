/**
 * The reader site's forms, posted as a browser without JavaScript sends them
 * (`application/x-www-form-urlencoded`), handled here in Express:
 *
 * - `POST /posts/:slug` a comment or reply, `POST /ask` a question, `POST /comments/:id/cool-off`
 *   a rewrite or withdrawal of a heated comment during its cool-off, `POST /unsubscribe` the
 *   one-click unsubscribe of reply emails (RFC 8058 mail programs post there too).
 * - Each is turned into the JSON request a frontend would send and handed to the same Payload
 *   handler that serves `/api` (./payloadApi.ts), in this process, with the reader's own address
 *   in the header the limits read (./commentDefence.ts): the honeypot, the signed form token, the
 *   per-address and per-email limits and the comment policy all run exactly as over the API. The
 *   reader's cookies and credentials are not passed on: the form is the public's.
 * - The answer is rendered directly (no redirect): the page the form was on, drawn by Next, with
 *   the server's decision and, after a refusal, the form again with what the reader typed; the
 *   status is the API's (201 taken, 4xx refused, 429 with Retry-After). Nothing the reader typed
 *   ever goes into a URL, and the answer is `private, no-store`.
 */
import type { IncomingMessage, ServerResponse } from 'node:http'

import { Router, type Request as ExpressRequest, type Response } from 'express'

import {
  FORM_STATE_HEADER,
  encodeFormState,
  type CommentOutcome,
  type FieldProblem,
  type FormState,
  type HeldComment,
} from '../../site/forms/state'
import { CLIENT_IP_HEADER, MAX_DISCARDED_BYTES, MAX_SUBMISSION_BYTES } from './commentDefence'
import type { WebHandler } from './payloadApi'

export type SiteFormsOptions = {
  /** Payload's API handler (./payloadApi.ts), the one `/api` is served by. */
  submit: WebHandler
  /** The server's own origin (SERVER_URL): the base of the URLs Payload sees. */
  origin: string
  /** Next's request handler, which draws the page with the decision. */
  render: (req: IncomingMessage, res: ServerResponse) => Promise<void>
}

/** A query parameter as a page reads it: the first value when it is given twice. */
const firstOf = (value: unknown): string =>
  typeof value === 'string' ? value : Array.isArray(value) ? firstOf(value[0]) : ''

const FORM_TYPE = 'application/x-www-form-urlencoded'
const PRIVATE = 'private, no-store'

class FormRefused extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message)
  }
}

/**
 * The posted form, read counting bytes (64 KB at most, as for the API's submissions). Past the
 * limit the rest is read and dropped, so the browser gets to read the answer; past
 * MAX_DISCARDED_BYTES the connection is cut.
 */
function readForm(req: IncomingMessage): Promise<URLSearchParams> {
  const type = (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase()
  if (type !== FORM_TYPE) {
    req.resume()
    return Promise.reject(new FormRefused(415, `Send the form as ${FORM_TYPE}.`))
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    req.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size <= MAX_SUBMISSION_BYTES) chunks.push(chunk)
      else if (size > MAX_DISCARDED_BYTES) req.destroy()
    })
    req.once('error', reject)
    req.once('end', () => {
      if (size > MAX_SUBMISSION_BYTES) {
        reject(new FormRefused(413, `A form can be at most ${MAX_SUBMISSION_BYTES / 1024} KB.`))
      } else resolve(new URLSearchParams(Buffer.concat(chunks).toString('utf8')))
    })
  })
}

type ApiAnswer = { status: number; body: Record<string, unknown>; retryAfter: string | null }

/** The API's field names the forms show under their own labels. */
const FIELDS = new Set([
  'name',
  'email',
  'body',
  'question',
  'parent',
  'post',
  'formToken',
  'website',
  'token',
  'kind',
])

/** What the API said was wrong, field by field when it named one. */
export function problemsOf(body: Record<string, unknown>): FieldProblem[] {
  const problems: FieldProblem[] = []
  for (const error of (body.errors ?? []) as {
    message?: string
    data?: { errors?: { path?: string; message?: string }[] }
  }[]) {
    const nested = error.data?.errors
    if (Array.isArray(nested) && nested.length > 0) {
      for (const item of nested)
        problems.push({ field: item.path, message: String(item.message ?? '') })
      continue
    }
    const message = String(error.message ?? 'The form could not be accepted.')
    const named = /^([A-Za-z]+): ([\s\S]*)$/.exec(message)
    if (named && FIELDS.has(named[1]!)) problems.push({ field: named[1], message: named[2]! })
    else problems.push({ message })
  }
  return problems.length ? problems : [{ message: 'The form could not be accepted.' }]
}

export function siteForms({ submit, origin, render }: SiteFormsOptions): Router {
  const router = Router()

  /** One API call as the public makes it, from the reader's own address. */
  async function callApi(req: ExpressRequest, path: string, json: unknown): Promise<ApiAnswer> {
    const response = await submit(
      new Request(`${origin}${path}`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          accept: 'application/json',
          // As Express computes it: the peer, or the client a trusted proxy names (TRUST_PROXY).
          [CLIENT_IP_HEADER]: req.ip ?? req.socket.remoteAddress ?? 'unknown',
          ...(req.headers['user-agent'] ? { 'user-agent': req.headers['user-agent'] } : {}),
        },
        body: JSON.stringify(json),
      }),
    )
    const body = (await response.json().catch(() => ({}))) as Record<string, unknown>
    return { status: response.status, body, retryAfter: response.headers.get('retry-after') }
  }

  /** Next draws `path` with the decision; the status is ours unless the page itself failed. */
  async function answer(
    req: ExpressRequest,
    res: Response,
    path: string,
    state: FormState,
    status: number,
  ) {
    req.headers[FORM_STATE_HEADER] = encodeFormState(state)
    for (const header of ['content-type', 'content-length', 'transfer-encoding'])
      delete req.headers[header]
    req.method = 'GET'
    req.url = path
    const writeHead = res.writeHead.bind(res) as (...args: unknown[]) => ServerResponse
    res.writeHead = ((code: number, ...rest: unknown[]) =>
      writeHead(code === 200 ? status : code, ...rest)) as typeof res.writeHead
    res.setHeader('Cache-Control', PRIVATE)
    await render(req, res)
  }

  const text = (form: URLSearchParams, name: string) => form.get(name) ?? ''
  const ticked = (form: URLSearchParams, name: string) => Boolean(form.get(name))

  function outcomeOf(doc: Record<string, unknown> | undefined): CommentOutcome {
    const outcome = (doc?.outcome ?? {}) as {
      result?: 'published' | 'held'
      messages?: string[]
      explanation?: string
      coolOffUntil?: string
      editToken?: string
    }
    const id = doc?.id === undefined ? undefined : String(doc.id)
    return {
      result: outcome.result ?? 'held',
      messages: outcome.messages ?? [],
      explanation: outcome.explanation,
      commentId: id,
      ...(outcome.coolOffUntil && outcome.editToken && id
        ? {
            coolOffUntil: outcome.coolOffUntil,
            coolOffPath: `/comments/${encodeURIComponent(id)}/cool-off?token=${encodeURIComponent(outcome.editToken)}`,
          }
        : {}),
    }
  }

  /** Runs a form handler; a form that cannot even be read is said on the same page. */
  const handle =
    (
      work: (req: ExpressRequest, res: Response, form: URLSearchParams) => Promise<void>,
      pageOf: (req: ExpressRequest) => string,
      formName: FormState['form'],
    ) =>
    async (req: ExpressRequest, res: Response) => {
      let form: URLSearchParams
      try {
        form = await readForm(req)
      } catch (error) {
        if (!(error instanceof FormRefused)) throw error
        return answer(
          req,
          res,
          pageOf(req),
          {
            form: formName,
            problems: [{ message: error.message }],
          } as FormState,
          error.status,
        )
      }
      await work(req, res, form)
    }

  const postPage = (req: ExpressRequest) => `/posts/${encodeURIComponent(String(req.params.slug))}`

  router.post(
    '/posts/:slug',
    handle(
      async (req, res, form) => {
        const values = {
          name: text(form, 'name'),
          email: text(form, 'email'),
          body: text(form, 'body'),
          parent: text(form, 'parent'),
          correction: ticked(form, 'correction') ? 'yes' : '',
          notifyReplies: ticked(form, 'notifyReplies') ? 'yes' : '',
        }
        const { status, body, retryAfter } = await callApi(req, '/api/comments', {
          post: text(form, 'post'),
          ...(values.parent ? { parent: values.parent } : {}),
          name: values.name,
          email: values.email,
          body: values.body,
          kind: values.correction ? 'correction' : 'comment',
          notifyReplies: Boolean(values.notifyReplies),
          website: text(form, 'website'),
          formToken: text(form, 'formToken'),
        })
        if (retryAfter) res.setHeader('Retry-After', retryAfter)
        const state: FormState =
          status === 201
            ? { form: 'comment', done: outcomeOf(body.doc as Record<string, unknown>) }
            : { form: 'comment', problems: problemsOf(body), values }
        await answer(req, res, postPage(req), state, status)
      },
      postPage,
      'comment',
    ),
  )

  router.post(
    '/ask',
    handle(
      async (req, res, form) => {
        const values = {
          name: text(form, 'name'),
          email: text(form, 'email'),
          question: text(form, 'question'),
          consentToPublish: ticked(form, 'consentToPublish') ? 'yes' : '',
          attribution: text(form, 'attribution') === 'named' ? 'named' : 'anonymous',
        }
        const { status, body, retryAfter } = await callApi(req, '/api/reader-questions', {
          name: values.name,
          email: values.email,
          question: values.question,
          consentToPublish: Boolean(values.consentToPublish),
          attribution: values.attribution,
          website: text(form, 'website'),
          formToken: text(form, 'formToken'),
        })
        if (retryAfter) res.setHeader('Retry-After', retryAfter)
        const state: FormState =
          status === 201
            ? { form: 'question', done: { messages: [] } }
            : { form: 'question', problems: problemsOf(body), values }
        await answer(req, res, '/ask', state, status)
      },
      () => '/ask',
      'question',
    ),
  )

  const coolOffPage = (req: ExpressRequest, token: string) =>
    `/comments/${encodeURIComponent(String(req.params.id))}/cool-off?token=${encodeURIComponent(token)}`

  // Opening the cool-off link: the API decides, and its status is the page's: the form with the
  // comment (200), or the explanation that the link opens nothing, 403 for a wrong or expired
  // key, 404 for a comment that is not there (never was, or already withdrawn or rewritten).
  router.get('/comments/:id/cool-off', async (req, res) => {
    const token = firstOf(req.query.token)
    const { status, body } = await callApi(
      req,
      `/api/comments/${encodeURIComponent(String(req.params.id))}/cool-off`,
      { token },
    )
    const state: FormState =
      status === 200
        ? { form: 'coolOff', held: body as unknown as HeldComment }
        : { form: 'coolOff', closed: true }
    await answer(req, res, coolOffPage(req, token), state, status)
  })

  router.post(
    '/comments/:id/cool-off',
    handle(
      async (req, res, form) => {
        const token = text(form, 'token') || firstOf(req.query.token)
        const id = encodeURIComponent(String(req.params.id))
        const withdraw = text(form, 'action') === 'withdraw'
        const { status, body, retryAfter } = await callApi(
          req,
          `/api/comments/${id}/${withdraw ? 'withdraw' : 'revise'}`,
          withdraw ? { token } : { token, body: text(form, 'body') },
        )
        if (retryAfter) res.setHeader('Retry-After', retryAfter)
        const ok = status === 200 || status === 201
        const state: FormState = !ok
          ? status === 403 || status === 404
            ? { form: 'coolOff', closed: true }
            : { form: 'coolOff', problems: problemsOf(body), values: { body: text(form, 'body') } }
          : withdraw
            ? { form: 'coolOff', done: { withdrawn: true } }
            : { form: 'coolOff', done: { revised: outcomeOf(body.doc as Record<string, unknown>) } }
        await answer(req, res, coolOffPage(req, token), state, status)
      },
      (req) => coolOffPage(req, firstOf(req.query.token)),
      'coolOff',
    ),
  )

  router.post(
    '/unsubscribe',
    handle(
      async (req, res, form) => {
        // The link's own token (a mail program's one-click POST sends only List-Unsubscribe=One-Click).
        const token = firstOf(req.query.token) || text(form, 'token')
        const { status, body } = await callApi(req, '/api/comments/unsubscribe', { token })
        const state: FormState =
          status === 200
            ? { form: 'unsubscribe', done: { unsubscribed: true } }
            : { form: 'unsubscribe', problems: problemsOf(body) }
        await answer(req, res, `/unsubscribe?token=${encodeURIComponent(token)}`, state, status)
      },
      () => '/unsubscribe',
      'unsubscribe',
    ),
  )

  return router
}

/** No client may hand a page a decision: the header is Express's alone. */
export function stripFormState(req: IncomingMessage, _res: unknown, next: () => void): void {
  delete req.headers[FORM_STATE_HEADER]
  next()
}
