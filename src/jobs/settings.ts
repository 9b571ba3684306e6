/**
 * Settings the workflow's hooks and jobs need at run time, carried in the config's server-only
 * `custom` block (payload.config.ts fills it from the environment).
 */
import type { Payload } from 'payload'

export interface WorkflowSettings {
  frontendUrl: string
  webhookUrls: string[]
  webhookSecret: string
  submissionsPerMinutePerIp: number
  submissionsPerMinutePerEmail: number
}

export function workflowSettings(payload: Payload): WorkflowSettings {
  const settings = (payload.config.custom as { workflow?: WorkflowSettings } | undefined)?.workflow
  if (!settings) throw new Error('payload.config.ts must set custom.workflow')
  return settings
}
