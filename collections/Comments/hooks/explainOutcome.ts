import type { CollectionAfterChangeHook } from 'payload'

/** The create answer says what happened: published, or held with the rules' messages. */
export const explainOutcome: CollectionAfterChangeHook = ({ doc, operation, req }) => {
  if (operation !== 'create' || !req.context.commentOutcome) return doc
  return { ...doc, outcome: req.context.commentOutcome }
}
