/**
 * `npm run seed [-- --reset [--yes]]`
 *
 * Loads the demo site into the database DATABASE_URI names, creating only what is missing (a
 * second run creates and changes nothing), and prints the demo logins it created. `--reset` first
 * wipes all content and uploaded files (src/seed/reset.ts): after "yes" is typed on a terminal, or
 * with --yes. Without a terminal and without --yes it refuses, and in production it refuses unless
 * --yes is given. Exit codes: 0 done, 1 failed while running, 2 refused or could not start.
 */
import readline from 'node:readline/promises'

import { ConfigError, loadEnv, type AppEnv } from '../lib/env'
import { decideReset, RESET_MESSAGES } from '../seed/confirmReset'

const USAGE = 'usage: npm run seed [-- --reset [--yes]]'
const log = (line: string) => process.stdout.write(`${line}\n`)

/** The command will not run as asked; nothing was changed. */
class Refusal extends Error {}

function parseArgs(argv: string[]) {
  const options = { reset: false, yes: false }
  for (const arg of argv) {
    if (arg === '--reset') options.reset = true
    else if (arg === '--yes' || arg === '-y') options.yes = true
    else throw new Refusal(`unknown option ${arg}\n${USAGE}`)
  }
  if (options.yes && !options.reset)
    throw new Refusal(`--yes confirms --reset, which was not given\n${USAGE}`)
  return options
}

/** The database and media folder a reset would wipe, without any password in the URI. */
function target(env: AppEnv): string {
  return `${env.databaseUri.replace(/\/\/([^:/@]+):([^@]+)@/, '//$1:***@')} (uploaded files in ${env.mediaDir})`
}

async function confirmed(env: AppEnv): Promise<boolean> {
  const prompt = readline.createInterface({ input: process.stdin, output: process.stdout })
  try {
    const answer = await prompt.question(
      `This deletes every document and uploaded file in ${target(env)}, then loads the demo again.\nType "yes" to go on: `,
    )
    return answer.trim().toLowerCase() === 'yes'
  } finally {
    prompt.close()
  }
}

async function main() {
  const options = parseArgs(process.argv.slice(2))
  const env = loadEnv()
  if (options.reset) {
    const terminal = Boolean(process.stdin.isTTY && process.stdout.isTTY)
    const decision = decideReset({ yes: options.yes, terminal, production: env.isProduction })
    if ('refuse' in decision) throw new Refusal(decision.refuse)
    if ('ask' in decision && !(await confirmed(env))) throw new Refusal(RESET_MESSAGES.declined)
  }

  // Imported only now: a refusal is quick, and never touches the database.
  const { default: config } = await import('../../payload.config')
  const { getPayload } = await import('payload')
  const { formatLogins, seed } = await import('../seed')
  const { wipeContent } = await import('../seed/reset')
  const payload = await getPayload({ config, key: 'seed' })
  try {
    if (options.reset) {
      const report = await wipeContent(payload)
      const documents = Object.values(report.documents).reduce((sum, count) => sum + count, 0)
      log(
        `reset: deleted ${documents} documents and ${report.files} uploaded files in ${target(env)}`,
      )
    }
    const { logins, counts } = await seed(payload, { demoPassword: env.demoPassword, log })
    const created = Object.values(counts).reduce((sum, count) => sum + count.created, 0)
    const existing = Object.values(counts).reduce((sum, count) => sum + count.existing, 0)
    log(`seed: ${created} documents created, ${existing} already there (left as they are)`)
    log(formatLogins(logins, env.serverUrl))
  } finally {
    await payload.destroy()
  }
}

main().catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error)
  process.stderr.write(`${error instanceof Refusal ? '' : 'error: '}${message}\n`)
  process.exit(error instanceof Refusal || error instanceof ConfigError ? 2 : 1)
})
