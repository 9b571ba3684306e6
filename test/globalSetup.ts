import { ensureBuild } from '../src/lib/ensureBuild'

/** Server tests run the production build; build it once if sources changed since the last one. */
export default async function globalSetup() {
  await ensureBuild({ log: (line) => process.stdout.write(`\n${line}\n`) })
}
