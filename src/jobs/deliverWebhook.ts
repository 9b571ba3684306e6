import type { TaskConfig } from 'payload'

import { deliverWebhook, WebhookDeliveryError, type WebhookEvent } from '../lib/webhooks'
import { runtimeSettings } from '../lib/runtimeSettings'

/** Retries after the first try, with exponential backoff: 2 s, 4 s, 8 s, 16 s, 32 s. */
export const WEBHOOK_RETRIES = 5

type Delivery = { id: string; url: string; event: WebhookEvent; attempts?: number | null }

/**
 * Sends one recorded delivery. Each attempt updates the record (attempts, last status, last
 * error); a failure is thrown so the queue retries it with backoff.
 */
export const deliverWebhookTask: TaskConfig<{
  input: { deliveryId: string }
  output: { status: number }
}> = {
  slug: 'deliverWebhook',
  label: 'Deliver a publish webhook',
  retries: { attempts: WEBHOOK_RETRIES, backoff: { type: 'exponential', delay: 2000 } },
  inputSchema: [{ name: 'deliveryId', type: 'text', required: true }],
  outputSchema: [{ name: 'status', type: 'number' }],
  handler: async ({ input, req }) => {
    const { payload } = req
    const delivery = (await payload.findByID({
      collection: 'webhook-deliveries',
      id: input.deliveryId,
      depth: 0,
      overrideAccess: true,
      context: { unmaskedWebhookUrls: true },
      req,
    })) as unknown as Delivery
    const attempts = (delivery.attempts ?? 0) + 1
    const { webhookSecret } = runtimeSettings(payload)
    try {
      const { status } = await deliverWebhook({
        url: delivery.url,
        secret: webhookSecret,
        event: delivery.event,
        deliveryId: delivery.id,
      })
      await payload.update({
        collection: 'webhook-deliveries',
        id: delivery.id,
        data: {
          status: 'delivered',
          attempts,
          lastStatus: status,
          lastError: null,
          deliveredAt: new Date().toISOString(),
        },
        overrideAccess: true,
        req,
      })
      return { output: { status } }
    } catch (error) {
      const lastStatus = error instanceof WebhookDeliveryError ? (error.status ?? null) : null
      await payload.update({
        collection: 'webhook-deliveries',
        id: delivery.id,
        data: {
          status: attempts > WEBHOOK_RETRIES ? 'failed' : 'retrying',
          attempts,
          lastStatus,
          lastError: (error as Error).message,
        },
        overrideAccess: true,
        req,
      })
      throw error
    }
  },
}
