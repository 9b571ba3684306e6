/**
 * The limits on public submissions (comments and reader questions), counted where every
 * submission passes: the collections' create hook (collections/Comments/hooks/limitSubmission.ts),
 * which REST, GraphQL (each aliased mutation on its own) and the Local API all reach. Each
 * submission is counted once against each limit.
 */
import { limit, MEMORY_STORE, type LimitStore } from './index'

export interface SubmissionLimits {
  /** Comments and questions together, per client address. */
  submissionsPerMinutePerIp: number
  /** Per email address, for each collection. */
  submissionsPerMinutePerEmail: number
}

export interface Submission {
  collection: string
  /** The client's address, as Express saw it. */
  ip: string
  /** Normalised; absent when the submission gave none (it is then refused by validation). */
  email?: string
}

export interface SubmissionRefusal {
  limit: 'per-address' | 'per-email'
  retryAfterSeconds: number
  message: string
}

/** What a refused submitter is told: which limit, and when to try again. */
export const limitMessages = {
  perAddress: (max: number, seconds: number) =>
    `Too many submissions from your address (at most ${max} comments and questions a minute); try again in ${seconds} s.`,
  perEmail: (max: number, seconds: number) =>
    `Too many submissions from this email address (at most ${max} a minute); try again in ${seconds} s.`,
  unavailable: (seconds: number) =>
    `Submissions cannot be counted against their limits right now; try again in ${seconds} s.`,
}

/** What a submitter is told to wait when the limit store is unreachable. */
export const UNAVAILABLE_RETRY_SECONDS = 5

/**
 * Counts one submission in `store` (shared between processes on Postgres or Redis, see
 * ./store.ts); says which limit refuses it, if one does. Throws `LimitStoreUnavailable` when the
 * store cannot count.
 */
export async function countSubmission(
  limits: SubmissionLimits,
  submission: Submission,
  store: LimitStore = MEMORY_STORE,
): Promise<SubmissionRefusal | undefined> {
  const perAddress = limit('submissions:per-address', limits.submissionsPerMinutePerIp, 60, store)
  const byAddress = await perAddress.consume(submission.ip)
  if (!byAddress.allowed) {
    return {
      limit: 'per-address',
      retryAfterSeconds: byAddress.retryAfterSeconds,
      message: limitMessages.perAddress(perAddress.points, byAddress.retryAfterSeconds),
    }
  }
  if (!submission.email) return undefined
  const perEmail = limit('submissions:per-email', limits.submissionsPerMinutePerEmail, 60, store)
  const byEmail = await perEmail.consume(`${submission.collection}:${submission.email}`)
  if (!byEmail.allowed) {
    return {
      limit: 'per-email',
      retryAfterSeconds: byEmail.retryAfterSeconds,
      message: limitMessages.perEmail(perEmail.points, byEmail.retryAfterSeconds),
    }
  }
  return undefined
}
