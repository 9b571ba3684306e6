/**
 * What one GraphQL request may ask of the server. The numbers are sized so that every page query
 * in docs/queries fits with room to spare (the costliest, the home page, is about 850 points and
 * 120 tokens), while nesting join fields or repeating a list query under aliases is refused before
 * anything runs.
 */
export type GraphQLLimits = {
  /** Most points a request may cost (see cost.ts): about one per field per document loaded. */
  maxCost: number
  /** Most nested fields, counted from the root field (introspection fields are not counted). */
  maxDepth: number
  /** Most aliased fields in the document. */
  maxAliases: number
  /** Most operations (queries, mutations) in one document; one of them runs. */
  maxOperations: number
  /**
   * Most lexical tokens in the document: parsing stops there. This also bounds graphql-js's own
   * validation, some of which is quadratic in the fields written.
   */
  maxTokens: number
  /** Most times one response name (a field or alias) may be written in one selection set. */
  maxRepeats: number
  /** Largest `limit` a list or join field may be asked for; 0 (everything) is refused. */
  maxListLimit: number
  /** Documents a list query returns when no `limit` is given (Payload's default). */
  defaultListLimit: number
  /** Entries assumed in a list field without `maxRows` (hasMany relationships, arrays). */
  defaultListItems: number
  /** Wall-clock time a request may take; after it no further resolver runs. */
  budgetMs: number
}

export const GRAPHQL_LIMITS: GraphQLLimits = {
  maxCost: 2000,
  maxDepth: 12,
  maxAliases: 30,
  maxOperations: 5,
  maxTokens: 2000,
  maxRepeats: 10,
  maxListLimit: 100,
  defaultListLimit: 10,
  defaultListItems: 10,
  budgetMs: 5000,
}
