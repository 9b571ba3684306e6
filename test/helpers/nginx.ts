/**
 * Debian's nginx as the test's reverse proxy: a generated config in a temp folder, started in the
 * foreground with `-p` (its prefix: logs, pid and temp files stay in that folder) and `-c`,
 * listening on 127.0.0.1 only. `stop()` ends the master process the test started.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import { NGINX } from '../prerequisites'
import { freePort } from './server'
import { makeTempDir } from './tempDir'
import { waitFor } from './waitFor'

export type RunningNginx = {
  url: string
  port: number
  config: string
  /** The access log: one line per request, with the upstream(s) tried and their statuses. */
  accessLog: () => string
  stop: () => Promise<void>
}

/**
 * The proxy config: round-robin over `upstreams`, each request's client address appended to
 * X-Forwarded-For, and idempotent requests retried on the next server when one refuses the
 * connection or fails (nginx never retries a POST it has already sent). Mirrors
 * docs/deploy/nginx.conf.
 */
export function nginxConfig(options: { port: number; upstreams: string[]; prefix: string }) {
  const servers = options.upstreams.map((upstream) => `    server ${upstream};`).join('\n')
  const at = (name: string) => path.join(options.prefix, name)
  return `daemon off;
worker_processes 1;
pid ${at('nginx.pid')};
error_log ${at('error.log')} warn;
events { worker_connections 1024; }
http {
  client_body_temp_path ${at('client_body')};
  proxy_temp_path ${at('proxy')};
  fastcgi_temp_path ${at('fastcgi')};
  uwsgi_temp_path ${at('uwsgi')};
  scgi_temp_path ${at('scgi')};
  log_format combined_upstream '$remote_addr "$request" $status upstream=$upstream_addr upstream_status=$upstream_status';
  access_log ${at('access.log')} combined_upstream;
  upstream cms {
${servers}
  }
  server {
    listen 127.0.0.1:${options.port};
    client_max_body_size 25m;
    location / {
      proxy_pass http://cms;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host $http_host;
      proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
      proxy_set_header X-Forwarded-Proto $scheme;
      proxy_next_upstream error timeout http_502 http_503;
      proxy_next_upstream_tries 3;
      proxy_connect_timeout 2s;
      proxy_read_timeout 60s;
      add_header X-Upstream $upstream_addr always;
    }
  }
}
`
}

export async function startNginx(upstreams: string[], port?: number): Promise<RunningNginx> {
  const temp = makeTempDir('nginx')
  // Workers may run as another user than the master (root): they write temp files here.
  fs.chmodSync(temp.dir, 0o777)
  const listenPort = port ?? (await freePort())
  const config = nginxConfig({ port: listenPort, upstreams, prefix: temp.dir })
  const file = path.join(temp.dir, 'nginx.conf')
  fs.writeFileSync(file, config)
  let output = ''
  const child: ChildProcess = spawn(
    NGINX,
    ['-p', temp.dir, '-c', file, '-e', path.join(temp.dir, 'error.log')],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  )
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()))
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()))
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      // QUIT: finish the requests in flight, then exit.
      child.kill('SIGQUIT')
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000)
      await exited
      clearTimeout(timer)
    }
    temp.remove()
  }
  const url = `http://127.0.0.1:${listenPort}`
  try {
    await waitFor(
      async () => {
        if (child.exitCode !== null) throw new Error(`nginx exited: ${output}`)
        try {
          await fetch(`${url}/nginx-probe`)
          return true
        } catch {
          return false
        }
      },
      15_000,
      50,
    )
  } catch (error) {
    await stop()
    throw error
  }
  const accessLog = () => {
    try {
      return fs.readFileSync(path.join(temp.dir, 'access.log'), 'utf8')
    } catch {
      return ''
    }
  }
  return { url, port: listenPort, config, accessLog, stop }
}
