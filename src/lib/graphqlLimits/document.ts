/**
 * Checks on the parsed document alone, before any validation rule runs: each visits every node
 * once and never follows a fragment spread, so they are safe on any document (cyclic fragments
 * included) and cheap on a large one. graphql-js's own rules, some quadratic in the number of
 * fields, only run on what passes.
 *
 * graphql-js's `hideSuggestions` option (validate, execute) drops its "Did you mean …?"
 * suggestions, which would name fields, arguments and enum values a client did not ask for.
 */
import {
  getOperationAST,
  getVariableValues,
  GraphQLError,
  Kind,
  visit,
  type DocumentNode,
  type GraphQLSchema,
} from 'graphql'

import type { GraphQLLimits } from './limits'
import { messages } from './messages'

/** The refusals for too many operations, aliases or repeats; empty when the document is fine. */
export function documentErrors(
  document: DocumentNode,
  limits: Pick<GraphQLLimits, 'maxOperations' | 'maxAliases' | 'maxRepeats'>,
): GraphQLError[] {
  let operations = 0
  let aliases = 0
  let repeated: { name: string; count: number } | undefined
  visit(document, {
    OperationDefinition() {
      operations += 1
    },
    Field(node) {
      if (node.alias) aliases += 1
    },
    // graphql-js compares every pair of fields of one name in a selection set.
    SelectionSet(node) {
      const counts = new Map<string, number>()
      for (const selection of node.selections) {
        if (selection.kind !== Kind.FIELD) continue
        const name = (selection.alias ?? selection.name).value
        const count = (counts.get(name) ?? 0) + 1
        counts.set(name, count)
        if (count > limits.maxRepeats && count > (repeated?.count ?? 0)) repeated = { name, count }
      }
    },
  })
  const errors: GraphQLError[] = []
  if (operations > limits.maxOperations)
    errors.push(new GraphQLError(messages.tooManyOperations(operations, limits.maxOperations)))
  if (aliases > limits.maxAliases)
    errors.push(new GraphQLError(messages.tooManyAliases(aliases, limits.maxAliases)))
  if (repeated)
    errors.push(
      new GraphQLError(messages.repeated(repeated.name, repeated.count, limits.maxRepeats)),
    )
  return errors
}

/**
 * The refusals graphql-js would give at the start of execution, given here so that they are a
 * 400 like every other refusal: no operation to run (none named, or several and none chosen), or
 * variables that do not fit their declared types.
 */
export function operationErrors(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  variables: Record<string, unknown> | null | undefined,
  hideSuggestions = false,
): readonly GraphQLError[] {
  const operation = getOperationAST(document, operationName)
  if (!operation)
    return [
      new GraphQLError(
        operationName
          ? `operationName: the document has no operation named "${operationName}".`
          : 'operationName: the document holds several operations; name the one to run.',
      ),
    ]
  const definitions = operation.variableDefinitions ?? []
  return getVariableValues(schema, definitions, variables ?? {}, { hideSuggestions }).errors ?? []
}

/** A syntax error's message without the parser's internals; the token limit reads plainly. */
export function parseErrorMessage(error: GraphQLError, limits: Pick<GraphQLLimits, 'maxTokens'>) {
  // graphql-js 16 words it "contains more that 5000 tokens".
  return /contains more th(?:an|at) \d+ tokens/.test(error.message)
    ? messages.tooManyTokens(limits.maxTokens)
    : error.message
}
