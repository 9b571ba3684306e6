/**
 * `fieldShapesPlugin`: every create and update of every collection and global first has the
 * types of its data checked against the fields (src/lib/fieldShapes.ts), so a value of the wrong
 * type is a 400 naming the field on every path (REST, GraphQL, the Local API with access) rather
 * than a crash somewhere later. Installed once, for the whole config, as the first
 * `beforeOperation` hook, so no other hook sees data of the wrong shape.
 */
import {
  APIError,
  ValidationError,
  type Block,
  type CollectionBeforeOperationHook,
  type Config,
  type GlobalBeforeOperationHook,
  type PayloadRequest,
} from 'payload'

import { isDocumentIdOn } from '../lib/database'
import { fieldShapeProblems, type ShapeOptions } from '../lib/fieldShapes'

const WRITES = new Set(['create', 'update'])

function blocksOf(req: PayloadRequest): Record<string, Block> {
  return Object.fromEntries((req.payload.config.blocks ?? []).map((block) => [block.slug, block]))
}

function check(
  data: unknown,
  fields: Parameters<typeof fieldShapeProblems>[1],
  owner: { collection: string } | { global: string },
  req: PayloadRequest,
  options: ShapeOptions = {},
) {
  const problems = fieldShapeProblems(data, fields, {
    ...options,
    blocks: blocksOf(req),
    emptyNullLists: true,
    isDocumentId: (value) => isDocumentIdOn(req.payload, value),
  })
  if (problems.length === 0) return
  const whole = problems.find(({ path }) => path === '')
  if (whole) throw new APIError(whole.message, 400, undefined, true)
  throw new ValidationError({ ...owner, errors: problems, req })
}

const checkCollectionShapes: CollectionBeforeOperationHook = ({
  args,
  collection,
  operation,
  req,
}) => {
  if (!WRITES.has(operation)) return args
  check(
    (args as { data?: unknown }).data,
    collection.fields,
    { collection: collection.slug },
    req,
    {
      auth: Boolean(collection.auth),
    },
  )
  return args
}

const checkGlobalShapes: GlobalBeforeOperationHook = ({ args, global, operation, req }) => {
  if (!WRITES.has(operation)) return args
  check((args as { data?: unknown }).data, global.fields, { global: global.slug }, req)
  return args
}

export const fieldShapesPlugin =
  () =>
  (config: Config): Config => ({
    ...config,
    collections: (config.collections ?? []).map((collection) => ({
      ...collection,
      hooks: {
        ...collection.hooks,
        beforeOperation: [checkCollectionShapes, ...(collection.hooks?.beforeOperation ?? [])],
      },
    })),
    globals: (config.globals ?? []).map((global) => ({
      ...global,
      hooks: {
        ...global.hooks,
        beforeOperation: [checkGlobalShapes, ...(global.hooks?.beforeOperation ?? [])],
      },
    })),
  })
