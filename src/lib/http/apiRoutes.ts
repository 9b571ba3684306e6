/**
 * REST routes Payload registers for every collection and global whether or not the feature
 * behind them is on, and that then fail deep inside with a 500 (a query on a versions table or a
 * verification column that does not exist), or answer 501 (internal collections without
 * endpoints). They are refused here with a 404, before Payload runs; so is a path that cannot be
 * decoded or holds a NUL (which reaches the file system for `/file/` routes).
 */

export type RouteFeatures = {
  /** The API's mount, `/api`. */
  apiRoute: string
  /** Collections Payload serves no REST for (`endpoints: false`: payload-migrations …). */
  withoutEndpoints: ReadonlySet<string>
  /** Collections and globals that keep versions. */
  versionedCollections: ReadonlySet<string>
  versionedGlobals: ReadonlySet<string>
  /** Auth collections that verify email addresses (`auth.verify`). */
  verifyingCollections: ReadonlySet<string>
  /** Collections that hold files (`upload`). */
  uploadCollections: ReadonlySet<string>
}

export type RouteRefusal = { status: 400 | 404; message: string }

export const routeMessages = {
  badEncoding: 'The path is not valid percent-encoding.',
  nulInPath: 'The path may not contain a NUL character.',
  badFileName: 'A file name may not contain a path separator (/ or \\).',
  notFound: (path: string) => `Route not found "${path}".`,
  noVersions: (slug: string) => `${slug} keeps no versions.`,
  noVerification: (slug: string) => `${slug} does not verify email addresses.`,
}

function decodeSegments(path: string): string[] | undefined {
  try {
    return path.split('/').map((segment) => decodeURIComponent(segment))
  } catch {
    // A malformed escape (`%E0%A4%A`) is the client's mistake, answered below.
    return undefined
  }
}

/**
 * Why `pathname` (as sent, percent-encoded) is not a route, or undefined when Payload may have
 * it. Only paths under `features.apiRoute` are judged.
 */
export function routeRefusal(features: RouteFeatures, pathname: string): RouteRefusal | undefined {
  const prefix = `${features.apiRoute}/`
  if (!pathname.startsWith(prefix)) return undefined
  const segments = decodeSegments(pathname.slice(prefix.length))
  if (!segments) return { status: 400, message: routeMessages.badEncoding }
  if (segments.some((segment) => segment.includes('\0'))) {
    return { status: 400, message: routeMessages.nulInPath }
  }
  const [first, second, third] = segments
  if (first === 'globals') {
    if (third === 'versions' && second && !features.versionedGlobals.has(second)) {
      return { status: 404, message: routeMessages.noVersions(second) }
    }
    return undefined
  }
  if (!first) return undefined
  if (features.withoutEndpoints.has(first)) {
    return { status: 404, message: routeMessages.notFound(pathname) }
  }
  if (second === 'versions' && !features.versionedCollections.has(first)) {
    return { status: 404, message: routeMessages.noVersions(first) }
  }
  if (second === 'verify' && !features.verifyingCollections.has(first)) {
    return { status: 404, message: routeMessages.noVerification(first) }
  }
  if (second === 'file' && features.uploadCollections.has(first) && /[/\\]/.test(third ?? '')) {
    return { status: 400, message: routeMessages.badFileName }
  }
  return undefined
}
