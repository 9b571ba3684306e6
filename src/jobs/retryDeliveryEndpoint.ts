import { APIError, type Endpoint } from 'payload'

import { hasCapability } from '../../access/derive'

export const retryMessages = {
  forbidden: 'Only administrators may retry a webhook delivery.',
  notFound: 'There is no such webhook delivery.',
  delivered: 'This delivery has already been delivered.',
  queued: 'Queued again; it is sent within seconds.',
}

/**
 * `POST /api/webhook-deliveries/:id/retry` — for those with `retryWebhookDeliveries`: puts a
 * delivery that failed (or is still waiting for its next try) back on the queue now, with a fresh
 * round of attempts. Answers `{ message, status: 'pending' }`.
 */
export const retryDeliveryEndpoint: Endpoint = {
  path: '/:id/retry',
  method: 'post',
  handler: async (req) => {
    if (!hasCapability(req.user, 'retryWebhookDeliveries'))
      throw new APIError(retryMessages.forbidden, 403, undefined, true)
    const id = String(req.routeParams?.id ?? '')
    const found = await req.payload.find({
      collection: 'webhook-deliveries',
      where: { id: { equals: id } },
      depth: 0,
      limit: 1,
      overrideAccess: true,
      req,
    })
    const delivery = found.docs[0] as { id: string; status?: string } | undefined
    if (!delivery) throw new APIError(retryMessages.notFound, 404, undefined, true)
    if (delivery.status === 'delivered')
      throw new APIError(retryMessages.delivered, 409, undefined, true)
    await req.payload.update({
      collection: 'webhook-deliveries',
      id: delivery.id,
      data: { status: 'pending', attempts: 0, lastError: null, lastStatus: null },
      overrideAccess: true,
      req,
    })
    await req.payload.jobs.queue({
      task: 'deliverWebhook',
      input: { deliveryId: String(delivery.id) },
      req,
    })
    return Response.json({ message: retryMessages.queued, status: 'pending' })
  },
}
