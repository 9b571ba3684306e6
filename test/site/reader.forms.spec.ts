/**
 * The reader site's forms as a browser without JavaScript sends them (urlencoded posts), on the
 * production server with the demo site: the comment policy above the form, verdicts in the
 * owner's words, refusals (honeypot, too quick, limits, bad input) as 4xx with the text kept,
 * the cool-off rewrite and withdrawal, the question form, reply emails through local SMTP with
 * the one-click unsubscribe, and held-comment emails to the post's author.
 */
import { JSDOM } from 'jsdom'

import { ANALYSIS, REVIVAL_SLUG } from '../../src/seed/content/posts'
import { openedFormToken } from '../helpers/formToken'
import { startSeededServer, type SeededServer } from '../helpers/seededServer'
import { startSmtpServer, type TestSmtpServer } from '../helpers/smtpServer'
import { waitFor } from '../helpers/waitFor'

const TRUSTED = 'ailsa.morrison@example.net'
let ctx: SeededServer
let smtp: TestSmtpServer
let addressCount = 0
/** Each test posts from its own client address (the server trusts this test as its proxy). */
const newAddress = () => `203.0.113.${++addressCount}`

type Page = { status: number; doc: Document; html: string; headers: Headers }

async function get(path: string): Promise<Page> {
  const response = await fetch(`${ctx.server.url}${path}`)
  const html = await response.text()
  return {
    status: response.status,
    html,
    doc: new JSDOM(html).window.document,
    headers: response.headers,
  }
}

