/** The comment rule engine on its own: the demo policy judging a mix of comments, in process. */
import { compilePolicy, judgeComment } from '../../src/lib/commentPolicy'
import { DEMO_COMMENT_POLICY } from '../../src/seed/content/commentPolicy'

export function engineCommentsPerSecond(): number {
  const policy = compilePolicy(DEMO_COMMENT_POLICY)
  const bodies = [
    'A calm and thoughtful reply about the post, with no links and nothing heated in it.',
    'SHOUTING ABOUT THE ELECTION!!! https://a.example.com https://b.example.com c.org/x',
    'A correction: the date in the third paragraph should read 25 March.',
  ]
  const count = 20_000
  const started = performance.now()
  for (let index = 0; index < count; index++) {
    judgeComment(
      policy,
      {
        body: bodies[index % bodies.length]!,
        name: 'Reader',
        email: 'reader@example.com',
        kind: 'comment',
      },
      { now: new Date(), postPublishedAt: new Date(), trustedCommenter: index % 2 === 0 },
    )
  }
  return count / ((performance.now() - started) / 1000)
}
