import {
  AuthenticationError,
  type CollectionAfterErrorHook,
  type CollectionBeforeOperationHook,
} from 'payload'

import { spendPasswordWork } from '../../../src/lib/auth/passwordWork'

/**
 * Payload answers a login for an unknown email at once, and one for a locked account at once and
 * in words of its own, while a wrong password for a real account costs a password hash. Both gave
 * away which emails have accounts. Here an unknown or locked account costs the same hash and gets
 * the same answer as a wrong password (401, "The email or password provided is incorrect."); a
 * known, unlocked account goes on to Payload's own check, which counts failures and locks.
 */
export const equaliseLoginFailures: CollectionBeforeOperationHook = async ({
  args,
  collection,
  operation,
  req,
}) => {
  if (operation !== 'login') return args
  const data = ((args as { data?: Record<string, unknown> }).data ?? {}) as Record<string, unknown>
  const email = typeof data.email === 'string' ? data.email.toLowerCase().trim() : ''
  const password = data.password
  // Missing fields: Payload's own 400 naming the field, which depends on nobody's account.
  if (!email || typeof password !== 'string' || password.trim() === '') return args
  const user = await req.payload.db.findOne<{ id: string | number; lockUntil?: string | null }>({
    collection: collection.slug,
    req,
    where: { email: { equals: email } },
  })
  const locked = Boolean(user?.lockUntil && new Date(user.lockUntil).getTime() > Date.now())
  if (user && !locked) return args
  await spendPasswordWork(password)
  throw new AuthenticationError(req.t)
}

/**
 * Payload can still find an account locked after checking the password (attempts made in
 * parallel); that answer, too, is the wrong-password one.
 */
export const answerLockedAsWrong: CollectionAfterErrorHook = ({ error, req }) => {
  if (error.name !== 'LockedAuth') return
  return {
    status: 401,
    response: { errors: [{ message: new AuthenticationError(req.t).message }] },
  }
}
