/**
 * "Retry now" on a webhook delivery, for those who may (`retryWebhookDeliveries`). A server
 * component: the capability is decided here from the permission table, the browser gets a button
 * or nothing.
 */
import type { TypedUser } from 'payload'
import React from 'react'

import { hasCapability } from '../../../access/derive'
import { RetryDeliveryButton } from './RetryDeliveryButton'

export function RetryDelivery({ id, user }: { id?: number | string; user?: TypedUser | null }) {
  if (id === undefined || !hasCapability(user, 'retryWebhookDeliveries')) return null
  return <RetryDeliveryButton id={String(id)} />
}
