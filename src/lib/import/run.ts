/**
 * Importing files as posts through the Local API, with the access of the user named by `--as`
 * and with webhooks and notifications off. Posts are matched by slug; a file whose text (and
 * images) have not changed since it was last imported is reported unchanged and not written again.
 *
 * Files go in batches: a batch is read, its slugs are looked up in one query, each file is prepared
 * (prepare.ts), and the posts are written in one transaction. One bad file never stops the others:
 * a write that fails rolls its batch back, and the batch is written again one post at a time.
 *
 * On a long import, worker threads convert the bodies (convert.ts): the next batch's new posts are
 * converted there while this thread writes the current batch.
 */
import { APIError, Forbidden, ValidationError, type Payload } from 'payload'

import { verifyReferences } from '../../../collections/hooks/ensureRelationsExist'
import type { VerifiedReferences } from '../../../collections/hooks/requestContext'

import { invalidateReadCacheAfterBulkWrite } from '../../plugins/readCache'
import { importAccess, type ImportAccess } from './access'
import { SourceError } from './parse'
import { bodyConverter, inProcessConverter, workerConverter, workerCountFor } from './convert'
import {
  createPreparer,
  type Checked,
  type ExistingPost,
  type PrepareOptions,
  type Prepared,
  type ReadFile,
  type Unchanged,
} from './prepare'
import { beginBatch, endBatch, type TransactionID } from './transaction'

export type ImportStatus = 'created' | 'updated' | 'unchanged' | 'failed'

export interface ImportOutcome {
  file: string
  status: ImportStatus
  slug?: string
  reason?: string
  line?: number
  /** What was imported otherwise than written: a remote image kept as a link, say. */
  warnings?: string[]
}

export interface ImportOptions extends PrepareOptions {
  files: string[]
  /** Email of the user the import acts as; their access applies to every write. */
  as: string
  /** Write each batch in one transaction (the default); off where other writers share the process. */
  transactions?: boolean
  /**
   * Worker threads converting Markdown and HTML while posts are written; 0 converts on this
   * thread. By default none for a short import, else one fewer than the cores.
   */
  workers?: number
  onProgress?: (done: number, total: number, outcome: ImportOutcome) => void
}

/** Posts per batch: most commits saved, while another process waiting to write waits about a second. */
const BATCH_SIZE = 50

type Planned = Prepared & { outcome: ImportOutcome }

function reasonOf(error: unknown): { reason: string; line?: number } {
  if (error instanceof SourceError) return { reason: error.message, line: error.line }
  if (error instanceof ValidationError) {
    const errors = (error.data as { errors?: { path: string; message: string }[] }).errors ?? []
    return {
      reason: errors.map((item) => `${item.path}: ${item.message}`).join('; ') || error.message,
    }
  }
  if (error instanceof Forbidden) {
    return {
      reason:
        'the --as user may not do this (create, edit or publish this post, or add what it names)',
    }
  }
  if (error instanceof APIError) return { reason: error.message }
  return { reason: (error as Error).message ?? String(error) }
}

const failed = (file: string, error: unknown): ImportOutcome => ({
  file,
  status: 'failed',
  ...reasonOf(error),
})
const withWarnings = (warnings: string[]) => (warnings.length > 0 ? { warnings } : {})

/** Writes one post; each gets its own request, as the workflow hooks keep notes on it. */
async function save(
  payload: Payload,
  access: ImportAccess,
  post: Planned,
  batch?: { transactionID: TransactionID; verifiedReferences: VerifiedReferences },
) {
  const req = {
    context: {
      ...access.context,
      ...(batch ? { verifiedReferences: batch.verifiedReferences } : {}),
    },
    ...(batch ? { transactionID: batch.transactionID } : {}),
  }
  // depth 0: the answer is not read, so nothing in it needs populating.
  const common = {
    data: post.data as never,
    draft: post.draft,
    depth: 0,
    overrideAccess: false,
    user: access.user,
    req,
  }
  if (post.id) await payload.update({ collection: 'posts', id: post.id, ...common })
  else await payload.create({ collection: 'posts', ...common })
}

async function write(
  payload: Payload,
  access: ImportAccess,
  posts: Planned[],
  transactions: boolean,
) {
  let transactionID: TransactionID | null = null
  try {
    // One post gains nothing from a transaction of its own.
    if (transactions && posts.length > 1) transactionID = await beginBatch(payload)
  } catch (error) {
    // No transaction to be had (another writer held the database past the busy timeout): each
    // post below then meets the lock on its own, and a post that cannot wait fails with the reason.
    payload.logger.debug({ err: error, msg: 'import: no batch transaction' })
  }
  if (transactionID !== null) {
    try {
      // The batch's authors, categories, tags and images, checked once inside its transaction
      // rather than by ensureRelationsExist for every post (three queries each).
      const verifiedReferences = await verifyReferences(
        { payload, transactionID },
        payload.collections.posts.config.fields,
        posts.map((post) => post.data),
      )
      const batch = { transactionID, verifiedReferences }
      for (const post of posts) await save(payload, access, post, batch)
      await endBatch(payload, transactionID, true)
      return
    } catch {
      // A failed write took the whole batch's transaction with it; the posts are written again
      // below, one by one, so that only the bad file fails.
      await endBatch(payload, transactionID, false)
    }
  }
  for (const post of posts) {
    try {
      await save(payload, access, post)
    } catch (error) {
      post.outcome = { ...failed(post.file, error), ...withWarnings(post.warnings) }
    }
  }
}

