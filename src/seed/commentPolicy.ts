import type { Payload } from 'payload'

import { blockFromRule } from '../lib/commentPolicy'
import { DEMO_COMMENT_POLICY } from './content/commentPolicy'
import type { SeedCounts } from './demoContent'
import { document, paragraph } from './lexical'

type Req = Parameters<Payload['create']>[0]['req']

/**
 * The demo blog's comment policy, made the site default. Found by name, so a second run (or an
 * owner's later edits) is left alone; an owner-chosen default is never replaced.
 */
export async function seedCommentPolicy(
  payload: Payload,
  req: Req,
  counts: SeedCounts,
  log: (line: string) => void,
) {
  log('seed: comment policy')
  const entry = (counts['comment-policies'] ??= { created: 0, existing: 0 })
  const found = await payload.find({
    collection: 'comment-policies',
    where: { name: { equals: DEMO_COMMENT_POLICY.name } },
    limit: 1,
    depth: 0,
    req,
  })
  let id = found.docs[0]?.id
  if (id) entry.existing++
  else {
    const created = await payload.create({
      collection: 'comment-policies',
      data: {
        name: DEMO_COMMENT_POLICY.name,
        introduction: document(
          ...DEMO_COMMENT_POLICY.introduction.map((text) => paragraph(text)),
        ) as never,
        rules: DEMO_COMMENT_POLICY.rules.map(blockFromRule) as never,
      },
      req,
    })
    id = created.id
    entry.created++
  }
  const settings = await payload.findGlobal({ slug: 'site-settings', depth: 0, req })
  if (!settings.defaultCommentPolicy) {
    await payload.updateGlobal({ slug: 'site-settings', data: { defaultCommentPolicy: id }, req })
  }
  return id
}
