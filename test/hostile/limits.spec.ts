/**
 * Every limit holds on every path: a production server allowing 3 submissions a minute per
 * address, and clients sending one more than that over REST, GraphQL, both, aliased mutations and
 * odd spellings of the path; exactly 3 get through each time. Each test is a different client (its
 * own loopback source address); all traffic goes to 127.0.0.1. Also: a 5 MB chunked comment is
 * refused with 413 as soon as it passes 64 KB, and the server stays responsive.
 */
import { MAX_SUBMISSION_BYTES } from '../../src/lib/http/commentDefence'
import { clientAt, send, streamBody } from '../helpers/rawHttp'
import { startSeededServer, type SeededServer } from '../helpers/seededServer'
import { openedFormToken } from '../helpers/formToken'

const LIMIT = 3
let serial = 0
/** Each submission its own email, so only the per-address limit is in play. */
const email = () => `reader-${++serial}@readers.example`

const CREATE_COMMENT =
  'mutation($data: mutationCommentInput!) { createComment(data: $data) { id } }'
const CREATE_QUESTION =
  'mutation($data: mutationReaderQuestionInput!) { createReaderQuestion(data: $data) { id } }'

describe('submission limits on every path', () => {
  let ctx: SeededServer
  let postId: string
  let address = 10
  /** A client no test has used yet: a fresh budget. */
  const newClient = () => {
    const localAddress = `127.0.0.${++address}`
    return { localAddress, ...clientAt(ctx.server.url, localAddress) }
  }

  beforeAll(async () => {
    ctx = await startSeededServer('hostile-limits', {
      SUBMISSIONS_PER_MINUTE_PER_IP: String(LIMIT),
      SUBMISSIONS_PER_MINUTE_PER_EMAIL: '100',
    })
    const author = (await ctx.admin.rest('GET', '/api/authors?limit=1&depth=0')).body.docs[0].id
    const created = await ctx.admin.rest('POST', '/api/posts', {
      title: 'Limits Under Test',
      authors: [author],
      stage: 'published',
    })
    expect(created.status).toBe(201)
    postId = created.body.doc.id
  })
  afterAll(() => ctx?.stop())

  const comment = (text: string) => ({
    post: postId,
    name: 'Reader',
    email: email(),
    body: `A quiet thought about the essay, ${text}.`,
    formToken: openedFormToken(),
  })
  const question = (text: string) => ({
    name: 'Reader',
    email: email(),
    question: `Could you write more about ${text}?`,
    formToken: openedFormToken(),
  })
  const commentCount = async () =>
    (await ctx.admin.rest('GET', `/api/comments?where[post][equals]=${postId}&limit=0`)).body
      .totalDocs as number

  /** 201 for a created document, 429 for a refusal, whichever API answered. */
  const outcome = (answer: { status: number; body: any }) => {
    if (answer.status !== 200) return answer.status
    const error = answer.body.errors?.[0]
    return error ? (error.extensions?.statusCode as number) : 201
  }

  it('should let exactly the limit through over REST, then 429 with Retry-After naming it', async () => {
    const client = newClient()
    const answers = []
    for (let index = 0; index <= LIMIT; index++)
      answers.push(await client.rest('POST', '/api/comments', comment(`rest ${index}`)))
    expect(answers.map(outcome)).toEqual([201, 201, 201, 429])
    const refused = answers[LIMIT]!
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0)
    expect(Number(refused.headers['retry-after'])).toBeLessThanOrEqual(60)
    expect(refused.body.errors[0].message).toMatch(
      /from your address \(at most 3 comments and questions a minute\); try again in \d+ s\./,
    )
  })

  it('should let exactly the limit through over GraphQL', async () => {
    const client = newClient()
    const answers = []
    for (let index = 0; index <= LIMIT; index++)
      answers.push(await client.graphql(CREATE_COMMENT, { data: comment(`graphql ${index}`) }))
    expect(answers.map(outcome)).toEqual([201, 201, 201, 429])
    expect(answers[LIMIT]!.body.errors[0].message).toMatch(/at most 3 comments and questions/)
    expect(Number(answers[LIMIT]!.headers['retry-after'])).toBeGreaterThan(0)
  })

  it('should count REST and GraphQL, comments and questions, in one budget', async () => {
    const client = newClient()
    const answers = [
      await client.rest('POST', '/api/comments', comment('mixed 1')),
      await client.graphql(CREATE_QUESTION, { data: question('mixed 2') }),
      await client.rest('POST', '/api/reader-questions', question('mixed 3')),
      await client.graphql(CREATE_COMMENT, { data: comment('mixed 4') }),
      await client.rest('POST', '/api/comments', comment('mixed 5')),
    ]
    expect(answers.map(outcome)).toEqual([201, 201, 201, 429, 429])
  })

  it('should let exactly the limit through when submissions arrive all at once', async () => {
    const client = newClient()
    const answers = await Promise.all(
      Array.from({ length: 8 }, (_, index) =>
        index % 2
          ? client.graphql(CREATE_COMMENT, { data: comment(`burst ${index}`) })
          : client.rest('POST', '/api/comments', comment(`burst ${index}`)),
      ),
    )
    const outcomes = answers.map(outcome)
    expect(outcomes.filter((status) => status === 201)).toHaveLength(LIMIT)
    expect(outcomes.filter((status) => status === 429)).toHaveLength(8 - LIMIT)
  })

  it('should count each aliased mutation in one GraphQL request', async () => {
    const client = newClient()
    const before = await commentCount()
    const aliases = ['a', 'b', 'c', 'd']
    const answer = await client.graphql(
      `mutation(${aliases.map((alias) => `$${alias}: mutationCommentInput!`).join(', ')}) {
        ${aliases.map((alias) => `${alias}: createComment(data: $${alias}) { id }`).join('\n')}
      }`,
      Object.fromEntries(aliases.map((alias) => [alias, comment(`alias ${alias}`)])),
    )
    expect(Object.values(answer.body.data).filter(Boolean)).toHaveLength(LIMIT)
    expect(answer.body.errors.map((error: any) => error.extensions.statusCode)).toEqual([429])
    expect(await commentCount()).toBe(before + LIMIT)
    expect(outcome(await client.rest('POST', '/api/comments', comment('after the aliases')))).toBe(
      429,
    )
  })

  it('should count every spelling of the path that creates a comment', async () => {
    const client = newClient()
    const before = await commentCount()
    const spellings = [
      '/api/comments/',
      '/api/%63omments',
      '/api/./comments',
      '/api/%2e/comments',
      '/api/posts/../comments',
      '//api/comments',
      '/API/comments',
      '/api/Comments',
      '/api/comments?depth=0',
    ]
    const statuses: Record<string, number> = {}
    for (const path of spellings) {
      const answer = await send(ctx.server.url, path, client.localAddress, {
        body: JSON.stringify(comment(path)),
      })
      statuses[path] = answer.status
    }
    // The first spelling routes (so it counted); the others create a comment (and count), are
    // refused, or route nowhere (404, or Next's redirect of `//`): none is a way past the limit.
    expect(statuses['/api/comments/']).toBe(201)
    for (const status of Object.values(statuses)) expect(status).toBeLessThan(500)
    const plain = []
    for (let index = 0; index <= LIMIT; index++)
      plain.push((await client.rest('POST', '/api/comments', comment(`plain ${index}`))).status)
    const created = [...Object.values(statuses), ...plain].filter((status) => status === 201)
    expect(created).toHaveLength(LIMIT)
    expect(plain.at(-1)).toBe(429)
    expect(await commentCount()).toBe(before + LIMIT)
  })

  it('should refuse a 5 MB chunked comment with 413 once it passes 64 KB, and stay responsive', async () => {
    const client = newClient()
    const before = await commentCount()
    const answer = await streamBody(ctx.server.url, '/api/comments', client.localAddress, {
      firstBytes: 2 * MAX_SUBMISSION_BYTES,
      totalBytes: 5 * 1024 * 1024,
    })
    expect(answer.status).toBe(413)
    expect(answer.body.errors[0].message).toBe('A submission can be at most 64 KB.')
    expect(answer.sentBeforeAnswer).toBeLessThan(5 * 1024 * 1024)
    expect(
      (await send(ctx.server.url, '/healthz', client.localAddress, { method: 'GET' })).status,
    ).toBe(200)
    // Refused before Payload saw it: nothing stored, nothing counted against the address.
    expect(await commentCount()).toBe(before)
    expect(outcome(await client.rest('POST', '/api/comments', comment('after the flood')))).toBe(
      201,
    )
  })
})
