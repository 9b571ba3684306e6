/**
 * The password hashing a login does, done for nothing: a login for an unknown or locked account
 * takes as long as a wrong password for a real one, so timing tells no one which emails have
 * accounts. The parameters are Payload's own for new hashes
 * (payload/dist/auth/strategies/local/generatePasswordSaltHash.js: PBKDF2-SHA256, 600,000
 * iterations, 32 bytes), which every account gets at its next login.
 */
import crypto from 'node:crypto'

export const PASSWORD_HASH_ITERATIONS = 600_000
export const PASSWORD_HASH_BYTES = 32

// A fixed salt: the result is thrown away, only the time spent matters.
const SALT = crypto.createHash('sha256').update('login-equaliser/v1').digest('hex')

/** Hashes the password as a real check would, and forgets the result. */
export async function spendPasswordWork(password: unknown): Promise<void> {
  const text = typeof password === 'string' ? password : ''
  await new Promise<void>((resolve, reject) =>
    crypto.pbkdf2(text, SALT, PASSWORD_HASH_ITERATIONS, PASSWORD_HASH_BYTES, 'sha256', (error) =>
      error ? reject(error) : resolve(),
    ),
  )
}
