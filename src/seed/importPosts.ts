/**
 * The demo posts Markdown can say (content/posts/*.md) go in through the importer, as an editor
 * would bring in a writer's archive with `npm run import`: the demo editor imports them, owned by
 * the writer's login. Posts that exist are left as they are, so a second seed writes nothing.
 */
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import type { Payload } from 'payload'

import { importAccess } from '../lib/import/access'
import { existingPosts, runImport } from '../lib/import/run'
import { demoEmail } from './demoUsers'

const POSTS_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'content', 'posts')

export type ImportedPosts = { ids: Record<string, string>; created: number; existing: number }

export async function importDemoPosts(
  payload: Payload,
  owner: string | undefined,
): Promise<ImportedPosts> {
  const files = fs
    .readdirSync(POSTS_DIR)
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => path.join(POSTS_DIR, name))
  const outcomes = await runImport(payload, {
    files,
    as: demoEmail('editor'),
    createOnly: true,
    // The seed may run inside the server, whose jobs runner writes too.
    transactions: false,
    // What the files do not say: whose post it is, and the SEO title and description.
    extraData: ({ title, excerpt }) => ({ owner, meta: { title, description: excerpt } }),
  })
  const failed = outcomes.find((outcome) => outcome.status === 'failed')
  if (failed)
    throw new Error(`seed: importing ${path.basename(failed.file)} failed: ${failed.reason}`)

  const slugs = outcomes.map((outcome) => outcome.slug!)
  const posts = await existingPosts(
    payload,
    await importAccess(payload, demoEmail('editor')),
    slugs,
  )
  return {
    ids: Object.fromEntries([...posts].map(([slug, post]) => [slug, post.id])),
    created: outcomes.filter((outcome) => outcome.status === 'created').length,
    existing: outcomes.filter((outcome) => outcome.status === 'unchanged').length,
  }
}
