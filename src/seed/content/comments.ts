/**
 * The demo's conversation, written for this project: a few comments the house rules let through
 * or held, an author's reply, and a reader question waiting for an answer, so a new moderator
 * meets a queue with something in it. Posts are named by slug; emails are example addresses.
 */
import { ANALYSIS, READER_QUESTION, REVIVAL_SLUG } from './posts'

export type DemoComment = {
  post: string
  name: string
  email: string
  body: string
  /** Approved by the moderator after the policy held it (a newcomer's first comment). */
  approve?: boolean
  /** The author's reply from the admin, under this comment. */
  reply?: string
}

export const DEMO_COMMENTS: DemoComment[] = [
  {
    post: REVIVAL_SLUG,
    name: 'Ailsa Morrison',
    email: 'ailsa.morrison@example.net',
    body:
      'My great-aunt grew up in Barvas in those years. She never described it as excitement; she ' +
      'spoke of a hush that settled over the village and stayed for a long time.',
    approve: true,
    reply:
      'Thank you, Ailsa. That hush is what many who lived through it describe, and it is much ' +
      'harder to put into words than the crowded meetings.',
  },
  {
    post: READER_QUESTION.slug,
    name: 'Tomas Lindqvist',
    email: 'tomas.lindqvist@example.org',
    body:
      'Thank you for answering the question properly instead of brushing it aside. The idea that ' +
      'hope is a practice rather than a mood will stay with me this week.',
    approve: true,
  },
  {
    // Held by "No political comments".
    post: ANALYSIS.slug,
    name: 'Kenneth Ross',
    email: 'kenneth.ross@example.net',
    body:
      'Every candidate on the campaign trail this autumn should be made to read this before they ' +
      'say another word about it. Vote for whoever has.',
  },
  {
    // Held by "Calm down first" (and as a first comment).
    post: ANALYSIS.slug,
    name: 'Grant',
    email: 'grant.h@example.com',
    body: 'THIS IS THE MOST ONE-SIDED PIECE I HAVE READ ALL YEAR AND YOU KNOW IT!!!',
  },
  {
    // Held by "Too many links" (and as a first comment).
    post: REVIVAL_SLUG,
    name: 'Fiona',
    email: 'fiona.reads@example.org',
    body:
      'For anyone wanting more on Lewis in 1949: https://example.org/lewis-1949 and ' +
      'https://example.org/barvas-memories and https://example.org/hebrides-hymns',
  },
]

export const DEMO_READER_QUESTION = {
  name: 'Elspeth Grant',
  email: 'elspeth.grant@example.net',
  question:
    'When you write about wars far from here, how do you choose between praying for peace and ' +
    'praying for justice? Are they ever the same prayer?',
  consentToPublish: true,
  attribution: 'named' as const,
}
