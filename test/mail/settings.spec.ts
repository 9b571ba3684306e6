import { MailConfigError, mailSettingsFrom } from '../../src/lib/mail'

describe('mailSettingsFrom', () => {
  it('should log instead of sending when SMTP_HOST is not set, with the default sender', () => {
    expect(mailSettingsFrom({})).toEqual({
      smtp: null,
      fromAddress: 'cms@localhost',
      fromName: 'The CMS',
    })
  })

  it('should treat a blank SMTP_HOST as unset and ignore the other SMTP variables then', () => {
    expect(
      mailSettingsFrom({ SMTP_HOST: '  ', SMTP_PORT: 'abc', SMTP_USER: 'mailer' }).smtp,
    ).toBeNull()
  })

  it('should default to port 587 without TLS from the first byte', () => {
    expect(mailSettingsFrom({ SMTP_HOST: 'smtp.example.com' }).smtp).toEqual({
      host: 'smtp.example.com',
      port: 587,
      secure: false,
    })
  })

  it('should make port 465 secure unless SMTP_SECURE says otherwise', () => {
    expect(mailSettingsFrom({ SMTP_HOST: 'smtp.example.com', SMTP_PORT: '465' }).smtp?.secure).toBe(
      true,
    )
    expect(
      mailSettingsFrom({ SMTP_HOST: 'smtp.example.com', SMTP_PORT: '465', SMTP_SECURE: 'false' })
        .smtp?.secure,
    ).toBe(false)
    expect(
      mailSettingsFrom({ SMTP_HOST: 'smtp.example.com', SMTP_PORT: '2525', SMTP_SECURE: 'TRUE' })
        .smtp,
    ).toEqual({ host: 'smtp.example.com', port: 2525, secure: true })
  })

  it('should read credentials and the sender', () => {
    const settings = mailSettingsFrom({
      SMTP_HOST: ' smtp.example.com ',
      SMTP_USER: 'mailer',
      SMTP_PASS: ' secret with spaces ',
      EMAIL_FROM: 'newsroom@example.com',
      EMAIL_FROM_NAME: 'Longform, the CMS',
    })
    expect(settings).toEqual({
      smtp: {
        host: 'smtp.example.com',
        port: 587,
        secure: false,
        user: 'mailer',
        pass: ' secret with spaces ',
      },
      fromAddress: 'newsroom@example.com',
      fromName: 'Longform, the CMS',
    })
  })

  it.each([
    ['abc', "SMTP_PORT must be a port number between 1 and 65535, got 'abc'"],
    ['0', "SMTP_PORT must be a port number between 1 and 65535, got '0'"],
    ['65536', "SMTP_PORT must be a port number between 1 and 65535, got '65536'"],
    ['587.5', "SMTP_PORT must be a port number between 1 and 65535, got '587.5'"],
  ])('should refuse SMTP_PORT=%s', (port, message) => {
    const read = () => mailSettingsFrom({ SMTP_HOST: 'smtp.example.com', SMTP_PORT: port })
    expect(read).toThrow(MailConfigError)
    expect(read).toThrow(message)
  })

  it('should refuse an SMTP_SECURE other than true or false', () => {
    expect(() => mailSettingsFrom({ SMTP_HOST: 'smtp.example.com', SMTP_SECURE: 'yes' })).toThrow(
      "SMTP_SECURE must be 'true' or 'false', got 'yes'",
    )
  })

  it('should refuse SMTP_USER without SMTP_PASS, and the reverse', () => {
    expect(() => mailSettingsFrom({ SMTP_HOST: 'smtp.example.com', SMTP_USER: 'mailer' })).toThrow(
      'SMTP_USER is set but SMTP_PASS is not; set both or neither',
    )
    expect(() => mailSettingsFrom({ SMTP_HOST: 'smtp.example.com', SMTP_PASS: 'secret' })).toThrow(
      'SMTP_PASS is set but SMTP_USER is not; set both or neither',
    )
  })

  it('should refuse an SMTP_HOST written as a URL', () => {
    expect(() => mailSettingsFrom({ SMTP_HOST: 'smtp://smtp.example.com' })).toThrow(
      "SMTP_HOST must be a host name or IP address, not a URL, got 'smtp://smtp.example.com'",
    )
  })

  it('should accept an address on a host without dots, like the default', () => {
    expect(mailSettingsFrom({ EMAIL_FROM: 'desk@localhost' }).fromAddress).toBe('desk@localhost')
  })

  it.each(['cms', 'The CMS <cms@example.com>', 'cms@', 'cms@exa mple.com', 'a@b@example.com'])(
    'should refuse EMAIL_FROM=%s',
    (address) => {
      const read = () => mailSettingsFrom({ EMAIL_FROM: address })
      expect(read).toThrow(MailConfigError)
      expect(read).toThrow(`EMAIL_FROM must be a bare email address like cms@example.com`)
      expect(read).toThrow(`got '${address}'`)
    },
  )

  it('should refuse an EMAIL_FROM_NAME that would change the From address', () => {
    expect(() => mailSettingsFrom({ EMAIL_FROM_NAME: 'Eve <eve@evil.example>' })).toThrow(
      /^EMAIL_FROM_NAME must be plain text .* got 'Eve <eve@evil\.example>'$/,
    )
  })
})
