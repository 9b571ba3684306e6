import { suiteState } from './globalSetup'

/** Stops the throw-away PostgreSQL cluster globalSetup started, if it started one. */
export default async function globalTeardown() {
  suiteState.postgres?.stop()
  suiteState.postgres = undefined
}
