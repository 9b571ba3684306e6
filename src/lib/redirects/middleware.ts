/**
 * Serves the redirects table before Next: a GET or HEAD of a redirected site path answers 301 with
 * the new address. The table lives in memory and is loaded again when the read cache's generation
 * moves (any change to content, in any process: the generation is shared through the database),
 * so every process answers the same within about a second of an edit.
 */
import type { RequestHandler } from 'express'

import type { Generation } from '../readCache/generation'
import { redirectFor } from './paths'

export type RedirectRow = { from: string; to: string }

export type RedirectsOptions = {
  /** Reads every redirect whose target is live (src/plugins/redirects.ts). */
  load: () => Promise<RedirectRow[]>
  generation: Generation
  log?: (line: string) => void
}

const SITE_PATH = /^\/(?!(admin|api|_next)(\/|$))/

export function serveRedirects({ load, generation, log }: RedirectsOptions): RequestHandler {
  let table: Map<string, string> | undefined
  let loadedAt: string | undefined
  let loading: Promise<void> | undefined

  const reload = async () => {
    const startedAt = generation.current()
    const rows = await load()
    table = new Map(rows.map((row) => [row.from, row.to]))
    // Loaded during a change's quiet period, it may predate the change: load again next time.
    loadedAt = generation.storable(startedAt) ? startedAt : undefined
  }

  const current = async (): Promise<Map<string, string> | undefined> => {
    await generation.refresh()
    if (!table || loadedAt !== generation.current()) {
      loading ??= reload().finally(() => (loading = undefined))
      await loading
    }
    return table
  }

  return (req, res, next) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || !SITE_PATH.test(req.path)) return next()
    current().then(
      (redirects) => {
        const target = redirects && redirectFor(redirects, req.path)
        if (!target) return next()
        const query =
          req.url.includes('?') && !target.includes('?') ? req.url.slice(req.url.indexOf('?')) : ''
        res.set('cache-control', 'public, max-age=300')
        res.redirect(301, `${target}${query}`)
      },
      (error: unknown) => {
        // A redirect is a convenience: without the table, the page itself answers.
        log?.(
          `redirects: cannot load the table: ${error instanceof Error ? error.message : String(error)}`,
        )
        next()
      },
    )
  }
}
