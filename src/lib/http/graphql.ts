/**
 * GraphQL on the Express server's own Payload instance (the same work Payload's Next route does,
 * without a second instance of Payload in the process): the request is turned into a
 * PayloadRequest, graphql-http runs it against the schema built once from the config, and errors
 * are shaped and passed through the config's `afterError` hooks as Payload does.
 *
 * What a request may ask is bounded (src/lib/graphqlLimits), checked in an order where no check
 * can itself be made to run away: the parser stops at a token limit; operations and aliases are
 * counted on the bare document; graphql-js's specified rules run next (NoFragmentCyclesRule among
 * them), and only on a document they accept do the rules that follow fragments run: our cost
 * model (join and list limits multiply), then Payload's own (its complexity measure, the
 * introspection switch, the config's `graphQL.validationRules`). A refusal is a 400 whatever the
 * client accepts. A query that passes runs under a wall-clock budget: past it no resolver starts
 * and the answer is a 503.
 */
import { configToSchema } from '@payloadcms/graphql'
import {
  execute,
  getOperationAST,
  parse,
  specifiedRules,
  validate,
  type DocumentNode,
  type ExecutionArgs,
  type GraphQLError,
} from 'graphql'
import type { Response as HttpResponse, OperationArgs } from 'graphql-http'
import { createHandler } from 'graphql-http/lib/use/fetch'
import {
  addDataAndFileToRequest,
  addLocalesToRequestFromData,
  createPayloadRequest,
  formatNames,
  headersWithCors,
  logError,
  mergeHeaders,
  unlinkClientUploadTempFile,
  type PayloadRequest,
  toWords,
  type SanitizedConfig,
} from 'payload'

import {
  costRule,
  Deadline,
  documentErrors,
  GRAPHQL_LIMITS,
  guardResolvers,
  operationErrors,
  parseErrorMessage,
  type GraphQLLimits,
} from '../graphqlLimits'
import { routeMessages } from './apiRoutes'
import { repairSchema, type AuthCollection } from './graphqlRepairs'

type Schema = ReturnType<typeof configToSchema>

/** What resolvers get as their context: Payload's request, extra headers, the deadline. */
type Context = { headers: Record<string, string>; req: PayloadRequest; deadline?: Deadline }

const JSON_TYPE = 'application/json; charset=utf-8'

type Refused = Pick<GraphQLError, 'message' | 'locations' | 'extensions'>

/** A refused request: its status and messages, in GraphQL's error shape. */
function refusal(status: number, errors: readonly Refused[]): HttpResponse {
  const body = {
    errors: errors.map((error) => ({
      message: error.message,
      locations: error.locations,
      extensions: { ...error.extensions, statusCode: status },
    })),
  }
  const statusText = status === 503 ? 'Service Unavailable' : 'Bad Request'
  return [JSON.stringify(body), { status, statusText, headers: { 'content-type': JSON_TYPE } }]
}

/** An error as GraphQL clients get it: the message, and Payload's status and details. */
async function shapeError(error: GraphQLError, req: PayloadRequest) {
  const { payload } = req
  const original = error.originalError as { status?: number; name?: string; data?: unknown }
  const status = original?.status ?? 500
  logError({ err: error, payload })
  let shaped = {
    extensions: { name: original?.name, data: original?.data, statusCode: status },
    locations: error.locations,
    // A server fault's message can hold anything; clients get a generic one.
    message: status === 500 && !payload.config.debug ? 'Something went wrong.' : error.message,
    path: error.path,
  }
  for (const hook of payload.config.hooks.afterError ?? []) {
    const result = await hook({
      context: req.context,
      error,
      graphqlResult: shaped,
      req,
    } as never)
    if (result?.graphqlResult) shaped = result.graphqlResult as typeof shaped
  }
  return shaped
}

/**
 * The checks before execution, in order; the first phase with errors refuses the request. Each
 * phase runs only on a document every earlier one accepted (see the top of this file).
 */
