/**
 * Comments as the public, a frontend, a moderator and a hostile client meet them, over REST and
 * GraphQL, under the demo blog's seeded policy.
 */
import { DEMO_COMMENT_POLICY } from '../../src/seed/content/commentPolicy'
import { apiClient, type ApiClient } from '../helpers/client'
import { openedFormToken } from '../helpers/formToken'
import { DEMO_PASSWORD, startSeededServer, type SeededServer } from '../helpers/seededServer'

const wording = (id: string) => DEMO_COMMENT_POLICY.rules.find((rule) => rule.id === id)!.message
let serial = 0
const email = (name: string) => `${name}-${++serial}@readers.example`

describe('comments under the seeded policy', () => {
  let ctx: SeededServer
  let editor: ApiClient
  let moderator: ApiClient
  let author: ApiClient
  let contributor: ApiClient
  let postId: string
  let draftId: string
  let closedId: string

  beforeAll(async () => {
    ctx = await startSeededServer('comments', { SUBMISSIONS_PER_MINUTE_PER_IP: '1000' })
    const login = async (role: string) => {
      const client = apiClient(ctx.server.url)
      await client.login(`${role}@example.com`, DEMO_PASSWORD)
      return client
    }
    editor = await login('editor')
    moderator = await login('moderator')
    author = await login('author')
    contributor = await login('contributor')
    const douglas = (await editor.rest('GET', '/api/authors?where[slug][equals]=douglas-m-webb'))
      .body.docs[0].id
    const authorId = (await author.rest('GET', '/api/users/me')).body.user.id
    const make = async (title: string, extra: Record<string, unknown>) =>
      (
        await editor.rest('POST', '/api/posts', {
          title,
          authors: [douglas],
          owner: authorId,
          ...extra,
        })
      ).body.doc.id as string
    postId = await make('On Keeping Vigil', { stage: 'published' })
    draftId = await make('Not Yet Ready', {})
    closedId = await make('A Closed Conversation', { stage: 'published', commentsOpen: false })
  })
  afterAll(() => ctx?.stop())

  const submit = (data: Record<string, unknown>, client: ApiClient = ctx.anonymous) =>
    client.rest('POST', '/api/comments', { post: postId, formToken: openedFormToken(), ...data })

  const approve = (id: string) =>
    moderator.rest('PATCH', `/api/comments/${id}`, { status: 'approved' })

  describe('the five sample comments', () => {
    it('should hold a political comment with the owner’s wording', async () => {
      const { status, body } = await submit({
        name: 'Pat',
        email: email('pat'),
        body: 'This is all the fault of the other party; vote them out at the next election.',
      })
      expect(status).toBe(201)
      expect(body.doc.outcome.result).toBe('held')
      expect(body.doc.outcome.messages).toContain(wording('no-politics'))
      expect(body.doc.status).toBe('pending')
    })

    it('should hold a heated comment, asking for calm and offering a cool-off', async () => {
      const { status, body } = await submit({
        name: 'Lee',
        email: email('lee'),
        body: 'THIS IS OUTRAGEOUS AND YOU SHOULD BE ASHAMED OF WRITING IT!!!',
      })
      expect(status).toBe(201)
      expect(body.doc.outcome.result).toBe('held')
      expect(body.doc.outcome.messages).toContain(wording('calm-down-first'))
      expect(new Date(body.doc.outcome.coolOffUntil).getTime()).toBeGreaterThan(Date.now())
      // The key rewrites or withdraws the comment during the cool-off; a wrong key does nothing.
      const id = body.doc.id
      expect(
        (await ctx.anonymous.rest('POST', `/api/comments/${id}/withdraw`, { token: 'guess' }))
          .status,
      ).toBe(403)
      const rewritten = await ctx.anonymous.rest('POST', `/api/comments/${id}/revise`, {
        token: body.doc.outcome.editToken,
        body: 'I was upset when I wrote that. I think the argument skips a step, and I would like to hear more.',
      })
      expect(rewritten.status).toBe(201)
      expect(rewritten.body.doc.outcome.messages).not.toContain(wording('calm-down-first'))
      expect(rewritten.body.doc.email).toBeUndefined()
      expect((await moderator.rest('GET', `/api/comments/${id}`)).status).toBe(404)
      // The old key opens nothing any more (its comment is gone: 404); a new heated comment can
      // be withdrawn with its own.
      expect(
        (
          await ctx.anonymous.rest('POST', `/api/comments/${id}/withdraw`, {
            token: body.doc.outcome.editToken,
          })
        ).status,
      ).toBe(404)
      const again = await submit({
        name: 'Lee',
        email: email('lee'),
        body: 'STILL FURIOUS ABOUT THIS WHOLE THING, HONESTLY!!!',
      })
      expect(
        (
          await ctx.anonymous.rest('POST', `/api/comments/${again.body.doc.id}/withdraw`, {
            token: again.body.doc.outcome.editToken,
          })
        ).status,
      ).toBe(200)
      expect((await moderator.rest('GET', `/api/comments/${again.body.doc.id}`)).status).toBe(404)
    })

    it('should hold a comment full of links', async () => {
      const { body } = await submit({
        name: 'Sam',
        email: email('sam'),
        body: 'More here: https://one.example/a https://two.example/b https://three.example/c',
      })
      expect(body.doc.outcome.result).toBe('held')
      expect(body.doc.outcome.messages).toContain(wording('too-many-links'))
    })

    it('should send a correction privately to the authors, and make an accepted one a note on the post', async () => {
      const { body } = await submit({
        name: 'Ann',
        email: email('ann'),
        kind: 'correction',
        body: 'The vigil you describe is on the eve of the feast, not the morning.',
      })
      expect(body.doc.outcome.result).toBe('held')
      expect(body.doc.outcome.messages).toContain(wording('corrections'))
      expect(body.doc.visibility).toBe('private')
      // The post's author accepts it; readers then see a dated correction on the post, not the comment.
      const accepted = await author.rest('PATCH', `/api/comments/${body.doc.id}`, {
        status: 'approved',
      })
      expect(accepted.status).toBe(200)
      const post = (await ctx.anonymous.rest('GET', `/api/posts/${postId}`)).body
      expect(post.corrections).toHaveLength(1)
      expect(post.corrections[0].note).toBe(
        'The vigil you describe is on the eve of the feast, not the morning.',
      )
      const thread = (await ctx.anonymous.rest('GET', `/api/comments/thread/${postId}`)).body
        .comments
      expect(thread.map((comment: { id: string }) => comment.id)).not.toContain(body.doc.id)
    })

    it('should publish calm disagreement from a commenter whose first comment was approved', async () => {
      const ruthie = email('ruthie')
      const first = await submit({
        name: 'Ruthie',
        email: ruthie,
        body: 'I read this differently, but thank you for setting it out so carefully.',
      })
      expect(first.body.doc.outcome).toMatchObject({
        result: 'held',
        messages: [wording('first-comment')],
      })
      expect((await approve(first.body.doc.id)).status).toBe(200)
      const second = await ctx.anonymous.graphql(
        'mutation($data: mutationCommentInput!) { createComment(data: $data) { id status outcome } }',
        {
          data: {
            post: postId,
            formToken: openedFormToken(),
            name: 'Ruthie',
            email: ruthie,
            body: 'I still disagree about the second point, but I see why you put it that way.',
          },
        },
      )
      expect(second.body.errors).toBeUndefined()
      expect(second.body.data.createComment).toMatchObject({
        status: 'approved',
        outcome: { result: 'published', messages: [] },
      })
    })
  })

  it('should reject spam with a 400 quoting the rule, and store nothing', async () => {
    const before = (await moderator.rest('GET', '/api/comments?limit=0')).body.totalDocs
    const { status, body } = await submit({
      name: 'Bot',
      email: email('bot'),
      body: 'Best casino bonuses, earn $500 a day from home!',
    })
    expect(status).toBe(400)
    expect(body.errors[0].data.errors.map((error: { message: string }) => error.message)).toContain(
      wording('abuse-and-spam'),
    )
    expect((await moderator.rest('GET', '/api/comments?limit=0')).body.totalDocs).toBe(before)
  })

  it('should let no client set the status, verdict, address hash or moderator', async () => {
    const { status, body } = await submit({
      name: 'Sneaky',
      email: email('sneaky'),
      body: 'A perfectly ordinary first comment.',
      status: 'approved',
      verdict: { action: 'allow' },
      ipHash: 'forged',
      moderatedBy: null,
      visibility: 'public',
    })
    expect(status).toBe(201)
    const stored = (await moderator.rest('GET', `/api/comments/${body.doc.id}`)).body
    expect(stored.status).toBe('pending')
    expect(stored.verdict.fired.map((rule: { ruleId: string }) => rule.ruleId)).toEqual([
      'first-comment',
    ])
    expect(stored.ipHash).toBeUndefined()
  })

  it('should show the public approved comments only, threaded, without private fields', async () => {
    const trusted = email('thread')
    const root = await submit({
      name: 'Root',
      email: trusted,
      body: 'A first thought on keeping vigil.',
    })
    await approve(root.body.doc.id)
    const reply = await submit({
      name: 'Reply',
      email: email('reply'),
      body: 'A gentle answer to that.',
      parent: root.body.doc.id,
    })
    await approve(reply.body.doc.id)
    const held = await submit({
      name: 'Held',
      email: email('held'),
      body: 'Still waiting for a moderator.',
    })

    const list = await ctx.anonymous.rest(
      'GET',
      `/api/comments?where[post][equals]=${postId}&limit=100`,
    )
    const ids = list.body.docs.map((doc: { id: string }) => doc.id)
    expect(ids).toEqual(expect.arrayContaining([root.body.doc.id, reply.body.doc.id]))
    expect(ids).not.toContain(held.body.doc.id)
    for (const doc of list.body.docs) {
      expect(doc.email).toBeUndefined()
      expect(doc.verdict).toBeUndefined()
      expect(doc.ipHash).toBeUndefined()
      expect(doc.status).toBe('approved')
    }
    const graph = await ctx.anonymous.graphql(
      'query($post: JSON) { Comments(where: { post: { equals: $post } }) { docs { id email verdict } } }',
      { post: postId },
    )
    for (const doc of graph.body.data.Comments.docs)
      expect(doc).toMatchObject({ email: null, verdict: null })
    expect(graph.body.data.Comments.docs.map((doc: { id: string }) => doc.id)).not.toContain(
      held.body.doc.id,
    )

    const thread = (await ctx.anonymous.rest('GET', `/api/comments/thread/${postId}`)).body.comments
    const rootNode = thread.find((node: { id: string }) => node.id === root.body.doc.id)
    expect(rootNode.replies.map((node: { id: string }) => node.id)).toEqual([reply.body.doc.id])
    expect(rootNode.email).toBeUndefined()
  })

  it('should give frontends the effective policy of a post', async () => {
    const { status, body } = await ctx.anonymous.rest('GET', `/api/comments/policy/${postId}`)
    expect(status).toBe(200)
    expect(body.commentsOpen).toBe(true)
    expect(body.policy.name).toBe(DEMO_COMMENT_POLICY.name)
    expect(body.policy.rules.map((rule: { message: string }) => rule.message)).toEqual(
      DEMO_COMMENT_POLICY.rules.map((rule) => rule.message),
    )
    expect(JSON.stringify(body.policy.introduction)).toContain(
      'Calm, careful disagreement is welcome',
    )
    expect((await ctx.anonymous.rest('GET', `/api/comments/policy/${draftId}`)).status).toBe(404)
  })

  it('should refuse comments on drafts, unknown posts and closed posts, saying which', async () => {
    const onDraft = await submit({ post: draftId, name: 'A', email: email('a'), body: 'Early!' })
    expect(onDraft.status).toBe(400)
    expect(onDraft.body.errors[0].data.errors[0]).toMatchObject({
      path: 'post',
      message: expect.stringContaining('not published'),
    })
    const unknown = await submit({
      post: '00000000-0000-4000-8000-000000000000',
      name: 'A',
      email: email('a'),
      body: 'Hello?',
    })
    expect(unknown.status).toBe(400)
    const closed = await submit({ post: closedId, name: 'A', email: email('a'), body: 'Hello?' })
    expect(closed.status).toBe(403)
    expect(closed.body.errors[0].message).toBe('comments are closed on this post.')
  })

  it('should turn away bots: the honeypot, a form sent too fast, no form token', async () => {
    const bot = await submit({
      name: 'B',
      email: email('b'),
      body: 'Nice post',
      website: 'http://spam.example',
    })
    expect(bot.status).toBe(400)
    // A form opened in the future stands for "sent at once" on a machine of any speed.
    const fast = await submit({
      name: 'B',
      email: email('b'),
      body: 'Nice post',
      formToken: openedFormToken(-10),
    })
    expect(fast.status).toBe(400)
    expect(fast.body.errors[0].data.errors[0].path).toBe('formToken')
    const none = await ctx.anonymous.rest('POST', '/api/comments', {
      post: postId,
      name: 'B',
      email: email('b'),
      body: 'Nice post',
    })
    expect(none.status).toBe(400)
  })

  it('should limit one email to a few comments a minute, over REST and GraphQL (429)', async () => {
    const flood = email('flood')
    const statuses: number[] = []
    for (let index = 0; index < 3; index++)
      statuses.push(
        (await submit({ name: 'F', email: flood, body: `Thought number ${index}.` })).status,
      )
    expect(statuses).toEqual([201, 201, 201])
    const rest = await submit({ name: 'F', email: flood, body: 'One more.' })
    expect(rest.status).toBe(429)
    expect(rest.body.errors[0].message).toMatch(/try again in \d+ s/)
    const graph = await ctx.anonymous.graphql(
      'mutation($data: mutationCommentInput!) { createComment(data: $data) { id } }',
      {
        data: {
          post: postId,
          formToken: openedFormToken(),
          name: 'F',
          email: flood,
          body: 'And another.',
        },
      },
    )
    expect(graph.body.errors[0].extensions.statusCode).toBe(429)
  })

  it('should let moderators (and authors, on their own posts) work the queue', async () => {
    const pending = await submit({ name: 'Q', email: email('q'), body: 'Waiting in the queue.' })
    const id = pending.body.doc.id
    expect(
      (await contributor.rest('PATCH', `/api/comments/${id}`, { status: 'approved' })).status,
    ).toBe(403)
    expect(
      (await ctx.anonymous.rest('PATCH', `/api/comments/${id}`, { status: 'approved' })).status,
    ).toBe(401)
    const queue = await moderator.rest(
      'GET',
      `/api/comments?where[status][equals]=pending&where[firedRules][in]=first-comment&limit=100`,
    )
    expect(queue.body.docs.map((doc: { id: string }) => doc.id)).toContain(id)
    // Bulk: mark several as spam at once.
    const spam = await submit({ name: 'S', email: email('s'), body: 'Also waiting.' })
    const bulk = await moderator.rest(
      'PATCH',
      `/api/comments?where[id][in]=${id},${spam.body.doc.id}`,
      { status: 'spam' },
    )
    expect(bulk.status).toBe(200)
    const stored = (await moderator.rest('GET', `/api/comments/${id}`)).body
    expect(stored.status).toBe('spam')
    expect(stored.moderatedBy).toBeTruthy()
    expect(stored.moderatedAt).toBeTruthy()
  })

  it('should keep the policy revision that judged each comment when the policy changes', async () => {
    const before = await submit({
      name: 'R',
      email: email('r'),
      body: 'Before the policy changed.',
    })
    const policy = (await editor.rest('GET', '/api/comment-policies?limit=1')).body.docs[0]
    const edited = await editor.rest('PATCH', `/api/comment-policies/${policy.id}`, {
      name: `${policy.name} (revised)`,
    })
    expect(edited.body.doc.revision).toBe(policy.revision + 1)
    const after = await submit({ name: 'R', email: email('r'), body: 'After the policy changed.' })
    const read = async (id: string) =>
      (await moderator.rest('GET', `/api/comments/${id}`)).body.policyRevision
    expect(await read(before.body.doc.id)).toBe(policy.revision)
    expect(await read(after.body.doc.id)).toBe(policy.revision + 1)
    const bad = await editor.rest('PATCH', `/api/comment-policies/${policy.id}`, {
      rules: [
        {
          blockType: 'blockedWords',
          title: 'Broken',
          message: 'x',
          words: [{ word: '(unclosed', pattern: true }],
        },
      ],
    })
    expect(bad.status).toBe(400)
    expect(bad.body.errors[0].data.errors[0]).toMatchObject({
      path: 'rules.0.words.0.word',
      message: expect.stringMatching(
        /^Rule 1 \("Broken"\): This is not a valid regular expression/,
      ),
    })
  })

  it('should take readers’ questions, keep them private until answered, and respect anonymity', async () => {
    const asked = await ctx.anonymous.rest('POST', '/api/reader-questions', {
      name: 'Marguerite',
      email: email('marguerite'),
      question: 'How long does one icon take to paint?',
      consentToPublish: true,
      attribution: 'anonymous',
      formToken: openedFormToken(),
    })
    expect(asked.status).toBe(201)
    const id = asked.body.doc.id
    expect((await ctx.anonymous.rest('GET', `/api/reader-questions/${id}`)).status).toBe(404)
    expect(
      (
        await editor.rest('PATCH', `/api/reader-questions/${id}`, {
          status: 'answered',
          answeredIn: postId,
        })
      ).status,
    ).toBe(200)
    const shown = (await ctx.anonymous.rest('GET', `/api/reader-questions/${id}`)).body
    expect(shown).toMatchObject({
      question: 'How long does one icon take to paint?',
      name: 'A reader',
    })
    expect(shown.email).toBeUndefined()
    const graph = await ctx.anonymous.graphql(
      'query($id: String!) { ReaderQuestion(id: $id) { name question email } }',
      { id },
    )
    expect(graph.body.data.ReaderQuestion).toEqual({
      name: 'A reader',
      question: 'How long does one icon take to paint?',
      email: null,
    })
  })
})
