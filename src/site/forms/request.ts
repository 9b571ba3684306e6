/**
 * What a page of the reader site needs from the request for its forms: the decision Express
 * handed it (src/lib/http/siteForms.ts) and a fresh form token from the public API.
 */
import { headers } from 'next/headers'

import { apiOrigin } from '../api'
import { FORM_STATE_HEADER, decodeFormState, type FormState } from './state'

/** The decision on a form this request posted, if it was one of `form`'s. */
export async function formStateFor<K extends FormState['form']>(
  form: K,
): Promise<Extract<FormState, { form: K }> | undefined> {
  const state = decodeFormState((await headers()).get(FORM_STATE_HEADER))
  return state?.form === form ? (state as Extract<FormState, { form: K }>) : undefined
}

/**
 * A form token from `POST /api/comments/form-token`, signed at this render. The fill-time check
 * counts from here: if a cache keeps this page, the token is as old as the cached copy, which
 * can only make the form look slower (never too quick); one over a day old is refused and the
 * form comes back with a fresh token and the reader's text kept.
 */
export async function freshFormToken(): Promise<string> {
  const response = await fetch(`${apiOrigin()}/api/comments/form-token`, {
    method: 'POST',
    cache: 'no-store',
  })
  const body = (await response.json()) as { formToken?: string }
  if (!response.ok || !body.formToken) throw new Error(`form token: ${response.status}`)
  return body.formToken
}

/** A REST call to this server's own public API, as any frontend makes it. */
export async function apiPost<T>(
  path: string,
  json: unknown,
): Promise<{ status: number; body: T }> {
  const response = await fetch(`${apiOrigin()}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify(json),
    cache: 'no-store',
  })
  return { status: response.status, body: (await response.json().catch(() => ({}))) as T }
}
