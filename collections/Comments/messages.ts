/** What commenters are told, in one place. */
export const messages = {
  honeypot: 'Your comment could not be accepted.',
  startedAtMissing:
    'startedAt: send the time the comment form was opened (milliseconds since 1970).',
  tooQuick: (seconds: number) =>
    `startedAt: the form was sent ${seconds} s after it opened; take a moment to read it over and send it again.`,
  tooLarge: (max: number) => `body: a comment can be at most ${max} characters.`,
  noSuchPost: 'post: there is no such post.',
  draftPost: 'post: this post is not published, so it cannot be commented on yet.',
  closed: 'comments are closed on this post.',
  noSuchParent:
    'parent: the comment you reply to does not exist on this post, or is not published.',
  tooDeep: (depth: number) =>
    `parent: replies go at most ${depth} levels deep; reply to an earlier comment.`,
  emptyBody: 'body: a comment needs some text.',
  badEditToken: 'token: not the key this comment was given, or the time to change it has passed.',
}
