/** The permission table as Markdown, for the README (written by `npm run generate`). */
import { ACTORS, PERMISSIONS, type Cell, type Governed, type Scope } from './permissions'

const SCOPE_WORDS: Record<Scope, string> = {
  all: '',
  published: 'published',
  own: 'own',
  ownUnpublished: 'own unpublished',
  approved: 'approved',
}

/** Publishing only means something where documents have drafts. */
const HAS_DRAFTS = new Set<Governed>(['posts', 'artworks', 'galleries'])

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

/** The README with its permission table replaced by the current one. */
export function withPermissionTable(readme: string): string {
  const start = readme.indexOf(TABLE_START)
  const end = readme.indexOf(TABLE_END)
  if (start === -1 || end === -1) throw new Error('README.md has no permission table markers')
  return `${readme.slice(0, start + TABLE_START.length)}\n${permissionTableMarkdown()}\n${readme.slice(end)}`
}
