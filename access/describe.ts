/** The permission table as Markdown, for the README (written by `npm run generate`). */
import { WORKFLOW_SLUGS } from '../src/plugins/workflow/collections'
import {
  ACTORS,
  CAPABILITIES,
  CAPABILITY_DESCRIPTIONS,
  PERMISSIONS,
  type Capability,
  type Cell,
  type Governed,
  type Scope,
} from './permissions'

const SCOPE_WORDS: Record<Scope, string> = {
  all: '',
  published: 'published',
  own: 'own',
  ownUnpublished: 'own unpublished',
  approved: 'approved',
}

/** Publishing only means something where documents have drafts. */
const HAS_DRAFTS = new Set<string>(WORKFLOW_SLUGS)

function describeCell(cell: Cell, target: Governed): string {
  const operations = HAS_DRAFTS.has(target)
    ? (['read', 'create', 'update', 'delete', 'publish'] as const)
    : (['read', 'create', 'update', 'delete'] as const)
  const parts = operations.flatMap((operation) => {
    const scopes = cell[operation]
    if (!scopes || scopes.length === 0) return []
    const words = scopes.map((scope) => SCOPE_WORDS[scope]).filter(Boolean)
    return [words.length > 0 ? `${operation} ${words.join(' or ')}` : operation]
  })
  return parts.length > 0 ? parts.join('; ') : 'none'
}

export function permissionTableMarkdown(): string {
  const header = `| | ${ACTORS.join(' | ')} |`
  const rule = `|---|${ACTORS.map(() => '---').join('|')}|`
  const rows = (Object.keys(PERMISSIONS) as Governed[]).map(
    (target) =>
      `| ${target} | ${ACTORS.map((actor) => describeCell(PERMISSIONS[target][actor], target)).join(' | ')} |`,
  )
  return [header, rule, ...rows].join('\n')
}

export const TABLE_START = '<!-- permissions:start (generated from access/permissions.ts) -->'
export const TABLE_END = '<!-- permissions:end -->'

/** The README with its permission and capability tables replaced by the current ones. */
export function withPermissionTable(readme: string): string {
  const withTable = replaceBetween(readme, TABLE_START, TABLE_END, permissionTableMarkdown())
  return replaceBetween(withTable, CAPABILITIES_START, CAPABILITIES_END, capabilityTableMarkdown())
}

/** The capabilities as Markdown: one row each, a tick for each role that holds it. */
export function capabilityTableMarkdown(): string {
  const roles = ACTORS.filter((actor) => actor !== 'public')
  const header = `| capability | ${roles.join(' | ')} | what it allows |`
  const rule = `|---|${roles.map(() => '---').join('|')}|---|`
  const rows = (Object.keys(CAPABILITIES) as Capability[]).map(
    (capability) =>
      `| \`${capability}\` | ${roles.map((role) => (CAPABILITIES[capability].includes(role) ? 'yes' : '')).join(' | ')} | ${CAPABILITY_DESCRIPTIONS[capability]} |`,
  )
  return [header, rule, ...rows].join('\n')
}

export const CAPABILITIES_START =
  '<!-- capabilities:start (generated from access/permissions.ts) -->'
export const CAPABILITIES_END = '<!-- capabilities:end -->'

function replaceBetween(text: string, start: string, end: string, body: string): string {
  const from = text.indexOf(start)
  const to = text.indexOf(end)
  if (from === -1 || to === -1) throw new Error(`README.md has no ${start} … ${end} markers`)
  return `${text.slice(0, from + start.length)}\n${body}\n${text.slice(to)}`
}
