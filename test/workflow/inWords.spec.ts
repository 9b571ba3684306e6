/**
 * The admin header's one statement of where a document stands: the stage, and what readers see
 * meanwhile, never Payload's bare "Draft" beside a stage that says otherwise.
 */
import { stageInWords, type StandingFacts } from '../../src/lib/workflow/inWords'
import type { Stage } from '../../src/lib/workflow'

const utc = (at: Date) =>
  at.toLocaleString('en-GB', {
    timeZone: 'UTC',
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
  })

describe('stageInWords', () => {
  const cases: [Stage, Partial<StandingFacts>, string][] = [
    ['draft', {}, 'Draft — never published'],
    ['draft', { hasLiveVersion: true }, 'Draft — live version unchanged'],
    ['draft', { wasLive: true }, 'Draft — not live'],
    ['in_review', {}, 'In review — never published'],
    ['changes_requested', { hasLiveVersion: true }, 'Changes requested — live version unchanged'],
    ['approved', {}, 'Approved — ready to publish'],
    ['scheduled', { publishAt: '2026-12-01T09:00:00.000Z' }, 'Scheduled for 1 Dec, 09:00'],
    ['scheduled', { publishAt: null }, 'Scheduled (no time set)'],
    ['published', { hasLiveVersion: true }, 'Published'],
    ['unpublished', {}, 'Unpublished — not live'],
  ]
  it.each(cases)('should say %s %j as "%s"', (stage, facts, words) => {
    expect(stageInWords(stage, { hasLiveVersion: false, formatTime: utc, ...facts })).toBe(words)
  })
})
