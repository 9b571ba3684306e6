import { ensureBuild } from '../src/lib/ensureBuild'

/**
 * Server tests run the production build; build it once if sources changed since the last one.
 * `SKIP_BUILD=1` skips it when only unit tests of plain libraries are run.
 */
export default async function globalSetup() {
  if (process.env.SKIP_BUILD === '1') return
  await ensureBuild({ log: (line) => process.stdout.write(`\n${line}\n`) })
}
