/** What commenters are told, in one place. */
export const messages = {
  honeypot: 'Your comment could not be accepted.',
  formTokenMissing:
    'formToken: fetch a token with POST /api/comments/form-token when the form opens, and send it with the form.',
  formTokenForged: 'formToken: not a token this site issued; fetch a new one.',
  tooQuick: (seconds: number) =>
    `formToken: the form was sent ${seconds} s after it opened; take a moment to read it over and send it again.`,
  formTokenExpired: 'formToken: the form has been open for more than a day; fetch a new token.',
  serverOwned: (field: string) =>
    `${field}: set by the server, never by a submission; leave it out.`,
  tooLarge: (max: number) => `body: a comment can be at most ${max} characters.`,
  noSuchPost: 'post: there is no such post.',
  draftPost: 'post: this post is not published, so it cannot be commented on yet.',
  closed: 'comments are closed on this post.',
  noSuchParent:
    'parent: the comment you reply to does not exist on this post, or is not published.',
  tooDeep: (depth: number) =>
    `parent: replies go at most ${depth} levels deep; reply to an earlier comment.`,
  emptyBody: 'body: a comment needs some text.',
  replySignIn: 'Sign in to reply from the admin.',
  replyNotYours: 'There is no such comment among those you moderate.',
  replyToHeld:
    'status: approve the comment before replying, so the reply does not stand under a comment readers cannot see.',
  badUnsubscribeToken:
    'token: this unsubscribe link is not one this site sent, or its comment no longer exists.',
  noCommentToChange:
    'id: there is no such comment: it was withdrawn or rewritten already, or the link is incomplete.',
  badEditToken: 'token: not the key this comment was given, or the time to change it has passed.',
}
