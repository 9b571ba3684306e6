/**
 * Under a post: the comment policy's introduction in the owner's words, the approved thread and
 * the comment form. (The reader-actions work fills this in; the post page only places it.)
 */
export type CommentSectionProps = {
  /** The post's id (opaque string) and slug, as the PostPage query returns them. */
  postId: string
  postSlug: string
}

export function CommentSection({ postSlug }: CommentSectionProps) {
  return <section aria-labelledby={`comments-${postSlug}`} id="comments" />
}
