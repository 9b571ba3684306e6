/**
 * When cached public answers stop being true. Every change that can alter a public answer bumps a
 * generation: at once in the process that made it, and through a token stored in the database for
 * every other process, which reads it at most once per check interval (on the first public read
 * after the interval, so an idle process asks nothing).
 *
 * After a change in this process, nothing is stored for a short quiet period: the change's
 * transaction may not have committed yet, and an answer computed from the old rows must not be
 * kept under the new generation.
 */
export interface GenerationOptions {
  /** Reads the shared token from the database. */
  readShared: () => Promise<string | undefined>
  /** How often the shared token is read, at most. */
  checkIntervalMs: number
  /** How long after a local change nothing is stored. */
  quietMs: number
  now?: () => number
}

export class Generation {
  private shared: string | undefined
  private local = 0
  private lastCheck = Number.NEGATIVE_INFINITY
  private quietUntil = 0
  private checking: Promise<void> | undefined
  private readonly now: () => number

  constructor(private readonly options: GenerationOptions) {
    this.now = options.now ?? Date.now
  }

  /** The token cached entries are tagged with; any change gives a new one. */
  current(): string {
    return `${this.shared ?? '-'}:${this.local}`
  }

  /** A change in this process: cached answers are void now, and none is stored for a moment. */
  invalidate(): void {
    this.local++
    this.quietUntil = this.now() + this.options.quietMs
    // The change's own token reaches the database with its commit; read it after the quiet period.
    this.lastCheck = Number.NEGATIVE_INFINITY
  }

  /** Whether an answer computed since `startedAt` (a token from `current()`) may be stored. */
  storable(startedAt: string): boolean {
    return this.now() >= this.quietUntil && this.current() === startedAt
  }

  /** Reads the shared token if the last read is older than the interval; concurrent calls share one read. */
  async refresh(): Promise<void> {
    if (this.now() - this.lastCheck < this.options.checkIntervalMs) return
    this.checking ??= this.read().finally(() => (this.checking = undefined))
    return this.checking
  }

  private async read(): Promise<void> {
    const startedAt = this.now()
    const token = await this.options.readShared()
    this.lastCheck = startedAt
    if (token !== this.shared) this.shared = token
  }
}
