/** A comment's statuses, in words for the admin (the values are the API's). */
export const COMMENT_STATUSES = ['pending', 'approved', 'rejected', 'spam'] as const

export type CommentStatus = (typeof COMMENT_STATUSES)[number]

export const STATUS_LABELS: Record<CommentStatus, string> = {
  pending: 'Held for review',
  approved: 'Approved',
  rejected: 'Rejected',
  spam: 'Spam',
}

export const STATUS_OPTIONS = COMMENT_STATUSES.map((value) => ({
  value,
  label: STATUS_LABELS[value],
}))
