/**
 * Who may do what: the whole editorial policy in one table. Access functions are derived from it
 * (./derive.ts), the matrix test walks every cell of it, and the README shows it.
 *
 * Scopes:
 * - `all`: any document
 * - `published`: documents whose published version is live
 * - `own`: documents the user owns (the owner field of the collection, see OWNER_FIELDS)
 * - `ownUnpublished`: own documents that have never been published (or were unpublished)
 * - `approved`: what a moderator (or the policy) let through to the public (APPROVED_FILTERS)
 * A cell lists the scopes it allows; an empty list allows nothing.
 */
import type { Where } from 'payload'

import type { Role } from './roles'

export type Actor = 'public' | Role
export type Scope = 'all' | 'published' | 'own' | 'ownUnpublished' | 'approved'
export type Operation = 'read' | 'create' | 'update' | 'delete' | 'publish'
export type Cell = Partial<Record<Operation, readonly Scope[]>>

/** Collections and globals governed by the table. */
export type Governed =
  | 'posts'
  | 'authors'
  | 'categories'
  | 'tags'
  | 'media'
  | 'artworks'
  | 'galleries'
  | 'users'
  | 'site-settings'
  | 'webhook-deliveries'
  | 'comments'
  | 'comment-policies'
  | 'reader-questions'
  | 'search'

export const ACTORS: readonly Actor[] = [
  'public',
  'moderator',
  'contributor',
  'author',
  'editor',
  'admin',
]

const ALL = ['all'] as const
const NONE = [] as const
const EVERYTHING: Cell = { read: ALL, create: ALL, update: ALL, delete: ALL, publish: ALL }

/** Which field says who owns a document ("own" in the table). `id` means the account itself. */
export const OWNER_FIELDS: Partial<Record<Governed, string>> = {
  posts: 'owner',
  media: 'owner',
  artworks: 'owner',
  galleries: 'owner',
  authors: 'user',
  users: 'id',
  // A comment is "own" to the owner of the post it is under: authors moderate their own threads.
  comments: 'post.owner',
}

/** What "approved" means per collection: the public part of reader-submitted material. */
export const APPROVED_FILTERS: Partial<Record<Governed, Where>> = {
  comments: { and: [{ status: { equals: 'approved' } }, { visibility: { equals: 'public' } }] },
  'reader-questions': {
    and: [{ status: { equals: 'answered' } }, { consentToPublish: { equals: true } }],
  },
}

/** Artworks and galleries: the public sees what is published; authors (the artist) curate their own. */
const EXHIBITED: Record<Actor, Cell> = {
  public: { read: ['published'] },
  moderator: { read: ['published'] },
  contributor: { read: ALL },
  author: { read: ALL, create: ALL, update: ['own'], delete: ['own'], publish: ['own'] },
  editor: EVERYTHING,
  admin: EVERYTHING,
}

