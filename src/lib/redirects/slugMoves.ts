/**
 * What a slug change does to the redirects table, decided without Payload: the old address now
 * leads to the document, addresses that led to the old one lead to the document too (no chains),
 * and the document's live address is never redirected (a URL that is live again answers itself).
 */
export type StoredRedirect = {
  id: string
  from: string
  to: { type?: string | null; url?: string | null }
}

export type RedirectChanges = {
  /** Rows whose `from` is the page's live address again: removed. */
  remove: string[]
  /** Rows that led to the old address: now lead to the document. */
  retarget: string[]
  /** The old address, when no row holds it yet: a new row to the document. */
  create: string | undefined
}

/**
 * `formerPath`: the page's address while it was live before this change (undefined if it was not
 * live); `livePath`: its address now. `rows`: the redirects from or to either address.
 */
export function slugMoves(
  formerPath: string | undefined,
  livePath: string,
  rows: StoredRedirect[],
): RedirectChanges {
  const remove = rows.filter((row) => row.from === livePath).map((row) => row.id)
  const moved = formerPath !== undefined && formerPath !== livePath
  if (!moved) return { remove, retarget: [], create: undefined }
  const retarget = rows
    .filter(
      (row) =>
        row.from !== livePath &&
        (row.from === formerPath || (row.to.type === 'custom' && row.to.url === formerPath)),
    )
    .map((row) => row.id)
  const create = rows.some((row) => row.from === formerPath) ? undefined : formerPath
  return { remove, retarget, create }
}
