import { buildEvent } from '../../src/lib/webhooks/event'
import { deliverWebhook, USER_AGENT, WebhookDeliveryError } from '../../src/lib/webhooks/deliver'
import {
  receivedHeader,
  startSilentServer,
  startWebhookReceiver,
  type WebhookReceiver,
} from '../helpers/webhookReceiver'

const secret = 'webhook-secret-that-must-never-appear-in-messages'
const event = buildEvent({ type: 'publish', collection: 'posts', id: 12, slug: 'first-light' })

/** The rejection of a delivery that is expected to fail, as a WebhookDeliveryError. */
async function failure(delivery: Promise<unknown>): Promise<WebhookDeliveryError> {
  const error = await delivery.then(
    () => {
      throw new Error('expected the delivery to fail, it succeeded')
    },
    (reason: unknown) => reason,
  )
  expect(error).toBeInstanceOf(WebhookDeliveryError)
  expect((error as Error).message).not.toContain(secret)
  return error as WebhookDeliveryError
}

describe('deliverWebhook against a local receiver', () => {
  let receiver: WebhookReceiver | undefined

  afterEach(async () => {
    await receiver?.close()
    receiver = undefined
  })

  it('should POST the exact event JSON with a valid signature and resolve with the status', async () => {
    receiver = await startWebhookReceiver({ secret })
    const result = await deliverWebhook({
      url: `${receiver.url}/hooks/cms`,
      secret,
      event,
      deliveryId: 'd-1',
    })

    expect(result.status).toBe(200)
    expect(result.durationMs).toBeGreaterThanOrEqual(0)
    const [delivery] = await receiver.waitForDeliveries(1)
    expect(delivery).toMatchObject({
      method: 'POST',
      path: '/hooks/cms',
      signatureValid: true,
      answeredStatus: 200,
      rawBody: JSON.stringify(event),
      body: event,
    })
    expect(delivery.headers).toMatchObject({
      'content-type': 'application/json',
      'user-agent': USER_AGENT,
      [receivedHeader.event]: 'publish',
      [receivedHeader.delivery]: 'd-1',
    })
    expect(Number(delivery.headers[receivedHeader.timestamp])).toBeCloseTo(Date.now() / 1000, -1)
    expect(JSON.stringify(delivery.headers)).not.toContain(secret)
  })

  it('should throw with status 500 while the receiver fails, then succeed on the retry', async () => {
    receiver = await startWebhookReceiver({ secret, failFirst: 2 })
    const attempt = () => deliverWebhook({ url: receiver!.url, secret, event, deliveryId: 'd-2' })

    for (const n of [1, 2]) {
      const error = await failure(attempt())
      expect(error.status).toBe(500)
      expect(error.message).toContain(receiver.url)
      expect(error.message).toContain('HTTP 500')
      expect(error.message).toContain(`failing on purpose (${n} of 2)`)
    }
    await expect(attempt()).resolves.toMatchObject({ status: 200 })

    const deliveries = await receiver.waitForDeliveries(3)
    expect(deliveries.map((d) => d.answeredStatus)).toEqual([500, 500, 200])
    expect(
      deliveries.every((d) => d.signatureValid && d.headers[receivedHeader.delivery] === 'd-2'),
    ).toBe(true)
  })

  it('should be refused by the receiver when signed with another secret', async () => {
    receiver = await startWebhookReceiver({ secret })
    const error = await failure(
      deliverWebhook({
        url: receiver.url,
        secret: 'not-the-receivers-secret',
        event,
        deliveryId: 'd-3',
      }),
    )
    expect(error.status).toBe(401)
    expect(error.message).toContain('invalid signature')
    const [delivery] = await receiver.waitForDeliveries(1)
    expect(delivery.signatureValid).toBe(false)
  })

  // The 10 s limit fails fast instead of waiting out the suite's 120 s if the timeout is broken.
  it('should throw naming the timeout when the receiver never answers', async () => {
    const silent = await startSilentServer()
    try {
      const error = await failure(
        deliverWebhook({ url: silent.url, secret, event, deliveryId: 'd-4', timeoutMs: 300 }),
      )
      expect(error.message).toContain('timed out after 300 ms')
      expect(error.message).toContain(silent.url)
      expect(error.status).toBeUndefined()
    } finally {
      await silent.close()
    }
  }, 10_000)

  it('should throw "connection refused" for a port nobody listens on', async () => {
    const closed = await startWebhookReceiver({ secret })
    await closed.close()
    const error = await failure(
      deliverWebhook({ url: closed.url, secret, event, deliveryId: 'd-5' }),
    )
    expect(error.message).toContain('connection refused')
    expect(error.message).toContain(closed.url)
    expect(error.status).toBeUndefined()
  })
})

describe('deliverWebhook with a stubbed fetch', () => {
  const url = 'https://hooks.example.com/cms'

  it('should put only the first 200 characters of the response body in the message', async () => {
    const body = `${'a'.repeat(199)}b${'c'.repeat(100)}`
    const fetchImpl = (async () => new Response(body, { status: 502 })) as typeof fetch
    const error = await failure(
      deliverWebhook({ url, secret, event, deliveryId: 'd-6', fetchImpl }),
    )
    expect(error.status).toBe(502)
    expect(error.message.endsWith(`${url} answered HTTP 502: ${'a'.repeat(199)}b`)).toBe(true)
  })

  it('should treat any 2xx as success and a redirect as a failure', async () => {
    const answer = (status: number, headers?: Record<string, string>) =>
      (async () => new Response(null, { status, headers })) as typeof fetch
    await expect(
      deliverWebhook({ url, secret, event, deliveryId: 'd-7', fetchImpl: answer(204) }),
    ).resolves.toMatchObject({ status: 204 })
    const error = await failure(
      deliverWebhook({
        url,
        secret,
        event,
        deliveryId: 'd-8',
        fetchImpl: answer(302, { location: 'https://elsewhere.example/' }),
      }),
    )
    expect(error.status).toBe(302)
    expect(error.message).toContain('redirect to https://elsewhere.example/')
  })

  it('should refuse an invalid URL before sending anything, masking its password', async () => {
    let called = false
    const fetchImpl = (async () => {
      called = true
      return new Response('ok')
    }) as typeof fetch
    const error = await failure(
      deliverWebhook({
        url: 'https://bob:hunter2@hooks.example.com/',
        secret,
        event,
        deliveryId: 'd-9',
        fetchImpl,
      }),
    )
    expect(error.message).toContain('https://bob:***@hooks.example.com/')
    expect(error.message).not.toContain('hunter2')
    expect(called).toBe(false)
  })

  it('should explain other network errors by their code', async () => {
    const fetchImpl = (async () => {
      throw new TypeError('fetch failed', {
        cause: Object.assign(new Error('getaddrinfo'), { code: 'ENOTFOUND' }),
      })
    }) as typeof fetch
    const error = await failure(
      deliverWebhook({ url, secret, event, deliveryId: 'd-10', fetchImpl }),
    )
    expect(error.message).toBe(`Webhook ${url} could not be reached: host not found`)
    expect(error.cause).toBeInstanceOf(TypeError)
  })
})