export const PERMISSIONS: Record<Governed, Record<Actor, Cell>> = {
  posts: {
    public: { read: ['published'] },
    moderator: { read: ['published'] },
    // WordPress's contributor: writes and submits, never publishes, loses the pen once it is live.
    contributor: {
      read: ['published', 'own'],
      create: ALL,
      // Their edits to a live post become drafts that go through review (the workflow hooks).
      update: ['own'],
      delete: ['ownUnpublished'],
      publish: NONE,
    },
    author: {
      read: ['published', 'own'],
      create: ALL,
      update: ['own'],
      delete: ['own'],
      publish: ['own'],
    },
    editor: EVERYTHING,
    admin: EVERYTHING,
  },
  authors: {
    public: { read: ALL },
    moderator: { read: ALL },
    contributor: { read: ALL, update: ['own'] },
    author: { read: ALL, update: ['own'] },
    editor: EVERYTHING,
    admin: EVERYTHING,
  },
  categories: {
    public: { read: ALL },
    moderator: { read: ALL },
    contributor: { read: ALL },
    author: { read: ALL },
    editor: EVERYTHING,
    admin: EVERYTHING,
  },
  // Ghost and WordPress let authors add tags while writing; renaming or removing them is editing.
  tags: {
    public: { read: ALL },
    moderator: { read: ALL },
    contributor: { read: ALL },
    author: { read: ALL, create: ALL },
    editor: EVERYTHING,
    admin: EVERYTHING,
  },
  media: {
    public: { read: ALL },
    moderator: { read: ALL },
    contributor: { read: ALL, create: ALL, update: ['own'], delete: ['own'] },
    author: { read: ALL, create: ALL, update: ['own'], delete: ['own'] },
    editor: EVERYTHING,
    admin: EVERYTHING,
  },
  artworks: EXHIBITED,
  galleries: EXHIBITED,
  // Accounts: everyone manages their own; editors see the team; only admins create, delete and
  // grant roles (field rules in collections/Users).
  users: {
    public: {},
    moderator: { read: ['own'], update: ['own'] },
    contributor: { read: ['own'], update: ['own'] },
    author: { read: ['own'], update: ['own'] },
    editor: { read: ALL, update: ['own'] },
    admin: { read: ALL, create: ALL, update: ALL, delete: ALL },
  },
  'site-settings': {
    public: { read: ALL },
    moderator: { read: ALL },
    contributor: { read: ALL },
    author: { read: ALL },
    editor: { read: ALL, update: ALL },
    admin: { read: ALL, update: ALL },
  },
  // Anyone may comment; the server sets the status. Moderators work the queue; authors moderate
  // the comments under their own posts.
  comments: {
    public: { read: ['approved'], create: ALL },
    moderator: { read: ALL, create: ALL, update: ALL, delete: ALL },
    contributor: { read: ['approved'], create: ALL },
    author: { read: ['approved', 'own'], create: ALL, update: ['own'] },
    editor: { read: ALL, create: ALL, update: ALL, delete: ALL },
    admin: { read: ALL, create: ALL, update: ALL, delete: ALL },
  },
  // Frontends show the policy beside the comment form; the blog's editors write it.
  'comment-policies': {
    public: { read: ALL },
    moderator: { read: ALL },
    contributor: { read: ALL },
    author: { read: ALL },
    editor: EVERYTHING,
    admin: EVERYTHING,
  },
  // Readers ask; the questions wait for the owner. The public reads answered ones it may quote.
  'reader-questions': {
    public: { read: ['approved'], create: ALL },
    moderator: { read: ['approved'], create: ALL },
    contributor: { read: ['approved'], create: ALL },
    author: { read: ALL, create: ALL },
    editor: EVERYTHING,
    admin: EVERYTHING,
  },
  // The site search's index (src/plugins/search.ts): copies of published posts and artworks, written
  // by the server only. Editors may rebuild it (the plugin's Reindex button needs update + delete).
  search: {
    public: { read: ALL },
    moderator: { read: ALL },
    contributor: { read: ALL },
    author: { read: ALL },
    editor: { read: ALL, update: ALL, delete: ALL },
    admin: { read: ALL, update: ALL, delete: ALL },
  },
  // Written by the server only; admins inspect deliveries and clear old ones.
  'webhook-deliveries': {
    public: {},
    moderator: {},
    contributor: {},
    author: {},
    editor: {},
    admin: { read: ALL, delete: ALL },
  },
}

/**
 * What a role may do beyond the table's rows, by name: private values inside documents it may
 * read, the editorial workflow (the moves are `MOVES` in src/lib/workflow/machine.ts),
 * moderation, administration and the dashboard's queues. Field access, the workflow, the dashboard
 * and the README read these, so no other file lists roles.
 */
