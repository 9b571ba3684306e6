/**
 * What the suite needs from the machine besides npm packages: Debian's Chromium (browser tests),
 * PostgreSQL's server (the cluster test, and the suite on Postgres), nginx (the cluster test) and
 * redis-server (the shared limits on Redis, test/limits/redis.spec.ts).
 * `.ci/run` installs them; without them `npm test` stops at once with one line saying so.
 */
import fs from 'node:fs'

import { postgresBinDir } from '../src/scripts/throwawayPostgres'

export const NGINX = process.env.NGINX_PATH || '/usr/sbin/nginx'
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium'
export const REDIS_SERVER = process.env.REDIS_SERVER_PATH || '/usr/bin/redis-server'

/** The Debian packages missing on this machine, by package name. */
export function missingPackages(): string[] {
  const missing: string[] = []
  if (!fs.existsSync(CHROMIUM)) missing.push('chromium')
  if (!postgresBinDir()) missing.push('postgresql')
  if (!fs.existsSync(NGINX)) missing.push('nginx-light')
  if (!fs.existsSync(REDIS_SERVER)) missing.push('redis-server')
  return missing
}

export const installCommand = (packages: string[]) =>
  `apt-get install -y --no-install-recommends ${packages.join(' ')}`
