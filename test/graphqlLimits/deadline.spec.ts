import {
  execute,
  GraphQLObjectType,
  GraphQLSchema,
  GraphQLString,
  parse,
  type ExecutionResult,
} from 'graphql'

import { Deadline, guardResolvers } from '../../src/lib/graphqlLimits'

type Context = { deadline?: Deadline }

/** `slow` takes the (fake) clock past any budget; `next` and `name` record that they ran. */
function fixture() {
  const clock = { now: 0 }
  const ran: string[] = []
  const Thing: GraphQLObjectType = new GraphQLObjectType({
    name: 'Thing',
    fields: () => ({
      next: { type: Thing, resolve: () => (ran.push('next'), {}) },
      name: { type: GraphQLString, resolve: () => (ran.push('name'), 'a name') },
    }),
  })
  const schema = new GraphQLSchema({
    query: new GraphQLObjectType({
      name: 'Query',
      fields: {
        slow: {
          type: Thing,
          resolve: async () => {
            ran.push('slow')
            clock.now += 2000
            return {}
          },
        },
      },
    }),
  })
  guardResolvers(schema, (context) => (context as Context).deadline)
  const run = (contextValue: Context) =>
    execute({ schema, document: parse('{ slow { next { name } } }'), contextValue })
  return { clock, ran, schema, run }
}

describe('the wall-clock budget of a GraphQL request', () => {
  it('should run no resolver once the deadline has passed, and answer with the refusal', async () => {
    const { clock, ran, run } = fixture()
    const deadline = new Deadline(1000, () => clock.now)
    const result = (await run({ deadline })) as ExecutionResult
    expect(ran).toEqual(['slow'])
    expect(deadline.expired).toBe(true)
    expect(result.errors?.map((error) => error.message)).toEqual([
      expect.stringMatching(/^The query took longer than the 1 s allowed for one request/),
    ])
  })

  it('should leave a request without a deadline alone', async () => {
    const { ran, run } = fixture()
    const result = (await run({})) as ExecutionResult
    expect(ran).toEqual(['slow', 'next', 'name'])
    expect(result).toEqual({ data: { slow: { next: { name: 'a name' } } } })
  })

  it('should wrap each resolver once however often it is guarded', async () => {
    const { schema, ran, run, clock } = fixture()
    const resolve = schema.getQueryType()!.getFields().slow!.resolve
    guardResolvers(schema, () => undefined)
    expect(schema.getQueryType()!.getFields().slow!.resolve).toBe(resolve)
    await run({ deadline: new Deadline(10_000, () => clock.now) })
    expect(ran).toEqual(['slow', 'next', 'name'])
  })

  it('should answer at the deadline while a resolver is still waiting', async () => {
    const deadline = new Deadline(20)
    const result = await deadline.race(new Promise<ExecutionResult>(() => {}))
    expect(deadline.expired).toBe(true)
    expect(result.errors?.[0]?.message).toMatch(/took longer than the 0.02 s allowed/)
  })

  it('should answer with the result when it comes in time', async () => {
    const deadline = new Deadline(10_000)
    expect(await deadline.race(Promise.resolve({ data: { a: 1 } }))).toEqual({ data: { a: 1 } })
    expect(deadline.expired).toBe(false)
  })
})
