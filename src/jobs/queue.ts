/**
 * What the workflow hooks put on the jobs queue: webhook deliveries, notification emails and
 * scheduled publications. Everything goes through `req`, so it commits or rolls back with the
 * save that caused it.
 */
import type { PayloadRequest } from 'payload'

import { buildEvent, type WebhookEventType } from '../lib/webhooks'
import type { NotificationMessage } from './sendNotification'
import { runtimeSettings } from '../lib/runtimeSettings'
import type { PublishAsScheduledInput } from '../plugins/workflow/publishAsScheduled'

type Doc = { id: string | number; slug?: string | null }

async function webhookUrls(req: PayloadRequest): Promise<string[]> {
  const fromEnv = runtimeSettings(req.payload).webhookUrls
  const settings = (await req.payload.findGlobal({
    slug: 'site-settings',
    depth: 0,
    overrideAccess: true,
    req,
  })) as {
    webhooks?: { url?: string | null; enabled?: boolean | null }[] | null
  }
  const fromSettings = (settings.webhooks ?? [])
    .filter((hook) => hook.enabled !== false && hook.url)
    .map((hook) => hook.url!)
  return [...new Set([...fromEnv, ...fromSettings])]
}

/** Records one delivery per webhook URL and queues it. */
export async function queueWebhooks(
  req: PayloadRequest,
  type: WebhookEventType,
  collection: string,
  doc: Doc,
) {
  const urls = await webhookUrls(req)
  if (urls.length === 0) return
  const event = buildEvent({ type, collection, id: String(doc.id), slug: doc.slug ?? null })
  for (const url of urls) {
    const delivery = await req.payload.create({
      collection: 'webhook-deliveries',
      data: {
        url,
        eventType: type,
        documentCollection: collection,
        documentId: String(doc.id),
        documentSlug: doc.slug ?? null,
        event: event as unknown as Record<string, unknown>,
      },
      overrideAccess: true,
      req,
    })
    await req.payload.jobs.queue({
      task: 'deliverWebhook',
      input: { deliveryId: String(delivery.id) },
      req,
    })
  }
}

export async function queueNotification(req: PayloadRequest, message: NotificationMessage) {
  if (message.to.length === 0) return
  await req.payload.jobs.queue({ task: 'sendNotification', input: { message }, req })
}

/**
 * Queues the publication as scheduled by the signed-in user (src/plugins/workflow/
 * publishAsScheduled.ts): the job says who scheduled it and for when.
 */
export async function queueScheduledPublish(
  req: PayloadRequest,
  collection: string,
  id: string | number,
  at: string,
) {
  const input: PublishAsScheduledInput = {
    doc: { relationTo: collection, value: String(id) },
    // The server's own schedules (seeds, imports) publish as the server.
    scheduledBy: req.user
      ? { relationTo: req.user.collection, value: String(req.user.id) }
      : undefined,
    publishAt: new Date(at).toISOString(),
  }
  await req.payload.jobs.queue({
    task: 'publishAsScheduled',
    input,
    waitUntil: new Date(at),
    req,
  })
}

/**
 * Drops scheduled publications of a document that have not started yet: ours, and those of
 * Payload's own "Schedule publish" drawer.
 */
export async function cancelScheduledPublish(
  req: PayloadRequest,
  collection: string,
  id: string | number,
) {
  await req.payload.delete({
    collection: 'payload-jobs',
    where: {
      and: [
        { taskSlug: { in: ['publishAsScheduled', 'schedulePublish'] } },
        { 'input.doc.value': { equals: String(id) } },
        { 'input.doc.relationTo': { equals: collection } },
        { processing: { equals: false } },
        { completedAt: { exists: false } },
      ],
    },
    overrideAccess: true,
    req,
  })
}
