/** The one-click decisions on a comment, as buttons and as bulk actions. */
import type { CommentStatus } from '../../../collections/Comments/statuses'

export type Decision = { status: CommentStatus; label: string; done: string }

export const DECISIONS: readonly Decision[] = [
  { status: 'approved', label: 'Approve', done: 'approved' },
  { status: 'rejected', label: 'Reject', done: 'rejected' },
  { status: 'spam', label: 'Spam', done: 'marked as spam' },
]
