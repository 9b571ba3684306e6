import type { CollectionAfterReadHook } from 'payload'

import { maskWebhookUrl, redactCredentials } from '../../src/lib/webhooks/urls'

type Delivery = { id: string | number; url?: string | null; lastError?: string | null }

/**
 * A delivery's target as people may see it: credentials and secret query values masked, in the
 * admin and over the API alike, in the URL and in the last error (which quotes the URL). Only the
 * delivery job reads the real URL, by asking for it (`context.unmaskedWebhookUrls`).
 */
export const maskDeliverySecrets: CollectionAfterReadHook<Delivery> = ({ doc, context }) => {
  if (context.unmaskedWebhookUrls || typeof doc.url !== 'string') return doc
  const masked = maskWebhookUrl(doc.url)
  const lastError =
    typeof doc.lastError === 'string'
      ? doc.lastError.replaceAll(redactCredentials(doc.url), masked).replaceAll(doc.url, masked)
      : doc.lastError
  return { ...doc, url: masked, lastError }
}
