import {
  ValidationError,
  type CollectionBeforeValidateHook,
  type CollectionSlug,
  type Field,
  type GlobalBeforeValidateHook,
  type PayloadRequest,
} from 'payload'

import { relationshipIds } from '../fields/relationshipIds'
import type { VerifiedReferences } from './requestContext'

type Reference = { path: string; collection: CollectionSlug; ids: string[] }

/** Every relationship and upload value in `data`, with the path an error should name. */
function collectReferences(
  fields: Field[],
  data: unknown,
  prefix: string,
  out: Reference[],
): Reference[] {
  if (!data || typeof data !== 'object') return out
  const record = data as Record<string, unknown>
  for (const field of fields) {
    if (field.type === 'row' || field.type === 'collapsible') {
      collectReferences(field.fields, record, prefix, out)
    } else if (field.type === 'tabs') {
      for (const tab of field.tabs) {
        if ('name' in tab && tab.name)
          collectReferences(tab.fields, record[tab.name], `${prefix}${tab.name}.`, out)
        else collectReferences(tab.fields, record, prefix, out)
      }
    } else if (
      !('name' in field) ||
      record[field.name] === undefined ||
      record[field.name] === null
    ) {
      continue
    } else if (field.type === 'group') {
      collectReferences(field.fields, record[field.name], `${prefix}${field.name}.`, out)
    } else if (field.type === 'array' && Array.isArray(record[field.name])) {
      ;(record[field.name] as unknown[]).forEach((row, index) =>
        collectReferences(field.fields, row, `${prefix}${field.name}.${index}.`, out),
      )
    } else if (
      (field.type === 'relationship' || field.type === 'upload') &&
      typeof field.relationTo === 'string'
    ) {
      const ids = relationshipIds(record[field.name])
      if (ids.length > 0)
        out.push({ path: `${prefix}${field.name}`, collection: field.relationTo, ids })
    }
  }
  return out
}

/** Which of these IDs name documents that exist, in one query. */
async function existing(
  req: Partial<PayloadRequest> & Pick<PayloadRequest, 'payload'>,
  collection: CollectionSlug,
  ids: string[],
): Promise<Set<string>> {
  const { docs } = await req.payload.find({
    collection,
    where: { id: { in: ids } },
    pagination: false,
    depth: 0,
    select: {},
    overrideAccess: true,
    req,
  })
  return new Set(docs.map((doc) => String(doc.id)))
}

/** Errors for references to documents that do not exist, one per field path. */
async function missingReferences(fields: Field[], data: unknown, req: PayloadRequest) {
  const errors: { path: string; message: string }[] = []
  const verified = req.context.verifiedReferences
  for (const reference of collectReferences(fields, data, '', [])) {
    const known = verified?.[reference.collection]
    const unique = [...new Set(reference.ids)].filter((id) => !known?.has(id))
    if (unique.length === 0) continue
    const found = await existing(req, reference.collection, unique)
    const missing = unique.filter((id) => !found.has(id))
    if (missing.length > 0) {
      errors.push({
        path: reference.path,
        message: `No ${reference.collection} document with ID ${missing.join(', ')} exists.`,
      })
    }
  }
  return errors
}

/**
 * The references of many documents checked at once (one query per collection), for
 * `req.context.verifiedReferences`. Only worth it inside a transaction that the documents are
 * then written in: there, nothing found here can be removed before they are.
 */
export async function verifyReferences(
  req: Partial<PayloadRequest> & Pick<PayloadRequest, 'payload'>,
  fields: Field[],
  docs: unknown[],
): Promise<VerifiedReferences> {
  const ids = new Map<CollectionSlug, Set<string>>()
  for (const doc of docs) {
    for (const { collection, ids: found } of collectReferences(fields, doc, '', [])) {
      const set = ids.get(collection) ?? new Set<string>()
      for (const id of found) set.add(id)
      ids.set(collection, set)
    }
  }
  const verified: VerifiedReferences = {}
  for (const [collection, set] of ids)
    verified[collection] = await existing(req, collection, [...set])
  return verified
}

/**
 * References must point at documents that exist. Payload checks the shape of an ID, not that it
 * exists; without this, an unknown ID reaches the database as a foreign-key failure (a 500 on
 * SQLite, a dangling reference on MongoDB). It runs for drafts too, which skip field validation.
 * References in `req.context.verifiedReferences` (see {@link verifyReferences}) are not looked up
 * again.
 */
export const ensureRelationsExist: CollectionBeforeValidateHook = async ({
  data,
  req,
  collection,
}) => {
  const errors = await missingReferences(collection.fields, data, req)
  if (errors.length > 0) throw new ValidationError({ collection: collection.slug, errors, req })
  return data
}

/** {@link ensureRelationsExist} for globals. */
export const ensureGlobalRelationsExist: GlobalBeforeValidateHook = async ({
  data,
  req,
  global,
}) => {
  const errors = await missingReferences(global.fields, data, req)
  if (errors.length > 0) throw new ValidationError({ global: global.slug, errors, req })
  return data
}
