import type { CollectionConfig } from 'payload'

/**
 * Internal: which process runs the jobs queue (src/jobs/runnerLease.ts). No API user reads or
 * writes it; the code uses the Local API with access overridden.
 */
export const RunnerLeases: CollectionConfig = {
  slug: 'runner-leases',
  admin: { hidden: true },
  access: { read: () => false, create: () => false, update: () => false, delete: () => false },
  graphQL: false,
  fields: [
    { name: 'key', type: 'text', required: true, unique: true },
    { name: 'holder', type: 'text', required: true },
    { name: 'expiresAt', type: 'date', required: true },
  ],
}
