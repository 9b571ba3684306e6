/**
 * One job runner at a time across every process sharing the database. Payload claims jobs by
 * reading and then updating them, so two runners polling at the same second could both claim one
 * scheduled publication. Before each run a process must hold the lease: a row whose unique `key`
 * lets only one creator win, renewed by its holder on every tick and taken over once it expires.
 * The unique index makes it atomic on every adapter: SQLite and Postgres refuse the second insert
 * (a ValidationError from Payload's drizzle layer), MongoDB its duplicate key.
 */
import { randomUUID } from 'node:crypto'

import { ValidationError, type Payload } from 'payload'

export const LEASE_COLLECTION = 'runner-leases'
const LEASE_KEY = 'jobs'
/** Long enough to outlast a slow tick; short enough that a crashed holder is replaced soon. */
export const LEASE_TTL_MS = 30_000

type ProcessState = { holder: string; runner?: Payload; stopping?: boolean }
const state: ProcessState = ((globalThis as { __cmsJobRunner?: ProcessState }).__cmsJobRunner ??= {
  holder: `${process.pid}-${randomUUID()}`,
})

type Lease = { id: string; holder: string; expiresAt: string }

async function create(payload: Payload, expiresAt: string): Promise<boolean> {
  try {
    await payload.create({
      collection: LEASE_COLLECTION,
      data: { key: LEASE_KEY, holder: state.holder, expiresAt },
      overrideAccess: true,
    })
    return true
  } catch (error) {
    // Another process created it first: the unique key said no.
    if (error instanceof ValidationError) return false
    throw error
  }
}

/**
 * `jobs.shouldAutoRun`: true when this Payload instance may run the queue now. Next's bundled
 * Payload and the Express server's share a process; the first to ask runs for both.
 */
export async function holdRunnerLease(payload: Payload): Promise<boolean> {
  if (state.stopping) return false
  state.runner ??= payload
  if (state.runner !== payload) return false
  const now = Date.now()
  const expiresAt = new Date(now + LEASE_TTL_MS).toISOString()
  const found = await payload.find({
    collection: LEASE_COLLECTION,
    where: { key: { equals: LEASE_KEY } },
    depth: 0,
    limit: 1,
    overrideAccess: true,
  })
  const lease = found.docs[0] as unknown as Lease | undefined
  if (!lease) return create(payload, expiresAt)
  if (lease.holder === state.holder) {
    await payload.update({
      collection: LEASE_COLLECTION,
      id: lease.id,
      data: { expiresAt },
      overrideAccess: true,
    })
    return true
  }
  if (new Date(lease.expiresAt).getTime() > now) return false
  // Expired. Several processes may delete it; only one of them creates the next one. The delete
  // asks again that it be expired: what was read may be stale (a read replica on Postgres) while
  // its holder has renewed it, and a renewed lease must survive.
  await payload.db.deleteMany({
    collection: LEASE_COLLECTION,
    where: {
      and: [
        { id: { equals: lease.id } },
        { expiresAt: { less_than_equal: new Date(now).toISOString() } },
      ],
    },
  })
  return create(payload, expiresAt)
}

/** On shutdown: run no more jobs here, and hand the lease to the next process that asks. */
export async function releaseRunnerLease(payload: Payload): Promise<void> {
  state.stopping = true
  await payload.db.deleteMany({
    collection: LEASE_COLLECTION,
    where: { and: [{ key: { equals: LEASE_KEY } }, { holder: { equals: state.holder } }] },
  })
}
