/**
 * The cost of a GraphQL query: about one point per field per document it would load, so a list
 * or join counts its limit times what it selects, and nesting multiplies.
 *
 * - A list query or join field (a field with a `limit` argument whose type has `docs` and
 *   `hasNextPage`, as Payload builds them) costs 1 + limit × its selection; without `limit` it
 *   counts the join's `defaultLimit` (Payload keeps the field's config in the GraphQL field's
 *   `extensions.field`) or the list default of 10. `limit` outside 1..maxListLimit and
 *   `pagination: false` are refused: both would load the whole table. A `page` below 1 is
 *   refused too (REST refuses it as well; Postgres fails on the negative offset).
 * - Any other list of objects (a hasMany relationship, an array field) counts its `maxRows`, or
 *   10; the `docs` of a list query are already counted by their limit.
 * - Every other field costs 1 plus its selection; introspection fields count once each, and add
 *   no depth (the introspection switch decides whether they are answered at all).
 *
 * The walk follows fragment spreads, once per fragment, so it must only run on a document that
 * graphql-js's NoFragmentCyclesRule has accepted.
 */
import {
  getArgumentValues,
  getNamedType,
  getNullableType,
  getVariableValues,
  GraphQLError,
  isCompositeType,
  isInterfaceType,
  isListType,
  isObjectType,
  Kind,
  SchemaMetaFieldDef,
  TypeMetaFieldDef,
  type ASTNode,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValidationRule,
} from 'graphql'

import type { GraphQLLimits } from './limits'
import { messages } from './messages'

export type Measure = { cost: number; depth: number }

type CostLimits = Pick<
  GraphQLLimits,
  'maxCost' | 'maxDepth' | 'maxListLimit' | 'defaultListLimit' | 'defaultListItems'
>

/** What Payload keeps of a field's config on the GraphQL field (`extensions.field`). */
type PayloadFieldConfig = { defaultLimit?: unknown; maxRows?: unknown }

const ZERO: Measure = { cost: 0, depth: 0 }

function isPaginated(type: GraphQLNamedType): boolean {
  if (!isObjectType(type)) return false
  const fields = type.getFields()
  return 'docs' in fields && 'hasNextPage' in fields
}

function positiveInteger(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isInteger(value) && value > 0 ? value : undefined
}

class Walker {
  private readonly fragments = new Map<string, Measure>()
  private readonly walking = new Set<string>()
  readonly errors: GraphQLError[] = []

  constructor(
    private readonly schema: GraphQLSchema,
    private readonly definitions: Map<string, FragmentDefinitionNode>,
    private readonly variables: Record<string, unknown>,
    private readonly limits: CostLimits,
  ) {}

  selections(set: SelectionSetNode, type: GraphQLCompositeType): Measure {
    let cost = 0
    let depth = 0
    for (const selection of set.selections) {
      let measure = ZERO
      if (selection.kind === Kind.FIELD) measure = this.field(selection, type)
      else if (selection.kind === Kind.FRAGMENT_SPREAD)
        measure = this.fragment(selection.name.value)
      else {
        const condition = selection.typeCondition
          ? this.schema.getType(selection.typeCondition.name.value)
          : type
        if (isCompositeType(condition)) measure = this.selections(selection.selectionSet, condition)
      }
      cost += measure.cost
      depth = Math.max(depth, measure.depth)
    }
    return { cost, depth }
  }

  private fragment(name: string): Measure {
    const known = this.fragments.get(name)
    if (known) return known
    const definition = this.definitions.get(name)
    // Unknown fragments are graphql-js's to report; a cycle never gets here (see above), and
    // the guard keeps this walk finite even if it did.
    if (!definition || this.walking.has(name)) return ZERO
    const type = this.schema.getType(definition.typeCondition.name.value)
    if (!isCompositeType(type)) return ZERO
    this.walking.add(name)
    const measure = this.selections(definition.selectionSet, type)
    this.walking.delete(name)
    this.fragments.set(name, measure)
    return measure
  }

