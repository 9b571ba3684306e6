import type { CollectionAfterChangeHook } from 'payload'

/** The create answer says what happened: published, or held with the rules' messages. */
export const explainOutcome: CollectionAfterChangeHook = ({ doc, operation, context }) => {
  if (operation !== 'create' || !context.commentOutcome) return doc
  return { ...doc, outcome: context.commentOutcome }
}
