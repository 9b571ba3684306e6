/**
 * The link between the hooks that see a change and the caches that must forget: one listener list
 * per process, kept on `globalThis` because Next's bundled copy of Payload runs the same hooks
 * from a different copy of this module.
 */
type Listener = () => void

const KEY = Symbol.for('longform-cms.readCache.listeners')
const listeners: Set<Listener> = ((globalThis as Record<symbol, Set<Listener>>)[KEY] ??= new Set())

/** Calls `listener` on every change in this process; returns the function that stops it. */
export function onLocalChange(listener: Listener): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

export function announceLocalChange(): void {
  for (const listener of listeners) listener()
}