async function post(path: string, fields: Record<string, string>, ip: string): Promise<Page> {
  const response = await fetch(`${ctx.server.url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-forwarded-for': ip },
    body: new URLSearchParams(fields).toString(),
    redirect: 'manual',
  })
  const html = await response.text()
  return {
    status: response.status,
    html,
    doc: new JSDOM(html).window.document,
    headers: response.headers,
  }
}

/** The fields of a post page's comment form as the browser would send them. */
const commentForm = (slug: string, fields: Record<string, string>) =>
  formOn(`/posts/${slug}`, fields)

/** The fields of the comment form on the page at `path` as the browser would send them. */
async function formOn(path: string, fields: Record<string, string>) {
  const page = await get(path)
  const form = page.doc.querySelector('form#respond')!
  const hidden = Object.fromEntries(
    [...form.querySelectorAll('input[type=hidden]')].map((input) => [
      input.getAttribute('name')!,
      input.getAttribute('value') ?? '',
    ]),
  )
  // A person took a while to write: the token says the form opened 20 s ago.
  return { ...hidden, formToken: openedFormToken(20), website: '', ...fields }
}

/** An array once it holds something (an empty one would end a wait at once). */
const nonEmpty = <T>(list: T[]) => (list.length > 0 ? list : undefined)

const text = (page: Page, selector: string) => page.doc.querySelector(selector)?.textContent ?? ''

beforeAll(async () => {
  smtp = await startSmtpServer()
  ctx = await startSeededServer('reader-forms', {
    SMTP_HOST: smtp.host,
    SMTP_PORT: String(smtp.port),
    JOBS_CRON: '* * * * * *',
    TRUST_PROXY: 'loopback',
  })
}, 240_000)

afterAll(async () => {
  await ctx?.stop()
  await smtp?.close()
})

describe('the comment section under a post', () => {
  it('should show the policy introduction above the form, the approved thread and no email', async () => {
    const page = await get(`/posts/${REVIVAL_SLUG}`)
    expect(page.status).toBe(200)
    const policy = page.doc.querySelector('.comment-policy')!
    expect(policy.textContent).toContain('Thank you for reading, and for wanting to join')
    // The policy comes before the form.
    const form = page.doc.querySelector('form#respond')!
    expect(policy.compareDocumentPosition(form) & 4).toBeTruthy()
    expect(form.getAttribute('method')).toBe('post')
    expect(form.querySelector('input[name=formToken]')!.getAttribute('value')).toMatch(/^f1\./)
    // Approved comment and the author's reply nested under it; the held one with links is absent.
    expect(text(page, '.thread')).toContain('My great-aunt grew up in Barvas')
    expect(page.doc.querySelector('.thread .thread .by-author')).not.toBeNull()
    expect(page.html).not.toContain('https://example.org/lewis-1949')
    expect(page.html).not.toMatch(/@example\.(net|org|com)/)
  })
})

describe('posting a comment without JavaScript', () => {
  it('should hold a political comment and say why in the owner’s words', async () => {
    const fields = await commentForm(ANALYSIS.slug, {
      name: 'Moira',
      email: 'moira@example.net',
      body: 'The election this autumn will decide whether any of this is ever resolved.',
    })
    const page = await post(`/posts/${ANALYSIS.slug}`, fields, newAddress())
    expect(page.status).toBe(201)
    expect(page.headers.get('cache-control')).toMatch(/no-store/)
    expect(text(page, '#verdict')).toContain('waiting for the author')
    expect(text(page, '#verdict')).toContain('This blog stays out of party politics')
    // The held comment is not in the thread.
    expect(text(page, '.thread')).not.toContain('The election this autumn')
    // The post's author hears of it.
    const [email] = (await waitFor(() =>
      nonEmpty(
        smtp.messages.filter(
          (m) =>
            m.envelope.to.includes('author@example.com') &&
            m.text.includes('The election this autumn'),
        ),
      ),
    ))!
    expect(email!.subject).toContain('waits for you')
    expect(email!.text).toContain('This blog stays out of party politics')
  })

  it('should publish a calm disagreement from a trusted email', async () => {
    const body = 'I see it differently: the outside backers matter less than you suggest.'
    const page = await post(
      `/posts/${ANALYSIS.slug}`,
      await commentForm(ANALYSIS.slug, { name: 'Ailsa Morrison', email: TRUSTED, body }),
      newAddress(),
    )
    expect(page.status).toBe(201)
    expect(text(page, '#verdict')).toContain('your comment is published')
    expect(text(page, '.thread')).toContain(body)
    expect(text(await get(`/posts/${ANALYSIS.slug}`), '.thread')).toContain(body)
  })

  it('should refuse a filled honeypot, a too-quick form and bad input with 4xx, keeping the text', async () => {
    const ip = newAddress()
    const body = 'A careful thought I do not want to lose.'
    const base = { name: 'Iain', email: 'iain@example.net', body }
    const honeypot = await post(
      `/posts/${REVIVAL_SLUG}`,
      { ...(await commentForm(REVIVAL_SLUG, base)), website: 'http://spam.example' },
      ip,
    )
    expect(honeypot.status).toBe(400)
    expect(text(honeypot, '#form-problems')).toContain('could not be accepted')
    expect(honeypot.doc.querySelector('textarea[name=body]')!.textContent).toBe(body)

    // The token the page itself just gave: sent at once, as a script would.
    const page = await get(`/posts/${REVIVAL_SLUG}`)
    const token = page.doc.querySelector('input[name=formToken]')!.getAttribute('value')!
    const quick = await post(
      `/posts/${REVIVAL_SLUG}`,
      { ...(await commentForm(REVIVAL_SLUG, base)), formToken: token },
      ip,
    )
    expect(quick.status).toBe(400)
    expect(text(quick, '#form-problems')).toMatch(/Form: the form was sent \d+ s after it opened/)
    expect(quick.doc.querySelector('textarea[name=body]')!.textContent).toBe(body)
    expect(quick.doc.querySelector('input[name=email]')!.getAttribute('value')).toBe(
      'iain@example.net',
    )

    const noEmail = await post(
      `/posts/${REVIVAL_SLUG}`,
      await commentForm(REVIVAL_SLUG, { ...base, email: 'not an address' }),
      ip,
    )
    expect(noEmail.status).toBe(400)
    expect(text(noEmail, '#form-problems')).toContain('Email')
    expect(noEmail.doc.querySelector('#comment-email')!.getAttribute('aria-invalid')).toBe('true')
    expect(noEmail.doc.querySelector('textarea[name=body]')!.textContent).toBe(body)

    const spam = await post(
      `/posts/${REVIVAL_SLUG}`,
      await commentForm(REVIVAL_SLUG, { ...base, body: 'Win big at the casino tonight!' }),
      ip,
    )
    expect(spam.status).toBe(400)
    expect(text(spam, '#form-problems')).toContain('Abuse and advertising are not published here.')
    expect(spam.doc.querySelector('textarea[name=body]')!.textContent).toBe(
      'Win big at the casino tonight!',
    )
  })

  it('should count form posts against the reader’s own address and email (429)', async () => {
    const ip = newAddress()
    const statuses: number[] = []
    let last: Page | undefined
    for (let i = 0; i < 4; i++) {
      last = await post(
        `/posts/${REVIVAL_SLUG}`,
        await commentForm(REVIVAL_SLUG, {
          name: 'Repeat',
          email: 'repeat@example.net',
          body: `Comment number ${i + 1}, a little different each time.`,
        }),
        ip,
      )
      statuses.push(last.status)
    }
    expect(statuses).toEqual([201, 201, 201, 429])
    expect(last!.headers.get('retry-after')).toMatch(/^\d+$/)
    expect(text(last!, '#form-problems')).toContain('Too many submissions from this email address')
    expect(last!.doc.querySelector('textarea[name=body]')!.textContent).toContain(
      'Comment number 4',
    )
    // Per address: five a minute from one reader, while another address still posts.
    const flood = newAddress()
    const byAddress: number[] = []
    for (let i = 0; i < 6; i++) {
      const page = await post(
        `/posts/${REVIVAL_SLUG}`,
        await commentForm(REVIVAL_SLUG, {
          name: 'Flood',
          email: `flood${i}@example.net`,
          body: `Another comment, number ${i + 1}.`,
        }),
        flood,
      )
      byAddress.push(page.status)
      if (page.status === 429)
        expect(text(page, '#form-problems')).toContain('Too many submissions from your address')
    }
    expect(byAddress).toEqual([201, 201, 201, 201, 201, 429])
    const other = await post(
      `/posts/${REVIVAL_SLUG}`,
      await commentForm(REVIVAL_SLUG, {
        name: 'Other',
        email: 'other@example.net',
        body: 'Still here.',
      }),
      newAddress(),
    )
    expect(other.status).toBe(201)
  })
})

describe('the cool-off of a heated comment', () => {
  const heated = 'THIS IS THE MOST DISHONEST THING I HAVE EVER READ ON THIS BLOG!!!'

  async function heatedComment(email: string) {
    const page = await post(
      `/posts/${ANALYSIS.slug}`,
      await commentForm(ANALYSIS.slug, { name: 'Hamish', email, body: heated }),
      newAddress(),
    )
    expect(page.status).toBe(201)
    const link = page.doc.querySelector('.cool-off a')!.getAttribute('href')!
    expect(link).toMatch(/^\/comments\/[^/]+\/cool-off\?token=[\w-]{20,}/)
    return link
  }

  const CLOSED = 'This link no longer opens the comment'

  it('should let the writer rewrite it with the link, and refuse a wrong key', async () => {
    const link = await heatedComment('hamish@example.net')
    const form = await get(link)
    expect(form.status).toBe(200)
    expect(form.headers.get('cache-control')).toMatch(/no-store/)
    expect(form.doc.querySelector('textarea[name=body]')!.textContent).toBe(heated)

    // A forged key opens nothing and changes nothing: 403 with the explanation, both ways.
    const forgedLink = link.replace(/token=[^&]+/, 'token=wrong')
    const forgedPage = await get(forgedLink)
    expect(forgedPage.status).toBe(403)
    expect(text(forgedPage, 'main')).toContain(CLOSED)
    expect(forgedPage.doc.querySelector('textarea')).toBeNull()
    const forged = await post(forgedLink, { token: 'wrong', action: 'withdraw' }, newAddress())
    expect(forged.status).toBe(403)
    expect(text(forged, 'main')).toContain(CLOSED)
    expect((await get(link)).status).toBe(200)

    const calm = 'I disagree strongly, but I will say why calmly: the figures cited are from 2019.'
    const rewritten = await post(
      link,
      { token: new URL(link, 'http://x').searchParams.get('token')!, action: 'revise', body: calm },
      newAddress(),
    )
    expect(rewritten.status).toBe(201)
    expect(text(rewritten, '#verdict')).toMatch(/published|waiting for the author/)
    // The rewrite replaced the comment: the old link finds none (404), with the explanation.
    const old = await get(link)
    expect(old.status).toBe(404)
    expect(text(old, 'main')).toContain(CLOSED)
    expect(old.doc.querySelector('textarea')).toBeNull()
  })

  it('should answer a link to a comment that does not exist with 404 and the explanation', async () => {
    const page = await get('/comments/999999999/cool-off?token=abcdefghijklmnopqrstuvwxyz')
    expect(page.status).toBe(404)
    expect(text(page, 'main')).toContain(CLOSED)
    const noToken = await get('/comments/999999999/cool-off')
    expect(noToken.status).toBe(404)
  })

  it('should let the writer withdraw it', async () => {
    const link = await heatedComment('hamish2@example.net')
    const token = new URL(link, 'http://x').searchParams.get('token')!
    const page = await post(link, { token, action: 'withdraw' }, newAddress())
    expect(page.status).toBe(200)
    expect(text(page, '#verdict')).toContain('withdrawn')
    // Withdrawn, the comment is gone: the link finds none.
    const again = await get(link)
    expect(again.status).toBe(404)
    expect(text(again, 'main')).toContain(CLOSED)
  })
})

describe('replying with the link under a comment', () => {
  it('should show the reply form for that comment and post a reply with its parent set', async () => {
    const postPage = await get(`/posts/${REVIVAL_SLUG}`)
    const href = postPage.doc.querySelector('.thread .reply-link a')!.getAttribute('href')!
    const [, encodedId] = /^\/comments\/([^/?#]+)\/reply(?:#respond)?$/.exec(href)!
    const parentId = decodeURIComponent(encodedId!)
    const repliedTo = postPage.doc.querySelector(`#comment-${parentId} > p`)!.textContent!

    const replyPage = await get(`/comments/${encodedId}/reply`)
    expect(replyPage.status).toBe(200)
    expect(text(replyPage, 'h1')).toMatch(/^Reply to .+ on “The Revival in the Hebrides”$/)
    expect(text(replyPage, 'blockquote.replied-comment')).toContain(repliedTo)
    const form = replyPage.doc.querySelector('form#respond')!
    expect(form.getAttribute('method')).toBe('post')
    expect(form.getAttribute('action')).toBe(`/posts/${REVIVAL_SLUG}#respond`)
    expect(form.querySelector('input[name=parent]')!.getAttribute('value')).toBe(parentId)
    expect(form.querySelector('input[name=formToken]')!.getAttribute('value')).toMatch(/^f1\./)

    const body = 'A reply written on the reply page: the meetings moved as the winter came.'
    const sent = await post(
      `/posts/${REVIVAL_SLUG}`,
      await formOn(`/comments/${encodedId}/reply`, {
        name: 'Seonag',
        email: 'seonag@example.net',
        body,
      }),
      newAddress(),
    )
    expect(sent.status).toBe(201)
    expect(text(sent, '#verdict')).toMatch(/published|waiting for the author/)
    const stored = (
      await ctx.admin.rest(
        'GET',
        `/api/comments?where[body][equals]=${encodeURIComponent(body)}&depth=0`,
      )
    ).body.docs
    expect(stored).toHaveLength(1)
    expect(String(stored[0].parent)).toBe(parentId)
    expect(String(stored[0].post)).toBe(
      form.querySelector('input[name=post]')!.getAttribute('value'),
    )
  })

  it('should answer a reply link to no comment with 404', async () => {
    expect((await get('/comments/999999999/reply')).status).toBe(404)
  })
})

