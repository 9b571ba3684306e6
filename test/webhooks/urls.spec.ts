import {
  invalidWebhookUrls,
  maskWebhookUrl,
  parseWebhookUrls,
  urlMessages,
  validateWebhookUrl,
} from '../../src/lib/webhooks/urls'

describe('parseWebhookUrls', () => {
  it('should split on commas and whitespace, trimming and dropping empty entries', () => {
    expect(
      parseWebhookUrls(' https://a.example/hook ,, http://b.example/x\n https://c.example ,'),
    ).toEqual(['https://a.example/hook', 'http://b.example/x', 'https://c.example'])
  })

  it('should drop repeats, including spellings of the same URL, keeping the first', () => {
    expect(
      parseWebhookUrls(
        'https://a.example/hook,https://a.example/hook https://A.example/hook https://b.example https://b.example/',
      ),
    ).toEqual(['https://a.example/hook', 'https://b.example'])
  })

  it('should return an empty list for an unset or blank variable', () => {
    expect(parseWebhookUrls(undefined)).toEqual([])
    expect(parseWebhookUrls('')).toEqual([])
    expect(parseWebhookUrls(' , \n ')).toEqual([])
  })
})

describe('validateWebhookUrl', () => {
  it('should accept absolute http and https URLs', () => {
    expect(validateWebhookUrl('https://hooks.example.com/cms?team=1')).toBe(true)
    expect(validateWebhookUrl('http://127.0.0.1:8080/hook')).toBe(true)
  })

  it('should name the scheme when it is not http or https', () => {
    expect(validateWebhookUrl('ftp://files.example.com/hook')).toBe(urlMessages.wrongScheme('ftp:'))
    expect(validateWebhookUrl('ftp://files.example.com/hook')).toContain('not ftp:')
    expect(validateWebhookUrl('javascript:alert(1)')).toContain('not javascript:')
  })

  it('should reject relative URLs and bare host names', () => {
    expect(validateWebhookUrl('/hooks/cms')).toBe(urlMessages.notAbsolute)
    expect(validateWebhookUrl('hooks.example.com/cms')).toBe(urlMessages.notAbsolute)
    expect(validateWebhookUrl('https://exa mple.com/')).toBe(urlMessages.notAbsolute)
  })

  it('should reject credentials in the URL', () => {
    expect(validateWebhookUrl('https://user:pass@hooks.example.com/')).toBe(urlMessages.credentials)
    expect(validateWebhookUrl('https://user@hooks.example.com/')).toBe(urlMessages.credentials)
  })

  it('should ask for a URL when it is empty', () => {
    expect(validateWebhookUrl('')).toBe(urlMessages.empty)
    expect(validateWebhookUrl('   ')).toBe(urlMessages.empty)
  })
})

describe('invalidWebhookUrls', () => {
  it('should list only the bad entries with their messages, masking passwords', () => {
    const list = parseWebhookUrls(
      'https://ok.example/hook, ftp://files.example/hook /relative https://bob:hunter2@creds.example/',
    )
    expect(invalidWebhookUrls(list)).toEqual([
      { url: 'ftp://files.example/hook', message: urlMessages.wrongScheme('ftp:') },
      { url: '/relative', message: urlMessages.notAbsolute },
      { url: 'https://bob:***@creds.example/', message: urlMessages.credentials },
    ])
    expect(JSON.stringify(invalidWebhookUrls(list))).not.toContain('hunter2')
  })

  it('should return an empty list when every URL is valid', () => {
    expect(invalidWebhookUrls(['https://a.example', 'http://b.example/x'])).toEqual([])
  })
})

describe('maskWebhookUrl', () => {
  it.each([
    ['https://bob:hunter2@hooks.example/cms', 'https://***:***@hooks.example/cms'],
    ['https://tok3n@hooks.example/cms', 'https://***@hooks.example/cms'],
    [
      'https://hooks.example/cms?site=blog&token=abc123&api_key=k&sig=s',
      'https://hooks.example/cms?site=blog&token=***&api_key=***&sig=***',
    ],
    ['https://hooks.example/cms?page=2', 'https://hooks.example/cms?page=2'],
    ['http://127.0.0.1:4000', 'http://127.0.0.1:4000'],
    ['not a url', '***'],
  ])('should show %s as %s', (url, shown) => {
    expect(maskWebhookUrl(url)).toBe(shown)
  })
})
