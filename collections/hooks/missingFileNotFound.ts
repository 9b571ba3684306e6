import fs from 'node:fs/promises'
import path from 'node:path'

import {
  headersWithCors,
  type CollectionSlug,
  type PayloadRequest,
  type UploadConfig,
} from 'payload'

type Handler = NonNullable<UploadConfig['handlers']>[number]
type Params = Parameters<Handler>[1]['params']

/**
 * A file the upload folder does not hold is a 404. Payload answers a 500 for it (a name nobody
 * uploaded, or one longer than the file system allows), after access to it was checked: this
 * handler runs after that check and before Payload's own file serving, and only answers when
 * the file is not there.
 */
async function answerIfMissing(req: PayloadRequest, params: Params): Promise<Response | void> {
  const upload = req.payload.collections[params.collection as CollectionSlug]?.config.upload
  // Files kept elsewhere (a storage adapter) are that adapter's to find.
  if (!upload || upload.disableLocalStorage) return
  const staticDir = path.resolve(upload.staticDir || params.collection)
  const filePath = path.resolve(staticDir, params.filename)
  // Payload refuses names that leave the folder itself (400); leave those to it.
  if (!filePath.startsWith(staticDir + path.sep)) return
  try {
    if ((await fs.stat(filePath)).isFile()) return
  } catch {
    // ENOENT, ENAMETOOLONG, ENOTDIR: not a file here.
  }
  return notFound(req, params)
}

function notFound(req: PayloadRequest, params: Params): Response {
  return Response.json(
    { errors: [{ message: `No file named "${params.filename.slice(0, 200)}".` }] },
    { status: 404, headers: headersWithCors({ headers: new Headers(), req }) },
  )
}

/** True when a document of the collection names the file, as its own or one of its sizes. */
async function someDocumentNames(req: PayloadRequest, params: Params): Promise<boolean> {
  const slug = params.collection as CollectionSlug
  const sizes = req.payload.collections[slug]?.config.upload.imageSizes ?? []
  const doc = await req.payload.db.findOne({
    collection: slug,
    req,
    where: {
      or: [
        { filename: { equals: params.filename } },
        ...sizes.map((size) => ({ [`sizes.${size.name}.filename`]: { equals: params.filename } })),
      ],
    },
  })
  return Boolean(doc)
}

// Payload's type says Promise<void> or Promise<Response>; a handler that passes resolves to nothing.
export const missingFileNotFound: Handler = (req, { params }) =>
  answerIfMissing(req, params) as Promise<Response>

/**
 * The same 404 for a file kept in a bucket: wraps the storage adapter's handler, which answers
 * an empty 404 for a missing object and a 500 when the store refuses the name (too long for it).
 * A 5xx for a file some document names is a real storage failure and stays one.
 */
export function missingObjectNotFound(handler: Handler): Handler {
  return (async (req, args) => {
    const response = (await handler(req, args)) as Response | void
    if (!(response instanceof Response) || response.status < 404) return response
    const missing =
      response.status === 404 ||
      (response.status >= 500 && !(await someDocumentNames(req, args.params)))
    if (!missing) return response
    await response.body?.cancel()
    return notFound(req, args.params)
  }) as Handler
}
