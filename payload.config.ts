import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { buildConfig } from 'payload'
import sharp from 'sharp'

import { Posts } from './collections/Posts'
import { Users } from './collections/Users'
import { databaseAdapter } from './src/lib/database'
import { loadEnv } from './src/lib/env'
import { loggerDestination, loggerOptions } from './src/lib/logger'

const dirname = path.dirname(fileURLToPath(import.meta.url))
const env = loadEnv()

export default buildConfig({
  serverURL: env.serverUrl,
  secret: env.payloadSecret,
  db: databaseAdapter(env),
  editor: lexicalEditor(),
  sharp,
  collections: [Posts, Users],
  admin: {
    user: Users.slug,
    // Gravatar is unreachable from many networks and leaks editors' emails to a third party.
    avatar: 'default',
    importMap: { baseDir: path.resolve(dirname, 'src') },
    meta: { titleSuffix: ' · Longform CMS' },
  },
  cors: env.corsOrigins,
  csrf: env.corsOrigins,
  graphQL: {
    schemaOutputFile: path.resolve(dirname, 'schema.graphql'),
    disablePlaygroundInProduction: true,
  },
  typescript: {
    outputFile: path.resolve(dirname, 'payload-types.ts'),
  },
  logger: { options: loggerOptions(env.debug), destination: loggerDestination() },
  // Client mistakes are answered with their status; the request log line is record enough.
  loggingLevels: { Forbidden: false, NotFound: 'info', ValidationError: 'info', AuthenticationError: 'info' },
  telemetry: false,
})
