/**
 * The wall-clock budget of one GraphQL request. Every resolver of the schema is wrapped once
 * (`guardResolvers`) to check the request's deadline before it runs: once the deadline has passed
 * no further resolver starts, so no more database queries are sent for that request, and the
 * answer is a refusal rather than a partial result. `race` answers at the deadline even while a
 * resolver that started in time is still waiting on the database.
 */
import {
  GraphQLError,
  isObjectType,
  type GraphQLFieldResolver,
  type GraphQLSchema,
  type ExecutionResult,
} from 'graphql'

import { messages } from './messages'

export class Deadline {
  readonly at: number
  /** Whether a resolver was refused, or the race ended, because the deadline had passed. */
  expired = false

  constructor(
    readonly budgetMs: number,
    private readonly now: () => number = Date.now,
  ) {
    this.at = now() + budgetMs
  }

  passed(): boolean {
    return this.now() >= this.at
  }

  error(): GraphQLError {
    return new GraphQLError(messages.overBudget(this.budgetMs), {
      extensions: { code: 'OVER_BUDGET' },
    })
  }

  /** Throws the refusal once the deadline has passed (called before each resolver). */
  check(): void {
    if (!this.passed()) return
    this.expired = true
    throw this.error()
  }

  /**
   * The execution's result, or the refusal if the deadline comes first. Execution goes on in the
   * background until its running resolvers return; every later one is refused by `check`.
   */
  race(
    execution: Promise<ExecutionResult> | ExecutionResult,
  ): Promise<ExecutionResult> | ExecutionResult {
    if (!(execution instanceof Promise)) return execution
    let timer: NodeJS.Timeout | undefined
    const timeout = new Promise<ExecutionResult>((resolve) => {
      timer = setTimeout(
        () => {
          this.expired = true
          resolve({ errors: [this.error()] })
        },
        Math.max(0, this.at - this.now()),
      )
    })
    return Promise.race([execution, timeout]).finally(() => clearTimeout(timer))
  }
}

const GUARDED = Symbol('graphqlLimits.guarded')

type Guarded = GraphQLFieldResolver<unknown, unknown> & { [GUARDED]?: true }

/**
 * Wraps every resolver of the schema's object types (introspection's aside) so that it first
 * checks the request's deadline, found in the execution context by `deadlineOf` (a request
 * without one is not limited). Wrapping twice is harmless.
 */
export function guardResolvers(
  schema: GraphQLSchema,
  deadlineOf: (context: unknown) => Deadline | undefined,
): void {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue
    for (const field of Object.values(type.getFields())) {
      const resolve = field.resolve as Guarded | undefined
      if (!resolve || resolve[GUARDED]) continue
      const guarded: Guarded = (source, args, context, info) => {
        deadlineOf(context)?.check()
        return resolve(source, args, context, info)
      }
      guarded[GUARDED] = true
      field.resolve = guarded
    }
  }
}
