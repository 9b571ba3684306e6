import crypto from 'node:crypto'

import { issueFormToken } from '../../src/lib/formToken'
import { TEST_SECRET } from './database'

/** The key Payload signs with: derived from the configured secret (payload/dist/index.js). */
export const TEST_PAYLOAD_SECRET = crypto
  .createHash('sha256')
  .update(TEST_SECRET)
  .digest('hex')
  .slice(0, 32)

/**
 * A form token as the test servers issue one, for a form opened `secondsAgo` seconds ago: what a
 * frontend holds after fetching POST /api/comments/form-token and letting a person write.
 */
export const openedFormToken = (secondsAgo = 20) =>
  issueFormToken(TEST_PAYLOAD_SECRET, Date.now() - secondsAgo * 1000)
