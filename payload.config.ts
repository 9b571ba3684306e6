import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { seoPlugin } from '@payloadcms/plugin-seo'
import { buildConfig } from 'payload'
import sharp from 'sharp'

import { hasCapability } from './access/derive'
import { explainDenial } from './access/explainDenial'
import { Artworks } from './collections/Artworks'
import { Authors } from './collections/Authors'
import { Categories } from './collections/Categories'
import { DATE_TIME_FORMAT } from './collections/fields/dates'
import { proseEditor } from './collections/fields/editors'
import { Galleries } from './collections/Galleries'
import { MAX_UPLOAD_BYTES, Media, UPLOAD_TOO_LARGE_MESSAGE } from './collections/Media'
import { Posts } from './collections/Posts'
import { SiteSettings } from './collections/SiteSettings'
import { Tags } from './collections/Tags'
import { Users } from './collections/Users'
import { RunnerLeases } from './collections/RunnerLeases'
import { CommentPolicies } from './collections/CommentPolicies'
import { Comments } from './collections/Comments'
import { ReaderQuestions } from './collections/ReaderQuestions'
import { WebhookDeliveries } from './collections/WebhookDeliveries'
import { deliverWebhookTask } from './src/jobs/deliverWebhook'
import { holdRunnerLease } from './src/jobs/runnerLease'
import { sendNotificationTask } from './src/jobs/sendNotification'
import { sendReaderEmailTask } from './src/jobs/sendReaderEmail'
import type { RuntimeSettings } from './src/lib/runtimeSettings'
import { emailAdapterFor } from './src/lib/mail/adapter'
import { databaseAdapter, maintainDatabase } from './src/lib/database'
import { loadEnv } from './src/lib/env'
import { GRAPHQL_LIMITS } from './src/lib/graphqlLimits/limits'
import { loggerDestination, loggerOptions } from './src/lib/logger'
import { adminListsPlugin } from './src/plugins/adminLists'
import { fieldShapesPlugin } from './src/plugins/fieldShapes'
import { mediaStoragePlugin } from './src/plugins/mediaStorage'
import { readCachePlugin } from './src/plugins/readCache'
import { redirectsPlugin } from './src/plugins/redirects'
import { siteSearchPlugin } from './src/plugins/search'
import { WORKFLOW_SLUGS, workflowPlugin } from './src/plugins/workflow'
import { APPROVED_FILTERS } from './access/permissions'

const dirname = path.dirname(fileURLToPath(import.meta.url))
const env = loadEnv()

