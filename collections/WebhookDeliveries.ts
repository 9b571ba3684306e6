import type { CollectionConfig } from 'payload'

import { accessFrom } from '../access/derive'
import { retryDeliveryEndpoint } from '../src/jobs/retryDeliveryEndpoint'
import { DATE_TIME_FORMAT } from './fields/dates'
import { maskDeliverySecrets } from './hooks/maskDeliverySecrets'

export const DELIVERY_STATUSES = ['pending', 'retrying', 'delivered', 'failed'] as const

/**
 * One row per webhook call the CMS owes a frontend: what was sent where, and how it went.
 * Written only by the server (the publish hooks and the delivery job); admins read it, with the
 * target's credentials and secret query values masked, and may retry a delivery now.
 */
export const WebhookDeliveries: CollectionConfig = {
  slug: 'webhook-deliveries',
  admin: {
    group: 'Settings',
    useAsTitle: 'url',
    defaultColumns: ['eventType', 'documentSlug', 'url', 'status', 'attempts', 'updatedAt'],
    description: 'Calls to publish webhooks, with retries. Failed ones stay here for inspection.',
    components: {
      edit: { beforeDocumentControls: ['/admin/webhooks/RetryDelivery#RetryDelivery'] },
    },
  },
  access: accessFrom('webhook-deliveries'),
  endpoints: [retryDeliveryEndpoint],
  hooks: { afterRead: [maskDeliverySecrets] },
  defaultSort: '-createdAt',
  fields: [
    {
      name: 'url',
      type: 'text',
      required: true,
      admin: {
        readOnly: true,
        description: 'Credentials and secret query values are shown as ***.',
      },
    },
    {
      name: 'eventType',
      type: 'select',
      options: ['publish', 'unpublish', 'update', 'delete'],
      required: true,
      index: true,
      admin: { readOnly: true },
    },
    { name: 'documentCollection', type: 'text', admin: { readOnly: true } },
    { name: 'documentId', type: 'text', index: true, admin: { readOnly: true } },
    { name: 'documentSlug', type: 'text', admin: { readOnly: true } },
    {
      name: 'event',
      type: 'json',
      required: true,
      // Plain text: Payload's JSON editor loads from a CDN, and nobody edits a sent event.
      admin: {
        readOnly: true,
        disableListFilter: true,
        components: { Field: '/admin/fields/ReadableJson#ReadableJson' },
      },
    },
    {
      name: 'status',
      type: 'select',
      options: [...DELIVERY_STATUSES],
      defaultValue: 'pending',
      index: true,
      admin: { readOnly: true },
    },
    { name: 'attempts', type: 'number', defaultValue: 0, admin: { readOnly: true } },
    {
      name: 'lastStatus',
      type: 'number',
      admin: { readOnly: true, description: 'HTTP status of the last answer.' },
    },
    { name: 'lastError', type: 'textarea', admin: { readOnly: true } },
    {
      name: 'deliveredAt',
      type: 'date',
      admin: {
        readOnly: true,
        date: { pickerAppearance: 'dayAndTime', displayFormat: DATE_TIME_FORMAT },
      },
    },
  ],
}