  private field(node: FieldNode, parent: GraphQLCompositeType): Measure {
    const name = node.name.value
    if (name === '__typename') return ZERO
    const field =
      name === '__schema'
        ? SchemaMetaFieldDef
        : name === '__type'
          ? TypeMetaFieldDef
          : isObjectType(parent) || isInterfaceType(parent)
            ? parent.getFields()[name]
            : undefined
    if (!field) return ZERO
    const type = getNamedType(field.type)
    const child =
      node.selectionSet && isCompositeType(type) ? this.selections(node.selectionSet, type) : ZERO
    // Introspection reads the schema, not the database: each field counts once and adds no
    // depth, so a client's standard introspection query fits while fragments cannot blow it up.
    if (name.startsWith('__') || parent.name.startsWith('__'))
      return { cost: 1 + child.cost, depth: child.depth }
    const items = this.itemsOf(field, node, parent)
    return { cost: 1 + items * child.cost, depth: 1 + child.depth }
  }

  /** How many documents or entries the field's selection is answered for. */
  private itemsOf(
    field: GraphQLField<unknown, unknown>,
    node: FieldNode,
    parent: GraphQLCompositeType,
  ): number {
    const type = getNamedType(field.type)
    const config = field.extensions?.field as PayloadFieldConfig | undefined
    const { maxListLimit } = this.limits
    if (isPaginated(type) && field.args.some((arg) => arg.name === 'limit')) {
      let args: Record<string, unknown>
      try {
        args = getArgumentValues(field, node, this.variables)
      } catch {
        // A bad argument is reported by validation or execution; count the worst case.
        return maxListLimit
      }
      const where = `${parent.name}.${field.name}`
      if (args.pagination === false) {
        this.report(messages.unboundedList(where), node)
        return maxListLimit
      }
      // As REST's `page` (src/lib/http/queryBounds.ts): a page before the first is no page.
      if (args.page != null && !positiveInteger(args.page)) {
        this.report(messages.listPage(where, args.page), node)
      }
      const limit =
        args.limit ?? positiveInteger(config?.defaultLimit) ?? this.limits.defaultListLimit
      if (!positiveInteger(limit) || (limit as number) > maxListLimit) {
        this.report(messages.listLimit(where, limit, maxListLimit), node)
        return maxListLimit
      }
      return limit as number
    }
    if (isListType(getNullableType(field.type)) && isCompositeType(type)) {
      if (field.name === 'docs' && isPaginated(parent)) return 1
      return positiveInteger(config?.maxRows) ?? this.limits.defaultListItems
    }
    return 1
  }

  private report(message: string, node: ASTNode) {
    this.errors.push(new GraphQLError(message, { nodes: [node] }))
  }
}

export type OperationMeasure = Measure & { errors: GraphQLError[] }

/**
 * The cost and depth of the operation that would run (`operationName`, or every operation when
 * none is named), with the refusals for list limits, depth and cost. Undefined when the
 * variables do not fit the operation: execution refuses those before any resolver runs.
 */
export function measureOperation(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  rawVariables: Record<string, unknown> | null | undefined,
  limits: CostLimits,
): OperationMeasure | undefined {
  const { coerced } = getVariableValues(
    schema,
    operation.variableDefinitions ?? [],
    rawVariables ?? {},
  )
  if (!coerced) return undefined
  const root =
    operation.operation === 'mutation'
      ? schema.getMutationType()
      : operation.operation === 'subscription'
        ? schema.getSubscriptionType()
        : schema.getQueryType()
  if (!root) return undefined
  const definitions = new Map<string, FragmentDefinitionNode>()
  for (const definition of document.definitions)
    if (definition.kind === Kind.FRAGMENT_DEFINITION)
      definitions.set(definition.name.value, definition)
  const walker = new Walker(schema, definitions, coerced, limits)
  const { cost, depth } = walker.selections(operation.selectionSet, root)
  const errors = walker.errors
  if (depth > limits.maxDepth)
    errors.push(new GraphQLError(messages.tooDeep(depth, limits.maxDepth), { nodes: [operation] }))
  if (cost > limits.maxCost)
    errors.push(new GraphQLError(messages.tooComplex(cost, limits.maxCost), { nodes: [operation] }))
  return { cost, depth, errors }
}

/**
 * A validation rule refusing an operation over the cost, depth or list limits. Run it on its own
 * after graphql-js's specified rules (see graphql.ts): it follows fragments.
 */
export function costRule(
  limits: CostLimits,
  {
    variables,
    operationName,
  }: { variables?: Record<string, unknown> | null; operationName?: string | null },
): ValidationRule {
  return (context) => ({
    OperationDefinition(operation) {
      if (operationName && operation.name?.value !== operationName) return
      const measure = measureOperation(
        context.getSchema(),
        context.getDocument(),
        operation,
        variables,
        limits,
      )
      for (const error of measure?.errors ?? []) context.reportError(error)
    },
  })
}