export default buildConfig({
  serverURL: env.serverUrl,
  secret: env.payloadSecret,
  db: await databaseAdapter(env),
  editor: proseEditor,
  sharp,
  collections: [
    Posts,
    Authors,
    Categories,
    Tags,
    Artworks,
    Galleries,
    { ...Media, upload: { ...(Media.upload as object), staticDir: env.mediaDir } },
    Comments,
    CommentPolicies,
    ReaderQuestions,
    // The admin's navigation follows this order by group: Writing, Gallery, Community, Settings.
    {
      ...Users,
      auth: {
        ...(Users.auth as object),
        // Browsers send Secure cookies only over https (and to localhost); production is https.
        cookies: { sameSite: 'Lax', secure: env.isProduction },
      },
    },
    WebhookDeliveries,
    RunnerLeases,
  ],
  globals: [SiteSettings],
  upload: {
    // Checked while the upload streams in, before anything is stored. (Everything here is sent to
    // the admin's browser, so no functions: the friendlier 400 lives in the Express layer.)
    limits: { fileSize: MAX_UPLOAD_BYTES },
    abortOnLimit: true,
    responseOnLimit: `file: ${UPLOAD_TOO_LARGE_MESSAGE}`,
  },
  plugins: [
    // First, so the workflow's hooks run before those the plugins below add.
    workflowPlugin({ collections: WORKFLOW_SLUGS }),
    // Before the read cache's plugin, so a change of the table reaches every process's copy of it.
    redirectsPlugin({ origin: env.serverUrl }),
    // The site search's index of published posts and artworks, synced by hooks on every change.
    siteSearchPlugin(),
    // Any change to what the public can read voids the public read cache, in every process.
    readCachePlugin({
      // Accounts never appear in a public answer (the public reads no user), and every login
      // writes its session to the account: it must not empty the cache.
      ignore: [Users.slug, WebhookDeliveries.slug, RunnerLeases.slug],
      publicWhen: {
        [Comments.slug]: APPROVED_FILTERS.comments!,
        [ReaderQuestions.slug]: APPROVED_FILTERS['reader-questions']!,
      },
    }),
    seoPlugin({
      collections: [Posts.slug],
      uploadsCollection: Media.slug,
      tabbedUI: false,
      generateTitle: ({ doc }) => (doc as { title?: string }).title ?? '',
      generateDescription: ({ doc }) => (doc as { excerpt?: string }).excerpt ?? '',
    }),
    // After the plugins that add fields: the filter menus offer what people filter on.
    adminListsPlugin({
      [Posts.slug]: {
        filters: [
          'title',
          'slug',
          'excerpt',
          'authors',
          'categories',
          'tags',
          'stage',
          'publishedAt',
          'publishAt',
          'commentsOpen',
          'owner',
        ],
        columns: [
          'title',
          'slug',
          'excerpt',
          'featuredImage',
          'authors',
          'categories',
          'tags',
          'stage',
          'publishedAt',
          'publishAt',
          'readingTime',
          'wordCount',
          'commentsOpen',
          'owner',
        ],
      },
      [Artworks.slug]: {
        filters: [
          'title',
          'slug',
          'artist',
          'subject',
          'tradition',
          'medium',
          'year',
          'stage',
          'owner',
        ],
        columns: [
          'title',
          'slug',
          'image',
          'artist',
          'subject',
          'tradition',
          'medium',
          'year',
          'stage',
          'owner',
        ],
      },
      [Galleries.slug]: {
        filters: ['title', 'slug', 'curator', 'stage', 'owner'],
        columns: ['title', 'slug', 'cover', 'curator', 'stage', 'owner'],
      },
    }),
    // Uploads on disk (MEDIA_DIR) or in a bucket (S3_*), served through /api/media/file/ either way.
    mediaStoragePlugin(env.mediaStorage, [Media.slug]),
    // Last, so it covers what the plugins above add: a value of the wrong type is a 400.
    fieldShapesPlugin(),
  ],
  admin: {
    user: Users.slug,
    // Gravatar is unreachable from many networks and leaks editors' emails to a third party.
    avatar: 'default',
    importMap: { baseDir: path.resolve(dirname, 'src') },
    meta: { titleSuffix: ' · Longform CMS' },
    // One way of writing a moment everywhere in the admin (collections/fields/dates.ts).
    dateFormat: DATE_TIME_FORMAT,
    components: { beforeDashboard: ['/admin/dashboard/WaitingForMe#WaitingForMe'] },
  },
  cors: env.corsOrigins,
  csrf: env.corsOrigins,
  graphQL: {
    schemaOutputFile: path.resolve(dirname, 'schema.graphql'),
    disablePlaygroundInProduction: !env.graphqlPlayground,
    disableIntrospectionInProduction: !env.graphqlIntrospection,
    // Payload's own complexity measure (fields, 10 per relationship) gets the same ceiling as our
    // cost model, which also multiplies by list and join limits (src/lib/graphqlLimits: depth,
    // aliases, operations, time budget; run in order by src/lib/http/graphql.ts).
    maxComplexity: GRAPHQL_LIMITS.maxCost,
  },
  typescript: {
    outputFile: path.resolve(dirname, 'payload-types.ts'),
  },
  logger: { options: loggerOptions(env.debug), destination: loggerDestination() },
  // Client mistakes are answered with their status; the request log line is record enough.
  loggingLevels: {
    Forbidden: false,
    NotFound: 'info',
    ValidationError: 'info',
    AuthenticationError: 'info',
  },
  // Readers get depth 2 unless they ask (a post, its authors, their portraits); nobody gets more
  // than 3: each level is another query per reference (README, "Reading the API").
  defaultDepth: 2,
  maxDepth: 3,
  hooks: { afterError: [explainDenial] },
  // After the migrations: SQLite's planner statistics, now and hourly.
  onInit: maintainDatabase,
  jobs: {
    tasks: [deliverWebhookTask, sendNotificationTask, sendReaderEmailTask],
    // Jobs are rows in the database, so every process sees the same queue; the lease lets one
    // process at a time claim from it (src/jobs/runnerLease.ts).
    autoRun: env.jobsAutorun ? [{ cron: env.jobsCron, queue: 'default', limit: 20 }] : [],
    shouldAutoRun: holdRunnerLease,
    // Payload lets any signed-in user run the queue over REST; here only those with the capability.
    access: { run: ({ req }) => hasCapability(req.user, 'runJobQueue') },
  },
  // Without SMTP_HOST, emails are written to the server's output instead of sent.
  email: emailAdapterFor(env.mail, (line) => process.stdout.write(`${line}\n`)),
  custom: {
    runtime: {
      frontendUrl: env.frontendUrl,
      webhookUrls: env.webhookUrls,
      webhookSecret: env.webhookSecret,
      submissionsPerMinutePerIp: env.submissionsPerMinutePerIp,
      submissionsPerMinutePerEmail: env.submissionsPerMinutePerEmail,
      redisUrl: env.redisUrl,
    } satisfies RuntimeSettings,
  },
  telemetry: false,
})
