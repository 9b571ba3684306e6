/** What a client is told when a GraphQL request is refused for its size or its running time. */
export const messages = {
  tooManyTokens: (max: number) =>
    `The query is too long: at most ${max} tokens (names, punctuation, values) are accepted.`,
  tooManyOperations: (count: number, max: number) =>
    `The document holds ${count} operations; at most ${max} are accepted in one request.`,
  repeated: (name: string, count: number, max: number) =>
    `The query asks for "${name}" ${count} times in one selection; at most ${max} are accepted.`,
  tooManyAliases: (count: number, max: number) =>
    `The query uses ${count} aliases; at most ${max} are accepted in one request.`,
  tooDeep: (depth: number, max: number) =>
    `The query nests fields ${depth} deep; at most ${max} levels are accepted.`,
  tooComplex: (cost: number, max: number) =>
    `The query exceeds the maximum complexity of ${max}: it would load about ${cost} fields ` +
    `(each list and join counts its limit times what it selects). Ask for fewer documents ` +
    `(a smaller limit) or fewer nested lists.`,
  unboundedList: (field: string) =>
    `${field}: pagination: false is not accepted; ask for a page with limit and page.`,
  listLimit: (field: string, limit: unknown, max: number) =>
    `${field}: limit must be a whole number from 1 to ${max} (got ${String(limit)}).`,
  listPage: (field: string, page: unknown) =>
    `${field}: page must be a whole number from 1 (got ${String(page)}).`,
  overBudget: (ms: number) =>
    `The query took longer than the ${ms / 1000} s allowed for one request and was stopped. ` +
    `Ask for less (smaller limits, fewer nested lists) or split it into several requests.`,
}
