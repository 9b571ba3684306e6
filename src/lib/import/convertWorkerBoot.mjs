// A worker thread starts without the parent's TypeScript loader: register tsx, then load the
// TypeScript entry named by the parent (convert.ts starts these threads).
import { workerData } from 'node:worker_threads'

import { register } from 'tsx/esm/api'

register()
await import(workerData.entry)