function refusalsOf(
  args: ExecutionArgs,
  payloadRules: Schema['validationRules'],
  limits: GraphQLLimits,
): readonly GraphQLError[] {
  const { schema, document, variableValues, operationName } = args
  const options = { hideSuggestions: Boolean(args.hideSuggestions) }
  const cost = costRule(limits, { variables: variableValues, operationName })
  const phases = [
    () => documentErrors(document, limits),
    () => validate(schema, document, specifiedRules, options),
    () => operationErrors(schema, document, operationName, variableValues, options.hideSuggestions),
    () => validate(schema, document, [cost], options),
    () => validate(schema, document, payloadRules(args), options),
  ]
  for (const phase of phases) {
    const errors = phase()
    if (errors.length > 0) return errors
  }
  return []
}

/** The auth collections as the GraphQL schema names them (Payload's own naming). */
function authCollectionsOf(config: SanitizedConfig): AuthCollection[] {
  return config.collections
    .filter((collection) => collection.auth)
    .map(({ slug, auth, graphQL }) => {
      const named = graphQL && graphQL.singularName
      return {
        singularName: named ? toWords(named, true) : formatNames(slug).singular,
        verifies: Boolean(auth.verify),
        message: routeMessages.noVerification(slug),
      }
    })
}

export function graphqlHandler(
  config: SanitizedConfig,
  payloadInstanceCacheKey: string,
  limits: GraphQLLimits = GRAPHQL_LIMITS,
): (request: Request) => Promise<Response> {
  let schema: Schema | undefined
  // Payload's switch; graphql-js's "Did you mean …?" would name what introspection hides.
  const hideSuggestions =
    Boolean(config.graphQL.disableIntrospectionInProduction) &&
    process.env.NODE_ENV === 'production'
  return async (request) => {
    const deadline = new Deadline(limits.budgetMs)
    const forGraphQL = request.clone()
    const req = await createPayloadRequest({
      canSetHeaders: true,
      config,
      payloadInstanceCacheKey,
      request,
    })
    try {
      await addDataAndFileToRequest(req)
      addLocalesToRequestFromData(req)
      if (!schema) {
        schema = configToSchema(req.payload.config)
        repairSchema(schema.schema, authCollectionsOf(req.payload.config))
        guardResolvers(schema.schema, (context) => (context as Context).deadline)
      }
      const { validationRules } = schema
      const graphQLSchema = schema.schema
      const extraHeaders: Record<string, string> = {}
      const answer = await createHandler<Context>({
        schema: graphQLSchema,
        onSubscribe: (_request, params): HttpResponse | OperationArgs<Context> => {
          let document: DocumentNode
          try {
            document = parse(params.query, { maxTokens: limits.maxTokens })
          } catch (error) {
            const syntax = error as GraphQLError
            const refused = {
              message: parseErrorMessage(syntax, limits),
              locations: syntax.locations,
              extensions: syntax.extensions,
            }
            return refusal(400, [refused])
          }
          // Only reads are cut short: a write that was accepted runs whole.
          const isQuery = getOperationAST(document, params.operationName)?.operation === 'query'
          const args: OperationArgs<Context> = {
            hideSuggestions,
            schema: graphQLSchema,
            document,
            variableValues: params.variables,
            operationName: params.operationName,
            contextValue: {
              headers: extraHeaders,
              req,
              deadline: isQuery ? deadline : undefined,
            },
          }
          const errors = refusalsOf(args, validationRules, limits)
          return errors.length > 0 ? refusal(400, errors) : args
        },
        execute: (args) => {
          const execution = execute(args)
          return (args.contextValue as Context).deadline ? deadline.race(execution) : execution
        },
        onOperation: async (request, args, executed) => {
          if (deadline.expired) return refusal(503, [deadline.error()])
          const { payload } = req
          const result =
            typeof payload.extensions === 'function'
              ? await payload.extensions({ args, req: request, result: executed as never })
              : executed
          if (!('errors' in result) || !result.errors) return result
          const errors = await Promise.all(
            result.errors.map((error: GraphQLError) => shapeError(error, req)),
          )
          return { ...result, errors } as never
        },
      })(forGraphQL)
      const headers = headersWithCors({ headers: new Headers(answer.headers), req })
      for (const [name, value] of Object.entries(extraHeaders)) headers.append(name, value)
      return new Response(answer.body, {
        status: answer.status,
        headers: req.responseHeaders ? mergeHeaders(req.responseHeaders, headers) : headers,
      })
    } finally {
      // An upload sent to a mutation that wrote nothing leaves its temp file behind otherwise.
      await unlinkClientUploadTempFile({ req })
    }
  }
}
