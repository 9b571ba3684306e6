/** A frontend's view of the CMS: REST and GraphQL over HTTP, optionally signed in. */
export type ApiClient = {
  rest: (
    method: string,
    path: string,
    body?: unknown,
    extraHeaders?: Record<string, string>,
  ) => Promise<{ status: number; body: any }>
  graphql: (
    query: string,
    variables?: Record<string, unknown>,
    extraHeaders?: Record<string, string>,
  ) => Promise<{ status: number; body: any }>
  login: (email: string, password: string) => Promise<string>
  /** The token of the last login, if any. */
  token: () => string | undefined
}

export function apiClient(baseUrl: string, token?: string): ApiClient {
  const headers = (extra: Record<string, string> = {}): Record<string, string> => ({
    'content-type': 'application/json',
    ...(token ? { authorization: `JWT ${token}` } : {}),
    ...extra,
  })
  const parse = async (response: Response) => {
    const text = await response.text()
    try {
      return { status: response.status, body: JSON.parse(text) }
    } catch {
      return { status: response.status, body: text }
    }
  }
  const client: ApiClient = {
    rest: async (method, path, body, extraHeaders) =>
      parse(
        await fetch(`${baseUrl}${path}`, {
          method,
          headers: headers(extraHeaders),
          body: body === undefined ? undefined : JSON.stringify(body),
        }),
      ),
    graphql: async (query, variables, extraHeaders) =>
      parse(
        await fetch(`${baseUrl}/api/graphql`, {
          method: 'POST',
          headers: headers(extraHeaders),
          body: JSON.stringify({ query, variables }),
        }),
      ),
    login: async (email, password) => {
      const { status, body } = await client.rest('POST', '/api/users/login', { email, password })
      if (status !== 200)
        throw new Error(`login as ${email} failed: ${status} ${JSON.stringify(body)}`)
      token = body.token as string
      return token
    },
    token: () => token,
  }
  return client
}
