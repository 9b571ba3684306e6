/**
 * `npm run bench`: figures, not a test (this machine is shared and noisy).
 *
 * - Reads (./http.ts): our production server at each size of BENCH_POSTS (default 1,000 and
 *   10,000 posts), uncached and cached, against a plain-Payload baseline and a bare-Express
 *   ceiling; BENCH_SECONDS sets the time per scenario (10 s).
 * - Import (./importScenario.ts): posts/s of the importer, then export and restore.
 * - Cluster (./cluster.ts): the reads through nginx to 1 and 3 processes on Postgres.
 *
 * - Admin (./admin.ts): the login form, the posts list and the long post's editor in Chromium.
 * - Site (./site.ts): the reader site's home and post pages uncached and cached against the
 *   ceiling, and the weight of each page type.
 *
 * BENCH_ONLY=http, import, cluster, admin or site runs one part. Every
 * process it starts is stopped, on failure and on Ctrl-C too.
 */
import { ensureBuild } from '../../src/lib/ensureBuild'
import { runAdminBench } from './admin'
import { runClusterBench } from './cluster'
import { engineCommentsPerSecond } from './commentEngine'
import { runHttpBench } from './http'
import { runImportScenario } from './importScenario'
import { runSiteBench } from './site'
import { stopAll } from './processes'

async function main() {
  const only = process.env.BENCH_ONLY
  if (only === 'cluster') {
    await ensureBuild()
    return runClusterBench()
  }
  if (only === 'site') {
    await ensureBuild()
    return runSiteBench()
  }
  if (only === 'admin') {
    await ensureBuild()
    await runAdminBench()
    return
  }
  if (only !== 'import') {
    await ensureBuild()
    console.log(
      `comment engine alone: ${engineCommentsPerSecond().toFixed(0)} comments/s (demo policy, in process)`,
    )
    await runHttpBench()
  }
  if (!only) await runSiteBench()
  if (only !== 'http') await runImportScenario()
  if (!only) await runClusterBench()
  if (!only) await runAdminBench()
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    stopAll()
    process.exit(130)
  })
}

main().catch((error: unknown) => {
  stopAll()
  console.error(error)
  process.exit(1)
})
