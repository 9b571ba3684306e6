/**
 * GraphQL on the Express server's own Payload instance (the same work Payload's Next route does,
 * without a second instance of Payload in the process): the request is turned into a
 * PayloadRequest, graphql-http runs it against the schema built once from the config, and errors
 * are shaped and passed through the config's `afterError` hooks as Payload does.
 */
import { configToSchema } from '@payloadcms/graphql'
import type { GraphQLError } from 'graphql'
import { createHandler } from 'graphql-http/lib/use/fetch'
import {
  addDataAndFileToRequest,
  addLocalesToRequestFromData,
  createPayloadRequest,
  headersWithCors,
  logError,
  mergeHeaders,
  unlinkClientUploadTempFile,
  type PayloadRequest,
  type SanitizedConfig,
} from 'payload'

type Schema = ReturnType<typeof configToSchema>

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

export function graphqlHandler(
  config: SanitizedConfig,
  payloadInstanceCacheKey: string,
): (request: Request) => Promise<Response> {
  let schema: Schema | undefined
  return async (request) => {
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
      schema ??= configToSchema(req.payload.config)
      const { validationRules } = schema
      const extraHeaders: Record<string, string> = {}
      const answer = await createHandler({
        schema: schema.schema,
        context: { headers: extraHeaders, req },
        validationRules: (_request, args, defaults) => defaults.concat(validationRules(args)),
        onOperation: async (request, args, executed) => {
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
