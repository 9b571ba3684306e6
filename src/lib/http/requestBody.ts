/**
 * What a request body must be before Payload reads it. Payload parses bodies as it goes and some
 * of its parsers throw plain errors (a broken multipart body, a `_payload` field that is not
 * JSON, JSON sent with the GET override), which it answers with a 500; others quietly leave the
 * data empty (text, forms) for an operation that then fails. Checked here once, at the entry, a
 * malformed body is a 4xx whose message says what is wrong, on every route.
 *
 * - `application/json`: must parse, must be an object (not null, an array, a string or a number)
 *   within JSON_BOUNDS (../jsonShape.ts: depth, keys per object, items per list, values). An empty body is Payload's `{}`.
 * - `multipart/form-data` (uploads; the admin sends documents this way, as a `_payload` JSON
 *   field): must be well-formed, its `_payload` held to the JSON rules, and an upload's file
 *   name may hold no NUL and no path separator.
 * - `application/x-www-form-urlencoded` only for Payload's GET override (a long query string
 *   sent as a body, which the admin's relationship fields use).
 * - Anything else with a body is 415; a request without a body is left alone.
 */
import busboy from 'busboy'
import { jsonShapeProblem, MAX_JSON_DEPTH, nestsDeeperThan } from '../jsonShape'

export { MAX_JSON_DEPTH, nestsDeeperThan }

export const JSON_TYPE = 'application/json'
export const MULTIPART_TYPE = 'multipart/form-data'
export const FORM_TYPE = 'application/x-www-form-urlencoded'

export type BodyRefusal = { status: 400 | 415; message: string }

export const bodyMessages = {
  notJson: (what: string, reason: string) => `${what} is not valid JSON (${reason}).`,
  notObject: (what: string, got: string) =>
    `${what} must be a JSON object ({ "field": value, … }), not ${got}.`,
  badMultipart: (reason: string) =>
    `The multipart/form-data body is malformed (${reason.replace(/\.$/, '')}).`,
  badFileName: (name: string) =>
    `file: the file name ${JSON.stringify(name)} may not contain a NUL character or a path separator (/ or \\).`,
  unsupported: (type: string | undefined) =>
    `${type ? `Content type ${type} is not accepted` : 'A request body needs a Content-Type'}: send application/json, or multipart/form-data for uploads.`,
}

/** The media type of a Content-Type header as Payload compares it: before any `;`, trimmed. */
export function mediaTypeOf(contentType: string | null | undefined): string | undefined {
  const type = (contentType ?? '').split(';', 1)[0]!.trim()
  return type === '' ? undefined : type
}

function kindOf(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'an array'
  return `a ${typeof value}`
}

/** Why a JSON text is not an acceptable object, or undefined when it is. */
export function jsonObjectProblem(text: string, what: string): string | undefined {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (error) {
    return bodyMessages.notJson(what, (error as Error).message)
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return bodyMessages.notObject(what, kindOf(value))
  }
  return jsonShapeProblem(value, what)
}

/** A client's file name Payload may not be given: NUL, a path separator, or a bare dot name. */
export function fileNameProblem(name: string): string | undefined {
  if (/[\0/\\]/.test(name) || name === '.' || name === '..') return bodyMessages.badFileName(name)
  return undefined
}

/**
 * Reads a multipart body with the parser Payload uses (busboy), so what passes here parses there;
 * file contents are discarded as they stream past.
 */
export function multipartProblem(contentType: string, body: Buffer): Promise<string | undefined> {
  return new Promise((resolve) => {
    let parser: busboy.Busboy
    try {
      // Payload's parser keeps only a file name's last segment; the raw one is checked here.
      parser = busboy({ headers: { 'content-type': contentType }, preservePath: true })
    } catch (error) {
      resolve(bodyMessages.badMultipart((error as Error).message))
      return
    }
    let problem: string | undefined
    parser.on('file', (_field, stream, info) => {
      problem ??= fileNameProblem(info.filename ?? '')
      stream.resume()
    })
    parser.on('field', (name, value, info) => {
      // Over the field size limit Payload itself answers 413 before parsing it.
      if (name === '_payload' && !info.valueTruncated) {
        problem ??= jsonObjectProblem(value, 'The _payload field')
      }
    })
    parser.on('error', (error: Error) =>
      resolve(problem ?? bodyMessages.badMultipart(error.message)),
    )
    parser.on('close', () => resolve(problem))
    parser.end(body)
  })
}

export type BodyToCheck = {
  method: string
  contentType: string | null | undefined
  /** Payload's GET override (`X-Payload-HTTP-Method-Override: GET`). */
  getOverride: boolean
  body: Buffer
}

/** Why Payload must not be given this body, or undefined when it may. */
export async function bodyRefusal({
  method,
  contentType,
  getOverride,
  body,
}: BodyToCheck): Promise<BodyRefusal | undefined> {
  if (!['POST', 'PUT', 'PATCH'].includes(method.toUpperCase()) || body.length === 0) return
  const type = mediaTypeOf(contentType)
  if (type === JSON_TYPE) {
    const problem = jsonObjectProblem(body.toString('utf8'), 'The request body')
    return problem ? { status: 400, message: problem } : undefined
  }
  if (type === MULTIPART_TYPE) {
    const problem = await multipartProblem(contentType!, body)
    return problem ? { status: 400, message: problem } : undefined
  }
  if (type === FORM_TYPE && getOverride && method.toUpperCase() === 'POST') return
  return { status: 415, message: bodyMessages.unsupported(type) }
}
