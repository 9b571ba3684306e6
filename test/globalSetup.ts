import { ensureBuild } from '../src/lib/ensureBuild'
import { startThrowawayPostgres, type ThrowawayPostgres } from '../src/scripts/throwawayPostgres'
import { installCommand, missingPackages } from './prerequisites'

type SuiteState = { postgres?: ThrowawayPostgres }
export const suiteState: SuiteState = ((globalThis as { __cmsSuite?: SuiteState }).__cmsSuite ??=
  {})

/**
 * Checks the machine has what the tests need (one line naming the command if not); with
 * TEST_DATABASE=postgres starts a throw-away PostgreSQL cluster for the whole run (each test file
 * then makes and drops its own database on it; globalTeardown stops it). Server tests run the
 * production build: build it once if sources changed since the last one. `SKIP_BUILD=1` skips
 * the build when only unit tests of plain libraries are run.
 */
export default async function globalSetup() {
  const missing = missingPackages()
  if (missing.length > 0) {
    throw new Error(
      `missing Debian packages ${missing.join(', ')}: run \`${installCommand(missing)}\` (as root), or \`bash .ci/run\``,
    )
  }
  if (process.env.TEST_DATABASE === 'postgres' && !process.env.TEST_DATABASE_URI) {
    suiteState.postgres = await startThrowawayPostgres()
    process.env.TEST_DATABASE_URI = suiteState.postgres.uri
    process.stdout.write(`\ntests on a throw-away PostgreSQL at ${suiteState.postgres.uri}\n`)
  }
  if (process.env.SKIP_BUILD === '1') return
  await ensureBuild({ log: (line) => process.stdout.write(`\n${line}\n`) })
}
