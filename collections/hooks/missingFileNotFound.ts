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
  return Response.json(
    { errors: [{ message: `No file named "${params.filename.slice(0, 200)}".` }] },
    { status: 404, headers: headersWithCors({ headers: new Headers(), req }) },
  )
}

// Payload's type says Promise<void> or Promise<Response>; a handler that passes resolves to nothing.
export const missingFileNotFound: Handler = (req, { params }) =>
  answerIfMissing(req, params) as Promise<Response>
