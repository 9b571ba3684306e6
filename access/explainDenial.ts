/**
 * Payload answers every refusal with "You are not allowed to perform this action." and a 403.
 * This names what was refused and why, and answers 401 to a client that is not signed in, on
 * REST and GraphQL alike.
 */
import type { AfterErrorHook } from 'payload'

const OPERATION_BY_METHOD: Record<string, string> = {
  GET: 'read',
  POST: 'create',
  PATCH: 'update',
  PUT: 'update',
  DELETE: 'delete',
}

/** "updatePost" -> ["update", "Post"]; "Posts" -> ["read", "Posts"]. */
function fromGraphQLField(field: string): [string, string] {
  const match =
    /^(create|update|delete|duplicate|restoreVersion|count|docAccess|version|versions)(.+)$/.exec(
      field,
    )
  if (!match) return ['read', field]
  const [, verb, target] = match
  const operation =
    verb === 'count' || verb === 'docAccess' || verb?.startsWith('version') ? 'read' : verb!
  return [operation, target!]
}

export function denialMessage(
  signedIn: boolean,
  operation: string,
  target: string,
  roles: string[],
): string {
  if (!signedIn) return `Sign in to ${operation} ${target}: the public may not.`
  return `Your role (${roles.join(', ') || 'none'}) may not ${operation} ${target}${operation === 'read' ? '' : ' here'}.`
}

export const explainDenial: AfterErrorHook = ({
  error,
  req,
  collection,
  result,
  graphqlResult,
}) => {
  // GraphQL hands over its own wrapper; the access error is inside it.
  const cause = (error as { originalError?: Error }).originalError ?? error
  // Only Payload's own access refusal: our hooks' 403s already say what they refuse.
  if (cause.name !== 'Forbidden') return
  const signedIn = Boolean(req.user)
  const roles = ((req.user as { roles?: string[] } | null)?.roles ?? []).map(String)
  const code = signedIn ? 403 : 401

  if (graphqlResult) {
    const field = typeof graphqlResult.path?.[0] === 'string' ? graphqlResult.path[0] : ''
    const [operation, target] = fromGraphQLField(field)
    return {
      graphqlResult: {
        ...graphqlResult,
        message: denialMessage(signedIn, operation, target, roles),
        extensions: { ...graphqlResult.extensions, statusCode: code },
      },
    }
  }

  const operation = OPERATION_BY_METHOD[req.method ?? 'GET'] ?? 'use'
  const target =
    collection?.slug ?? new URL(req.url ?? '/', 'http://x').pathname.split('/')[2] ?? 'this'
  const message = denialMessage(signedIn, operation, target, roles)
  return {
    status: code,
    response: { ...result, errors: [{ message }] },
  }
}
