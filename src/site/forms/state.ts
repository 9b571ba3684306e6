/**
 * What a form post handled by Express (src/lib/http/siteForms.ts) hands to the page it renders
 * in answer: the server's decision and, when the form is shown again, what the reader typed.
 * It travels in one request header that Express sets itself and strips from every request that
 * arrives, so no client can forge it. Plain data, no imports: both Express and Next's bundle
 * read this module.
 */
export const FORM_STATE_HEADER = 'x-cms-site-form'

/** A refusal: which field (when the server named one) and why, in the server's words. */
export type FieldProblem = { field?: string; message: string }

export type CommentOutcome = {
  result: 'published' | 'held'
  messages: string[]
  explanation?: string
  /** A heated comment: until when, and the link to rewrite or withdraw it. */
  coolOffUntil?: string
  coolOffPath?: string
  commentId?: string
}

/** A heated comment as its writer may still change it (POST /api/comments/:id/cool-off). */
export type HeldComment = {
  id: string
  body: string
  coolOffUntil: string
  post: { slug: string | null; title: string | null }
}

export type FormState =
  | {
      form: 'comment'
      /** 'done': the comment was taken (outcome); 'refused': shown again with `values`. */
      done?: CommentOutcome
      problems?: FieldProblem[]
      values?: Record<string, string>
    }
  | {
      form: 'question'
      done?: { messages: string[] }
      problems?: FieldProblem[]
      values?: Record<string, string>
    }
  | {
      form: 'coolOff'
      done?: { withdrawn: true } | { revised: CommentOutcome }
      /** Opening the link: the comment its key opens, or `closed` when it opens none. */
      held?: HeldComment
      closed?: true
      problems?: FieldProblem[]
      values?: Record<string, string>
    }
  | { form: 'unsubscribe'; done?: { unsubscribed: true }; problems?: FieldProblem[] }

export function encodeFormState(state: FormState): string {
  return Buffer.from(JSON.stringify(state), 'utf8').toString('base64url')
}

export function decodeFormState(value: string | null | undefined): FormState | undefined {
  if (!value) return undefined
  try {
    const state = JSON.parse(Buffer.from(value, 'base64url').toString('utf8')) as FormState
    return state && typeof state === 'object' && typeof state.form === 'string' ? state : undefined
  } catch {
    return undefined
  }
}
