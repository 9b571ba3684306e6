/**
 * A worker thread of convert.ts: loads Payload's config (no database: only the posts' content
 * field is needed), then converts each body it is sent, one at a time.
 */
import { parentPort } from 'node:worker_threads'

import configPromise from '../../../payload.config'
import { bodyConverter, type ConvertReply, type ConvertRequest } from './convert'

const port = parentPort!
const config = await configPromise
const posts = config.collections.find((collection) => collection.slug === 'posts')!
const convert = bodyConverter(posts.fields)

port.on('message', ({ id, format, body }: ConvertRequest) => {
  let reply: ConvertReply
  try {
    reply = { id, json: JSON.stringify(convert(format, body)) }
  } catch (error) {
    reply = { id, error: (error as Error).message ?? String(error) }
  }
  port.postMessage(reply)
})
port.postMessage({ ready: true } satisfies ConvertReply)
