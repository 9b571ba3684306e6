/**
 * Whether `seed --reset` may wipe the database: with `--yes`, or after "yes" typed on a terminal;
 * never in production without `--yes`, whatever is typed. Plain, so the rule is testable.
 */
export type ResetDecision = { go: true } | { ask: true } | { refuse: string }

export const RESET_MESSAGES = {
  production:
    'refusing to --reset with NODE_ENV=production: it deletes every document and uploaded file. ' +
    'Add --yes as well if that is what you want.',
  noTerminal:
    '--reset deletes every document and uploaded file, and there is no terminal here to confirm it: ' +
    'add --yes to go ahead. Nothing was deleted.',
  declined: 'not confirmed: nothing was deleted.',
} as const

export function decideReset(options: {
  yes: boolean
  terminal: boolean
  production: boolean
}): ResetDecision {
  if (options.yes) return { go: true }
  if (options.production) return { refuse: RESET_MESSAGES.production }
  if (!options.terminal) return { refuse: RESET_MESSAGES.noTerminal }
  return { ask: true }
}