describe('the question form', () => {
  it('should take a question, and refuse bad input with the text kept', async () => {
    const page = await get('/ask')
    expect(page.status).toBe(200)
    expect(text(page, '.comment-policy')).toContain('Thank you for reading')
    const question = 'How do you decide which events of the day to write about?'
    const fields = {
      name: 'Morag',
      email: 'morag@example.net',
      question,
      attribution: 'named',
      consentToPublish: 'yes',
      website: '',
      formToken: openedFormToken(30),
    }
    const bad = await post('/ask', { ...fields, email: '' }, newAddress())
    expect(bad.status).toBe(400)
    expect(bad.doc.querySelector('textarea[name=question]')!.textContent).toBe(question)
    const sent = await post('/ask', fields, newAddress())
    expect(sent.status).toBe(201)
    expect(text(sent, '#verdict')).toContain('your question has reached the author')
    const stored = await ctx.admin.rest(
      'GET',
      `/api/reader-questions?where[email][equals]=morag@example.net`,
    )
    expect(stored.body.docs).toHaveLength(1)
  })
})

describe('reply emails', () => {
  it('should email a subscriber when a moderator approves a reply, until they unsubscribe', async () => {
    const mine = 'Does anyone know where the Barvas meetings were first held?'
    const first = await post(
      `/posts/${REVIVAL_SLUG}`,
      await commentForm(REVIVAL_SLUG, {
        name: 'Ailsa Morrison',
        email: TRUSTED,
        body: mine,
        notifyReplies: 'yes',
      }),
      newAddress(),
    )
    expect(first.status).toBe(201)
    const { docs } = (
      await ctx.admin.rest(
        'GET',
        `/api/comments?where[body][equals]=${encodeURIComponent(mine)}&depth=0`,
      )
    ).body
    const parentId = docs[0].id as string
    expect(docs[0].notifyReplies).toBe(true)

    const reply = async (body: string, email: string) => {
      const page = await post(
        `/posts/${REVIVAL_SLUG}`,
        await commentForm(REVIVAL_SLUG, { name: 'Calum', email, body, parent: parentId }),
        newAddress(),
      )
      expect(page.status).toBe(201)
      expect(text(page, '#verdict')).toContain('waiting for the author')
      const held = (
        await ctx.admin.rest(
          'GET',
          `/api/comments?where[body][equals]=${encodeURIComponent(body)}&depth=0`,
        )
      ).body.docs[0]
      expect(held.status).toBe('pending')
      const approved = await ctx.admin.rest('PATCH', `/api/comments/${held.id}`, {
        status: 'approved',
      })
      expect(approved.status).toBe(200)
    }
    await reply(
      'In the church hall, I was told, before they moved to the houses.',
      'calum@example.net',
    )
    const [email] = (await waitFor(() =>
      nonEmpty(smtp.messages.filter((m) => m.envelope.to.includes(TRUSTED))),
    ))!
    expect(email!.subject).toContain('A reply to your comment on "The Revival in the Hebrides"')
    expect(email!.text).toContain('In the church hall')
    expect(email!.raw.replace(/\r?\n[ \t]+/g, ' ')).toMatch(
      /List-Unsubscribe:\s*<http:\/\/127\.0\.0\.1:\d+\/unsubscribe\?token=/,
    )
    expect(email!.raw).toContain('List-Unsubscribe-Post: List-Unsubscribe=One-Click')
    const link = /Stop emails about replies: (\S+)/.exec(email!.text)![1]!

    const confirm = await fetch(link)
    expect(confirm.status).toBe(200)
    const confirmDoc = new JSDOM(await confirm.text()).window.document
    const token = confirmDoc.querySelector('input[name=token]')!.getAttribute('value')!
    // Opening the link alone changes nothing.
    expect(
      (await ctx.admin.rest('GET', `/api/comments/${parentId}?depth=0`)).body.notifyReplies,
    ).toBe(true)
    const done = await post('/unsubscribe', { token }, newAddress())
    expect(done.status).toBe(200)
    expect(text(done, '#verdict')).toContain('no more emails about replies')
    expect(
      (await ctx.admin.rest('GET', `/api/comments/${parentId}?depth=0`)).body.notifyReplies,
    ).toBe(false)

    const before = smtp.messages.length
    await reply('And later in the school house, my grandfather said.', 'calum2@example.net')
    // A later email (a held comment's, to the author) arrives; no reply email came before it.
    const marker = 'Every candidate should read the history of Lewis before the election.'
    await post(
      `/posts/${REVIVAL_SLUG}`,
      await commentForm(REVIVAL_SLUG, {
        name: 'Marker',
        email: 'marker@example.net',
        body: marker,
      }),
      newAddress(),
    )
    await waitFor(
      () => smtp.messages.slice(before).some((m) => m.text.includes('Every candidate should read')),
      20_000,
    )
    expect(smtp.messages.slice(before).filter((m) => m.envelope.to.includes(TRUSTED))).toHaveLength(
      0,
    )

    const forged = await post('/unsubscribe', { token: 'u1.abc.def' }, newAddress())
    expect(forged.status).toBe(400)
  })

  it('should unsubscribe with the one-click POST a mail program sends (RFC 8058)', async () => {
    const subscriber = 'flora@example.net'
    const mine = 'Was the singing at those meetings in Gaelic only, or in English too?'
    const first = await post(
      `/posts/${REVIVAL_SLUG}`,
      await commentForm(REVIVAL_SLUG, {
        name: 'Flora',
        email: subscriber,
        body: mine,
        notifyReplies: 'yes',
      }),
      newAddress(),
    )
    expect(first.status).toBe(201)
    const find = async (body: string) =>
      (
        await ctx.admin.rest(
          'GET',
          `/api/comments?where[body][equals]=${encodeURIComponent(body)}&depth=0`,
        )
      ).body.docs[0]
    const parent = await find(mine)
    expect(parent.notifyReplies).toBe(true)
    if (parent.status !== 'approved') {
      const approved = await ctx.admin.rest('PATCH', `/api/comments/${parent.id}`, {
        status: 'approved',
      })
      expect(approved.status).toBe(200)
    }

    // Someone replies with the reply link under Flora's comment; a moderator approves it.
    const answer = 'In Gaelic, as far as I ever heard, and unaccompanied.'
    const replyPath = `/comments/${encodeURIComponent(String(parent.id))}/reply`
    const sent = await post(
      `/posts/${REVIVAL_SLUG}`,
      await formOn(replyPath, { name: 'Donnie', email: 'donnie@example.net', body: answer }),
      newAddress(),
    )
    expect(sent.status).toBe(201)
    const reply = await find(answer)
    expect(String(reply.parent)).toBe(String(parent.id))
    if (reply.status !== 'approved') {
      const approved = await ctx.admin.rest('PATCH', `/api/comments/${reply.id}`, {
        status: 'approved',
      })
      expect(approved.status).toBe(200)
    }

    const [email] = (await waitFor(() =>
      nonEmpty(smtp.messages.filter((m) => m.envelope.to.includes(subscriber))),
    ))!
    const headers = email!.raw.split(/\r?\n\r?\n/)[0]!.replace(/\r?\n[ \t]+/g, ' ')
    expect(headers).toMatch(/^List-Unsubscribe-Post: List-Unsubscribe=One-Click\s*$/m)
    const url = /^List-Unsubscribe:\s*<([^>]+)>/m.exec(headers)![1]!
    expect(url.startsWith(`${ctx.server.url}/unsubscribe?token=`)).toBe(true)

    // What a mail program sends: the header's URL, this body, no cookie, no token of its own.
    const oneClick = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'List-Unsubscribe=One-Click',
      redirect: 'manual',
    })
    expect(oneClick.status).toBe(200)
    expect(oneClick.headers.get('cache-control')).toMatch(/no-store/)
    const done = new JSDOM(await oneClick.text()).window.document
    expect(done.querySelector('#verdict')!.textContent).toContain('no more emails about replies')
    expect(
      (await ctx.admin.rest('GET', `/api/comments/${parent.id}?depth=0`)).body.notifyReplies,
    ).toBe(false)
    // Sent twice (mail programs retry), it is still done.
    const retry = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'List-Unsubscribe=One-Click',
    })
    expect(retry.status).toBe(200)
  })
})
