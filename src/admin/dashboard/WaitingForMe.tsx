/**
 * The dashboard's first panel: what waits for the signed-in person, per role (see queues.ts), each
 * queue with its count, its oldest or newest items and a link to the filtered list. A server
 * component: it reads with the user's own access on every visit, so counts are never stale.
 */
import type { Payload, TypedUser } from 'payload'
import React from 'react'

import { queuesFor, type Queue } from './queues'

const when = (iso: string) =>
  new Date(iso).toLocaleString('en-GB', {
    timeZone: 'UTC',
    dateStyle: 'medium',
    timeStyle: 'short',
  })

function QueuePanel({ queue }: { queue: Queue }) {
  return (
    <section
      data-queue={queue.key}
      style={{
        border: '1px solid var(--theme-elevation-150)',
        borderRadius: 4,
        padding: 'var(--base)',
      }}
    >
      <h3 style={{ margin: 0 }}>
        <a href={queue.listHref}>{queue.heading}</a>{' '}
        <span data-count={queue.count} style={{ color: 'var(--theme-elevation-500)' }}>
          ({queue.count})
        </span>
      </h3>
      {queue.items.length === 0 ? (
        <p style={{ marginBottom: 0 }}>{queue.empty}</p>
      ) : (
        <ul style={{ paddingLeft: 'calc(var(--base) * 1.2)', marginBottom: 0 }}>
          {queue.items.map((item) => (
            <li key={item.href}>
              <a href={item.href}>{item.title}</a>{' '}
              <span style={{ color: 'var(--theme-elevation-500)' }}>
                ({item.kind}, {when(item.since)} UTC)
              </span>
              {item.note ? <div style={{ fontStyle: 'italic' }}>“{item.note}”</div> : null}
            </li>
          ))}
        </ul>
      )}
      {queue.count > queue.items.length ? (
        <p style={{ marginBottom: 0 }}>
          <a href={queue.listHref}>See all {queue.count}</a>
        </p>
      ) : null}
    </section>
  )
}

export async function WaitingForMe({
  payload,
  user,
}: {
  payload: Payload
  user?: TypedUser | null
}) {
  if (!user) return null
  const queues = await queuesFor(payload, user)
  if (queues.length === 0) return null
  return (
    <div data-dashboard="waiting" style={{ marginBottom: 'calc(var(--base) * 2)' }}>
      <h2>Waiting for you</h2>
      <div
        style={{
          display: 'grid',
          gap: 'var(--base)',
          gridTemplateColumns: 'repeat(auto-fit, minmax(320px, 1fr))',
        }}
      >
        {queues.map((queue) => (
          <QueuePanel key={queue.key} queue={queue} />
        ))}
      </div>
    </div>
  )
}
