/**
 * Settings hooks, endpoints and jobs need at run time (preview links, webhooks, submission
 * limits), carried in the config's server-only `custom` block; payload.config.ts fills it from
 * the environment.
 */
import type { Payload } from 'payload'

export interface RuntimeSettings {
  frontendUrl: string
  webhookUrls: string[]
  webhookSecret: string
  submissionsPerMinutePerIp: number
  submissionsPerMinutePerEmail: number
  /** Where the submission limits count when several processes share them (REDIS_URL). */
  redisUrl?: string
}

export function runtimeSettings(payload: Payload): RuntimeSettings {
  const settings = (payload.config.custom as { runtime?: RuntimeSettings } | undefined)?.runtime
  if (!settings) throw new Error('payload.config.ts must set custom.runtime')
  return settings
}
