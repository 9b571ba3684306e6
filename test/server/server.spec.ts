import net from 'node:net'
import { apiClient } from '../helpers/client'
import { send } from '../helpers/rawHttp'
import { sqlColumn, testDatabase, testsOnPostgres } from '../helpers/database'
import { runUntilExit, startServer, type RunningServer } from '../helpers/server'
import { waitFor } from '../helpers/waitFor'

describe('the Express server (production build)', () => {
  const db = testDatabase('server')
  let server: RunningServer

  beforeAll(async () => {
    server = await startServer({ ...db.env })
  })

  afterAll(async () => {
    await server?.stop()
    db.cleanup()
  })

  it('should report healthy with the database answering', async () => {
    const response = await fetch(`${server.url}/healthz`)
    expect(response.status).toBe(200)
    expect(response.headers.get('cache-control')).toBe('no-store')
    expect(await response.json()).toMatchObject({
      status: 'ok',
      db: 'ok',
      readCache: { hits: 0, misses: 0, entries: 0 },
    })
  })

  it('should serve the admin panel as HTML', async () => {
    const response = await fetch(`${server.url}/admin`)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toMatch(/text\/html/)
    const html = await response.text()
    expect(html).toMatch(/<html/i)
    expect(response.headers.get('x-powered-by')).toBeNull()
  })

  it('should start with no accounts when SEED_DEMO is not set', async () => {
    const { status, body } = await apiClient(server.url).graphql('{ initializedUser }')
    expect(status).toBe(200)
    expect(body.data.initializedUser).toBe(false)
  })

  it('should make the first account an admin, whatever roles were asked for', async () => {
    const client = apiClient(server.url)
    const { status, body } = await client.rest('POST', '/api/users/first-register', {
      email: 'owner@example.org',
      password: 'first-owner-password',
      roles: ['contributor'],
    })
    expect(status).toBe(200)
    expect(body.user.roles).toEqual(['admin'])
  })

  it('should return a token from REST login and accept it on GraphQL', async () => {
    const client = apiClient(server.url)
    const token = await client.login('owner@example.org', 'first-owner-password')
    expect(token.split('.')).toHaveLength(3)
    const { status, body } = await client.graphql('{ meUser { user { email roles } } }')
    expect(status).toBe(200)
    expect(body.data.meUser.user).toEqual({ email: 'owner@example.org', roles: ['admin'] })
  })

  it('should refuse a wrong password with 401 and a message', async () => {
    const { status, body } = await apiClient(server.url).rest('POST', '/api/users/login', {
      email: 'owner@example.org',
      password: 'not-the-password',
    })
    expect(status).toBe(401)
    expect(body.errors[0].message).toMatch(/incorrect/i)
  })

  it('should answer a GraphQL query for posts', async () => {
    const { status, body } = await apiClient(server.url).graphql(
      'query { Posts(limit: 5) { totalDocs docs { title } } }',
    )
    expect(status).toBe(200)
    expect(body.errors).toBeUndefined()
    expect(body.data.Posts.totalDocs).toBe(0)
  })

  it('should refuse an unknown route under /api with 404, not 500', async () => {
    const { status } = await apiClient(server.url).rest('GET', '/api/no-such-collection')
    expect(status).toBe(404)
  })

  it('should refuse a method the API does not answer with 405, not 500', async () => {
    // Sent with node:http: fetch refuses to send TRACE at all.
    for (const method of ['TRACE', 'PROPFIND']) {
      const answer = await send(server.url, '/api/posts', '127.0.0.1', { method })
      expect(answer.status).toBe(405)
      expect(answer.headers.allow).toContain('GET')
      expect(answer.body.errors[0].message).toBe(`${method} is not a method this API answers.`)
    }
  })

  it('should write one log line per request', async () => {
    await fetch(`${server.url}/healthz?probe=log-line`)
    // The line is written when the response finishes, which may be just after the client has it.
    const line = await waitFor(() =>
      /^GET \/healthz\?probe=log-line 200 [\d.]+ms$/m.exec(server.output()),
    )
    expect(line).not.toBeNull()
  })

  it('should refuse to start on a port that is taken, in one line', async () => {
    const result = await runUntilExit({ ...db.env, PORT: String(server.port) })
    expect(result.code).not.toBe(0)
    expect(result.stderr.trim()).toBe(
      `error: port ${server.port} is already in use (set PORT to another one)`,
    )
  })
})