export async function runImport(
  payload: Payload,
  options: ImportOptions,
): Promise<ImportOutcome[]> {
  const access = await importAccess(payload, options.as)
  const files = options.files
  const convertHere = bodyConverter(payload.collections.posts.config.fields)
  const workers = options.workers ?? workerCountFor(files.length)
  const converter =
    workers > 0
      ? workerConverter(convertHere, workers, (error) =>
          payload.logger.warn({ err: error, msg: 'import: a conversion thread stopped' }),
        )
      : inProcessConverter(convertHere)
  const { read, check, finish, convert } = createPreparer(payload, access, options, converter)
  const outcomes: ImportOutcome[] = []

  let next = 0
  /**
   * The next batch of files, read. A slug met twice ends it, so that the second file finds the
   * post the first one wrote, as it would have one file at a time.
   */
  async function readBatch() {
    const batch: (ReadFile | ImportOutcome)[] = []
    const slugs = new Set<string>()
    while (next < files.length && batch.length < BATCH_SIZE) {
      const file = files[next]!
      let item: ReadFile | ImportOutcome
      try {
        item = await read(file)
      } catch (error) {
        item = failed(file, error)
      }
      if ('source' in item) {
        if (slugs.has(item.slug)) break
        slugs.add(item.slug)
      }
      batch.push(item)
      next++
    }
    return { batch, slugs: [...slugs] }
  }

  /**
   * While a batch is written, the other threads convert the next one: the files whose slug no post
   * holds yet (a file for an existing post may be unchanged, which only its images tell).
   */
  async function convertAhead({ batch, slugs }: Awaited<ReturnType<typeof readBatch>>) {
    if (!converter.parallel || slugs.length === 0) return
    const known = await existingPosts(payload, access, slugs)
    for (const item of batch) if ('source' in item && !known.has(item.slug)) void convert(item)
  }

  try {
    let current = await readBatch()
    while (current.batch.length > 0) {
      const { batch, slugs } = current
      const existing = await existingPosts(payload, access, slugs)
      // First every file is checked (which starts its conversion), then finished in order.
      const checked: (Checked | Unchanged | ImportOutcome)[] = []
      for (const item of batch) {
        if (!('source' in item)) {
          checked.push(item)
          continue
        }
        try {
          checked.push(await check(item, existing.get(item.slug)))
        } catch (error) {
          // One bad file never stops the others; its reason (and line) is reported instead.
          checked.push(failed(item.file, error))
        }
      }
      const results: (Planned | ImportOutcome)[] = []
      for (const [index, item] of batch.entries()) {
        const result = checked[index]!
        if ('status' in result) {
          results.push(result)
          continue
        }
        const read = item as ReadFile
        const base = { file: read.file, slug: read.slug, ...withWarnings(result.warnings) }
        if ('unchanged' in result) {
          results.push({ ...base, status: 'unchanged' })
          continue
        }
        try {
          const prepared = await finish(result)
          const status = result.existing ? 'updated' : 'created'
          results.push({ ...prepared, outcome: { ...base, status } })
        } catch (error) {
          results.push(failed(read.file, error))
        }
      }
      const upcoming = await readBatch()
      await convertAhead(upcoming)
      const planned = results.filter((result): result is Planned => 'outcome' in result)
      if (!options.dryRun && planned.length > 0)
        await write(payload, access, planned, options.transactions ?? true)
      for (const result of results) {
        const outcome = 'outcome' in result ? result.outcome : result
        outcomes.push(outcome)
        options.onProgress?.(outcomes.length, files.length, outcome)
      }
      current = upcoming
    }
  } finally {
    await converter.close()
    // Each save deferred it (see access.ts): public answers are forgotten once, at the end.
    if (!options.dryRun) await invalidateReadCacheAfterBulkWrite(payload)
  }
  return outcomes
}

/** The posts holding these slugs (their latest version, drafts included), in one query. */
export async function existingPosts(
  payload: Payload,
  access: ImportAccess,
  slugs: string[],
): Promise<Map<string, ExistingPost>> {
  if (slugs.length === 0) return new Map()
  const { docs } = await payload.find({
    collection: 'posts',
    where: { slug: { in: slugs } },
    draft: true,
    pagination: false,
    depth: 0,
    select: { slug: true, importHash: true },
    ...access,
  })
  return new Map(
    docs.map((doc) => [String(doc.slug), { id: String(doc.id), importHash: doc.importHash }]),
  )
}
