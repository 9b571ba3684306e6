/**
 * Webhook deliveries as admins see them over REST: the target's secrets masked (a token in the
 * query string, a password), while the delivery job still calls the real URL; and "Retry now",
 * which only those with the capability may use.
 */
import { apiClient } from '../helpers/client'
import { DEMO_PASSWORD, startSeededServer, type SeededServer } from '../helpers/seededServer'
import { waitFor } from '../helpers/waitFor'
import { startWebhookReceiver, type WebhookReceiver } from '../helpers/webhookReceiver'

const WEBHOOK_SECRET = 'deliveries-admin-secret-0123456789'
const TOKEN = 's3cret-receiver-token'

type Delivery = { id: string; url: string; status: string; attempts: number; lastError?: string }

describe('webhook deliveries in the admin', () => {
  let ctx: SeededServer
  let receiver: WebhookReceiver

  beforeAll(async () => {
    // Every call fails, so the delivery stays there to be retried.
    receiver = await startWebhookReceiver({ secret: WEBHOOK_SECRET, failFirst: 1_000 })
    ctx = await startSeededServer('webhook-deliveries-admin', {
      JOBS_CRON: '* * * * * *',
      WEBHOOK_URLS: `${receiver.url}/hooks/cms?site=blog&token=${TOKEN}`,
      WEBHOOK_SECRET,
    })
    const post = (
      await ctx.admin.rest('GET', '/api/posts?where[slug][equals]=the-revival-in-the-hebrides')
    ).body.docs[0]
    const edited = await ctx.admin.rest('PATCH', `/api/posts/${post.id}`, {
      excerpt: 'A revival on Lewis, told by those who were there.',
    })
    expect(edited.status).toBe(200)
    await receiver.waitForDeliveries(1, 30_000)
  })
  afterAll(async () => {
    await ctx?.stop()
    await receiver?.close()
  })

  const deliveries = async () =>
    (await ctx.admin.rest('GET', '/api/webhook-deliveries?depth=0')).body.docs as Delivery[]

  it('should call the real URL but show it to admins with its token masked, in the list and the document', async () => {
    expect(receiver.deliveries[0]!.path).toBe(`/hooks/cms?site=blog&token=${TOKEN}`)
    const [delivery] = await deliveries()
    expect(delivery!.url).toBe(`${receiver.url}/hooks/cms?site=blog&token=***`)
    await waitFor(async () => Boolean((await deliveries())[0]!.lastError), 15_000, 250)
    const { body: one } = await ctx.admin.rest('GET', `/api/webhook-deliveries/${delivery!.id}`)
    expect(one.url).toBe(`${receiver.url}/hooks/cms?site=blog&token=***`)
    expect(one.lastError).toContain('token=***')
    expect(JSON.stringify(one)).not.toContain(TOKEN)
    const { body: graphql } = await ctx.admin.graphql(
      'query { WebhookDeliveries { docs { url lastError } } }',
    )
    expect(JSON.stringify(graphql)).not.toContain(TOKEN)
  })

  it('should let an admin retry a delivery now, and refuse everyone else', async () => {
    const [delivery] = await deliveries()
    const editor = apiClient(ctx.server.url)
    await editor.login('editor@example.com', DEMO_PASSWORD)
    const refused = await editor.rest('POST', `/api/webhook-deliveries/${delivery!.id}/retry`)
    expect(refused.status).toBe(403)
    const anonymous = await ctx.anonymous.rest(
      'POST',
      `/api/webhook-deliveries/${delivery!.id}/retry`,
    )
    expect(anonymous.status).toBe(403)

    const before = receiver.deliveries.length
    const retried = await ctx.admin.rest('POST', `/api/webhook-deliveries/${delivery!.id}/retry`)
    expect(retried.status).toBe(200)
    expect(retried.body.status).toBe('pending')
    // The queue sends it again, to the real URL, within seconds.
    await receiver.waitForDeliveries(before + 1, 30_000)
    expect(receiver.deliveries.at(-1)!.path).toBe(`/hooks/cms?site=blog&token=${TOKEN}`)

    const missing = await ctx.admin.rest('POST', '/api/webhook-deliveries/no-such-id/retry')
    expect(missing.status).toBe(404)
  })
})
