import type { PayloadRequest } from 'payload'

import {
  compilePolicy,
  rulesFromBlocks,
  type CompiledPolicy,
  type RuleBlock,
} from '../../src/lib/commentPolicy'
import { relationshipId } from '../fields/relationshipIds'

export type PolicyDoc = {
  id: string
  name: string
  revision?: number | null
  rules?: unknown[] | null
  introduction?: unknown
}

export type EffectivePolicy = {
  doc: PolicyDoc | null
  compiled: CompiledPolicy
  revision: number | null
}

const NO_POLICY: CompiledPolicy = compilePolicy({ name: 'No policy', rules: [] })
// Compiling builds the rules' regular expressions; a policy revision never changes, so once is enough.
const compiled = new Map<string, CompiledPolicy>()

const idOf = relationshipId

/** The post's own policy, else the site default from site settings, else none. */
export async function effectivePolicy(
  req: PayloadRequest,
  post: { commentPolicy?: unknown },
): Promise<EffectivePolicy> {
  let id = idOf(post.commentPolicy)
  if (!id) {
    const settings = (await req.payload.findGlobal({
      slug: 'site-settings',
      depth: 0,
      overrideAccess: true,
      req,
    })) as {
      defaultCommentPolicy?: unknown
    }
    id = idOf(settings.defaultCommentPolicy)
  }
  if (!id) return { doc: null, compiled: NO_POLICY, revision: null }
  const doc = (await req.payload.findByID({
    collection: 'comment-policies',
    id,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
    req,
  })) as unknown as PolicyDoc | null
  if (!doc) return { doc: null, compiled: NO_POLICY, revision: null }
  const key = `${doc.id}@${doc.revision ?? 0}`
  let policy = compiled.get(key)
  if (!policy) {
    policy = compilePolicy({ name: doc.name, rules: rulesFromBlocks(doc.rules as RuleBlock[]) })
    compiled.set(key, policy)
  }
  return { doc, compiled: policy, revision: doc.revision ?? null }
}
