/**
 * The export/restore scenario of `npm run bench`: whatever the given database holds is exported
 * to a temp folder, then restored into a fresh SQLite database booted beside it, and both are
 * timed. Returns the figures; `log` hears one line per step.
 */
import path from 'node:path'
import { performance } from 'node:perf_hooks'

import type { Payload } from 'payload'

import { exportBackup, restoreBackup } from '../../src/lib/backup'
import { bootPayload } from '../helpers/payload'
import { makeTempDir } from '../helpers/tempDir'

export type BackupFigures = {
  docs: number
  versions: number
  mediaFiles: number
  /** Size of the backup folder. */
  bytes: number
  exportMs: number
  restoreMs: number
}

const perSecond = (count: number, ms: number) =>
  Math.round(count / (ms / 1000)).toLocaleString('en-US')

export async function benchBackup(
  payload: Payload,
  log: (line: string) => void,
): Promise<BackupFigures> {
  const temp = makeTempDir('bench-backup')
  const target = await bootPayload('bench-backup-restore', { separate: true })
  try {
    const dir = path.join(temp.dir, 'backup')
    let started = performance.now()
    const exported = await exportBackup(payload, { dir })
    const exportMs = performance.now() - started
    const { docs, versions, mediaFiles, bytes } = exported
    log(
      `export: ${docs.toLocaleString('en-US')} documents, ${versions.toLocaleString('en-US')} versions, ${mediaFiles} media files ` +
        `(${(bytes / 1024 / 1024).toFixed(1)} MB) in ${(exportMs / 1000).toFixed(1)} s, ${perSecond(docs + versions, exportMs)} documents/s`,
    )

    started = performance.now()
    await restoreBackup(target.payload, { dir })
    const restoreMs = performance.now() - started
    log(
      `restore into an empty SQLite database (checksums verified first): ${(restoreMs / 1000).toFixed(1)} s, ` +
        `${perSecond(docs + versions, restoreMs)} documents/s`,
    )
    return {
      docs,
      versions,
      mediaFiles,
      bytes,
      exportMs: Math.round(exportMs),
      restoreMs: Math.round(restoreMs),
    }
  } finally {
    await target.teardown()
    temp.remove()
  }
}
