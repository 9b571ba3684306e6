/**
 * Places where the GraphQL schema Payload 3.90 builds answers a well-formed query with an
 * internal error or a wrong answer, mended once when the schema is built (src/lib/http/graphql.ts):
 *
 * - `docAccess<Global>` resolvers take `(parent, context)` where graphql-js passes
 *   `(parent, args, context)`, so every such query fails reading `context.req`.
 * - The access operation answers a permission as `true` (or leaves an operation out) where the
 *   schema's `<X>Access` types promise `{ permission: Boolean! }`, and leaves `canAccessAdmin` out
 *   for visitors: each became "Cannot return null for non-nullable field". A permission that is
 *   absent is a permission not granted (`{ permission: false }`).
 * - `verifyEmail<User>` exists for every auth collection, also those that do not verify email
 *   addresses, where it fails looking for a column that is not there. It is a 400 there, as the
 *   REST route is (src/lib/http/apiRoutes.ts).
 * - hasMany relationships and uploads answer in the order their loads resolve, not the stored
 *   order (./graphqlStoredOrder.ts).
 */
import {
  GraphQLObjectType,
  type GraphQLFieldResolver,
  type GraphQLSchema,
  getNamedType,
} from 'graphql'

import { keepStoredOrder } from './graphqlStoredOrder'

export type AuthCollection = { singularName: string; verifies: boolean; message: string }

/** A refusal the GraphQL handler reports with its status (as Payload's APIError would). */
class Refused extends Error {
  readonly status = 400
}

const granted = (source: unknown): boolean =>
  source === true ||
  (typeof source === 'object' &&
    source !== null &&
    (source as { permission?: unknown }).permission === true)

const whereOf = (source: unknown): unknown =>
  typeof source === 'object' && source !== null ? (source as { where?: unknown }).where : undefined

export function repairSchema(schema: GraphQLSchema, authCollections: AuthCollection[]): void {
  keepStoredOrder(schema)
  const queries = schema.getQueryType()?.getFields() ?? {}
  for (const [name, field] of Object.entries(queries)) {
    // Collections' docAccess takes an `id`; globals' takes nothing and has the short signature.
    if (!name.startsWith('docAccess') || field.args.length > 0 || !field.resolve) continue
    const resolve = field.resolve as (...args: unknown[]) => unknown
    field.resolve = ((parent, _args, context, info) =>
      resolve(parent, context, context, info)) as GraphQLFieldResolver<unknown, unknown>
  }

  for (const type of Object.values(schema.getTypeMap())) {
    if (!(type instanceof GraphQLObjectType) || type.name.startsWith('__')) continue
    const fields = type.getFields()
    if (fields.permission && getNamedType(fields.permission.type).name === 'Boolean') {
      fields.permission.resolve = granted
      if (fields.where) fields.where.resolve = whereOf
    }
    // An operation the answer leaves out (`update` for a visitor) reads as not permitted.
    for (const [name, field] of Object.entries(fields)) {
      const target = getNamedType(field.type)
      if (target instanceof GraphQLObjectType && target.getFields().permission && !field.resolve) {
        field.resolve = (source) => (source as Record<string, unknown> | null)?.[name] ?? false
      }
    }
    if (type.name === 'Access' && fields.canAccessAdmin) {
      fields.canAccessAdmin.resolve = (source) =>
        Boolean((source as { canAccessAdmin?: unknown } | null)?.canAccessAdmin)
    }
  }

  const mutations = schema.getMutationType()?.getFields() ?? {}
  for (const { singularName, verifies, message } of authCollections) {
    const verify = mutations[`verifyEmail${singularName}`]
    if (verify && !verifies) {
      verify.resolve = () => {
        throw new Refused(message)
      }
    }
  }
}