export const CAPABILITY_DESCRIPTIONS = {
  readAnyEmail: "every account's email address",
  readTeamEmails:
    'the email addresses of accounts that are not administrators (who may keep a personal address); everyone reads their own',
  readWorkflowHistory:
    'who moved a document through the workflow, when and why (by display name, never email)',
  readWorkflowActors:
    "who made each move in that history, where it is someone else (one's own moves are one's own to see)",
  readOwners: "which account owns a document that is not one's own (and filtering by owner)",
  readAskerDetails: "a reader question's email and the policy's verdict on it",
  readCommenterDetails: "a commenter's email, IP hash and the policy's verdict",
  submitOwnWork: 'workflow: hand own work in for review (again after changes), withdraw it',
  releaseOwnWork: 'workflow: publish, schedule and unpublish own work once approved',
  moveAnyStage: 'workflow: any move on any document (approve, request changes, …)',
  editLive: "workflow: save straight onto a live document (others' edits become drafts)",
  hearOfSubmissions: 'workflow: an email when something enters review',
  reassignOwner: "set or change a document's owner",
  creditSelf: "an author profile of one's own, made on first need, as a new post's author",
  enterAdmin: 'open the admin panel',
  moderateComments:
    "set a comment's status and moderation note, and reply from the admin as the post's author (rows narrow authors to their own posts)",
  editReaderWords:
    "change what a reader wrote (a comment's name, email, words, post, reply-to and kind): nobody, on any path; moderation changes a comment's status, never its words",
  grantRoles: 'give or take roles (never their own)',
  manageSiteWebhooks: "the site settings' webhook URLs",
  manageRedirects:
    'the redirects table: see, add, change and remove old addresses that lead elsewhere (renaming a published page adds one by itself)',
  retryWebhookDeliveries: 'put a failed webhook delivery back on the queue now ("Retry now")',
  runJobQueue:
    'run the jobs queue on demand (`/api/payload-jobs/run`); the server runs it on its own',
  reviewQueue: 'dashboard: what waits for review',
  changesRequestedQueue: 'dashboard: own work with changes requested',
  approvedQueue: 'dashboard: own work approved and waiting to be published',
  commentQueue: 'dashboard: comments waiting for moderation',
  questionQueue: 'dashboard: reader questions waiting for an answer',
} as const satisfies Record<string, string>

export type Capability = keyof typeof CAPABILITY_DESCRIPTIONS

const EDITORS = ['editor', 'admin'] as const

export const CAPABILITIES: Record<Capability, readonly Actor[]> = {
  readAnyEmail: ['admin'],
  readTeamEmails: EDITORS,
  // Writers need the editor's note on changes requested; the public never sees the history.
  readWorkflowHistory: ['moderator', 'contributor', 'author', 'editor', 'admin'],
  // Contributors see when and why their work moved, not which colleague moved it.
  readWorkflowActors: ['moderator', 'author', 'editor', 'admin'],
  // Who owns what is the team's knowledge; a contributor knows only what is theirs.
  readOwners: ['moderator', 'author', 'editor', 'admin'],
  readAskerDetails: ['author', 'editor', 'admin'],
  readCommenterDetails: ['moderator', 'editor', 'admin'],
  submitOwnWork: ['contributor', 'author'],
  releaseOwnWork: ['author'],
  moveAnyStage: EDITORS,
  editLive: EDITORS,
  // Admins review too, but the review emails go to the editors' desk.
  hearOfSubmissions: ['editor'],
  reassignOwner: EDITORS,
  creditSelf: ['contributor', 'author'],
  enterAdmin: ['moderator', 'contributor', 'author', 'editor', 'admin'],
  moderateComments: ['moderator', 'author', 'editor', 'admin'],
  // A comment is the reader's own words: staff decide whether it shows, never what it says.
  editReaderWords: [],
  grantRoles: ['admin'],
  manageSiteWebhooks: ['admin'],
  manageRedirects: EDITORS,
  retryWebhookDeliveries: ['admin'],
  runJobQueue: ['admin'],
  reviewQueue: EDITORS,
  changesRequestedQueue: ['contributor', 'author'],
  approvedQueue: ['author'],
  commentQueue: ['moderator', 'author', 'editor', 'admin'],
  questionQueue: EDITORS,
}
