/**
 * What the preview route can tell from a token before asking the API: its shape, the document it
 * names and whether it has expired. The signature is checked where it matters, by the API
 * (access/readWithPreview.ts): a forged token reads nothing that is not already public.
 */
export type PreviewTokenProblem = 'missing' | 'malformed' | 'other-document' | 'expired'

export function previewTokenProblem(
  token: string | string[] | undefined,
  collection: string,
  id: string,
  now = Date.now(),
): PreviewTokenProblem | null {
  if (typeof token !== 'string' || token === '') return 'missing'
  const [payload, signature, extra] = token.split('.')
  if (!payload || !signature || extra !== undefined) return 'malformed'
  let claims: { collection?: unknown; id?: unknown; exp?: unknown }
  try {
    claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'))
  } catch {
    // Not JSON: not one of ours.
    return 'malformed'
  }
  if (typeof claims !== 'object' || claims === null || typeof claims.exp !== 'number')
    return 'malformed'
  if (claims.collection !== collection || claims.id !== id) return 'other-document'
  if (claims.exp * 1000 <= now) return 'expired'
  return null
}
