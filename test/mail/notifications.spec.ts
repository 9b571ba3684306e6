import {
  escapeHtml,
  messages,
  notificationEmail,
  type NotificationInput,
  type NotificationKind,
} from '../../src/lib/mail'

const ADMIN_URL = 'https://cms.example.com/admin/collections/posts/42'

const base: NotificationInput = {
  kind: 'submitted',
  title: 'Bread and circuses',
  collectionLabel: 'post',
  actorName: 'Ada',
  adminUrl: ADMIN_URL,
}

describe('notificationEmail', () => {
  it.each<[NotificationKind, Partial<NotificationInput>, string, string]>([
    [
      'submitted',
      {},
      'Review requested: "Bread and circuses"',
      'Ada submitted the post "Bread and circuses" for review.',
    ],
    [
      'changes_requested',
      { actorName: 'Grace', note: 'Cite the census.' },
      'Changes requested on "Bread and circuses"',
      'Grace requested changes on your post "Bread and circuses".',
    ],
    [
      'approved',
      { actorName: 'Grace', collectionLabel: 'gallery' },
      'Approved: "Bread and circuses"',
      'Grace approved your gallery "Bread and circuses". It is ready to be published.',
    ],
    [
      'published',
      { actorName: 'Grace', collectionLabel: 'artwork' },
      'Published: "Bread and circuses"',
      'Grace published your artwork "Bread and circuses".',
    ],
    [
      'scheduled',
      { actorName: 'Grace', publishAt: '2026-03-14T09:30:00Z' },
      'Scheduled: "Bread and circuses" goes live 14 March 2026 at 09:30 UTC',
      'Grace scheduled your post "Bread and circuses" to go live 14 March 2026 at 09:30 UTC.',
    ],
  ])('should write the %s email', (kind, extra, subject, summary) => {
    const email = notificationEmail({ ...base, ...extra, kind })
    expect(email.subject).toBe(subject)
    expect(email.text.split('\n')[0]).toBe(summary)
    expect(email.text).toContain(`${messages.link[kind]}: ${ADMIN_URL}`)
    expect(email.html).toContain(`<p>${summary}</p>`)
    expect(email.html).toContain(`<a href="${ADMIN_URL}">${messages.link[kind]}</a>`)
  })

  it('should quote the note line by line in the text and the HTML', () => {
    const email = notificationEmail({
      ...base,
      kind: 'changes_requested',
      actorName: 'Grace',
      note: 'Cite the census.\n\nAnd trim the intro.  ',
    })
    expect(email.text).toBe(
      [
        'Grace requested changes on your post "Bread and circuses".',
        '',
        'Grace wrote:',
        '',
        '> Cite the census.',
        '>',
        '> And trim the intro.',
        '',
        `Make the changes in the admin panel: ${ADMIN_URL}`,
        '',
      ].join('\n'),
    )
    expect(email.html).toContain(
      '<blockquote>Cite the census.<br>\n<br>\nAnd trim the intro.</blockquote>',
    )
  })

  it('should quote a note on other kinds too, and leave it out when there is none', () => {
    expect(notificationEmail({ ...base, kind: 'approved', note: 'Lovely.' }).text).toContain(
      '> Lovely.',
    )
    const withoutNote = notificationEmail({ ...base, kind: 'approved' })
    expect(withoutNote.text).not.toContain('>')
    expect(withoutNote.html).not.toContain('<blockquote>')
  })

  it('should escape every user-written value in the HTML, and only there', () => {
    const email = notificationEmail({
      ...base,
      kind: 'changes_requested',
      title: '<script>alert("x")</script>',
      actorName: "O'Brien & <b>Sons</b>",
      note: 'Salt & pepper <img src=x onerror=alert(1)>',
    })
    expect(email.html).not.toMatch(/<script|<img|<b>/)
    expect(email.html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;')
    expect(email.html).toContain('O&#39;Brien &amp; &lt;b&gt;Sons&lt;/b&gt; wrote:')
    expect(email.html).toContain('Salt &amp; pepper &lt;img src=x onerror=alert(1)&gt;')
    expect(email.subject).toBe('Changes requested on "<script>alert("x")</script>"')
    expect(email.text).toContain('> Salt & pepper <img src=x onerror=alert(1)>')
  })

  it('should escape the admin link in its attribute', () => {
    const email = notificationEmail({
      ...base,
      adminUrl: 'https://cms.example.com/admin?a=1&b="2"',
    })
    expect(email.html).toContain('<a href="https://cms.example.com/admin?a=1&amp;b=&quot;2&quot;">')
  })

  it('should keep a title with line breaks on one line', () => {
    const email = notificationEmail({
      ...base,
      kind: 'published',
      title: 'Bread\r\nBcc: eve@example.com',
    })
    expect(email.subject).toBe('Published: "Bread Bcc: eve@example.com"')
  })

  it('should require a note to request changes', () => {
    expect(() => notificationEmail({ ...base, kind: 'changes_requested' })).toThrow(
      messages.errors.noteRequired,
    )
    expect(() => notificationEmail({ ...base, kind: 'changes_requested', note: '  ' })).toThrow(
      messages.errors.noteRequired,
    )
  })

  it('should require a valid publishAt to announce a schedule', () => {
    expect(() => notificationEmail({ ...base, kind: 'scheduled' })).toThrow(
      messages.errors.publishAtRequired,
    )
    expect(() => notificationEmail({ ...base, kind: 'scheduled', publishAt: 'soon' })).toThrow(
      messages.errors.publishAtRequired,
    )
    expect(
      notificationEmail({
        ...base,
        kind: 'scheduled',
        publishAt: new Date(Date.UTC(2026, 0, 2, 23, 5)),
      }).subject,
    ).toBe('Scheduled: "Bread and circuses" goes live 2 January 2026 at 23:05 UTC')
  })

  it('should refuse an admin link that is not http(s)', () => {
    expect(() => notificationEmail({ ...base, adminUrl: 'javascript:alert(1)' })).toThrow(
      "adminUrl must be an http(s) URL, got 'javascript:alert(1)'",
    )
    expect(() => notificationEmail({ ...base, adminUrl: '/admin/collections/posts/42' })).toThrow(
      /^adminUrl must be an http\(s\) URL/,
    )
  })
})

describe('escapeHtml', () => {
  it('should escape the five characters that matter in text and attributes', () => {
    expect(escapeHtml(`<a href="x" title='y'>&amp;</a>`)).toBe(
      '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;',
    )
  })
})