describe('start-up failures', () => {
  it('should name the accepted schemes for an unknown DATABASE_URI, in one line', async () => {
    const result = await runUntilExit({ DATABASE_URI: 'mysql://localhost/cms' })
    expect(result.code).toBe(1)
    expect(result.stderr).toBe(
      'error: DATABASE_URI has an unsupported scheme "mysql:"; accepted: file:, mongodb://, mongodb+srv://, postgres://, postgresql://\n',
    )
  })

  it('should refuse to start in production without PAYLOAD_SECRET', async () => {
    const result = await runUntilExit({
      PAYLOAD_SECRET: '',
      DATABASE_URI: 'file:/tmp/never-created/cms.db',
    })
    expect(result.code).toBe(1)
    expect(result.stderr).toBe(
      'error: PAYLOAD_SECRET is required in production (set it to a long random string)\n',
    )
  })

  it('should name an unreachable database without a stack dump', async () => {
    // Nothing listens on port 1: the MongoDB driver is refused at once.
    const result = await runUntilExit({ DATABASE_URI: 'mongodb://127.0.0.1:1/cms' })
    expect(result.code).toBe(1)
    expect(result.stderr).toBe(
      'error: cannot reach the database (mongodb, DATABASE_URI=mongodb://127.0.0.1:1/cms): connect ECONNREFUSED 127.0.0.1:1\n',
    )
    expect(result.stdout).not.toMatch(/\bat .*\.js:\d+/)
  })

  it('should say which migration failed and why when one cannot run', async () => {
    const broken = testDatabase('broken-migration')
    try {
      const first = await startServer({ ...broken.env })
      await first.stop()
      // A migration that creates a table is forgotten while its table stays: running it again fails.
      // On Postgres the tables came with its first migration; on SQLite, one of the later ones.
      const pattern = testsOnPostgres() ? '%_initial' : '%read_cache_state'
      const [name] = await sqlColumn(
        broken,
        `SELECT name FROM payload_migrations WHERE name LIKE '${pattern}'`,
      )
      await sqlColumn(broken, `DELETE FROM payload_migrations WHERE name = '${name}'`)

      const result = await runUntilExit({ ...broken.env })
      expect(result.code).toBe(1)
      expect(`${result.stdout}${result.stderr}`).toContain(`Error running migration ${name}`)
      expect(`${result.stdout}${result.stderr}`).toMatch(/already exists/)
    } finally {
      broken.cleanup()
    }
  })

  it('should show the stack when DEBUG is set', async () => {
    const result = await runUntilExit({ DATABASE_URI: 'mysql://localhost/cms', DEBUG: '1' })
    expect(result.code).toBe(1)
    expect(result.stderr).toMatch(/ConfigError[\s\S]*at /)
  })
})

describe('graceful shutdown', () => {
  it('should let an in-flight request finish after SIGTERM, then exit 0', async () => {
    const db = testDatabase('shutdown')
    const server = await startServer({ ...db.env })
    try {
      // A login whose body arrives slowly is a real request the server is in the middle of.
      const body = JSON.stringify({ email: 'nobody@example.org', password: 'whatever-password' })
      const socket = net.connect(server.port, '127.0.0.1')
      await new Promise((resolve) => socket.once('connect', resolve))
      let response = ''
      socket.on('data', (chunk) => (response += chunk.toString()))
      const closed = new Promise((resolve) => socket.once('close', resolve))
      socket.write(
        `POST /api/users/login HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n` +
          `Content-Length: ${body.length}\r\n\r\n${body.slice(0, 10)}`,
      )
      await new Promise((resolve) => setTimeout(resolve, 300))

      const exitCode = server.stop('SIGTERM')
      await new Promise((resolve) => setTimeout(resolve, 1000))
      // Still running: it waits for our request instead of dropping it.
      expect(server.child.exitCode).toBeNull()
      // New connections are no longer accepted.
      await expect(fetch(`${server.url}/healthz`)).rejects.toThrow()

      socket.write(body.slice(10))
      await closed
      expect(response).toMatch(/^HTTP\/1\.1 401 /)
      expect(await exitCode).toBe(0)
      expect(server.output()).toMatch(/SIGTERM received[\s\S]*shutdown complete/)
    } finally {
      await server.stop('SIGKILL')
      db.cleanup()
    }
  })
})
